// The first-run wizard's fields checked as the desk types them (text), each with its Vietnamese message,
// so the wizard can mark the very box before it moves on. The same rules as the API's setup schema
// (shared/api/setup-schemas.ts), which still checks everything at the boundary.
import { MAX_DESK, MIN_DESK, isValidUnitCode } from '../dossier/dossier-code';
import { wholeNumberProblem } from '../format/whole-number-text';

export interface SetupFields {
  unitName: string;
  unitCode: string;
  receivingUnit: string;
  deskNumber: string;
  extraWorkingDays: string;
}

export type SetupField = keyof SetupFields;

export const MAX_EXTRA_WORKING_DAYS = 60;

/** The message of each field that fails its check (absent when the field is fine). */
export function setupProblems(fields: SetupFields): Partial<Record<SetupField, string>> {
  const out: Partial<Record<SetupField, string>> = {};
  if (fields.unitName.trim() === '') out.unitName = 'Hãy nhập tên đơn vị, ví dụ "UBND xã Hương Hữu".';
  const code = fields.unitCode.trim();
  if (code === '') out.unitCode = 'Hãy nhập mã đơn vị, ví dụ 000.00.21.H57.';
  else if (!isValidUnitCode(code))
    out.unitCode = 'Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm hoặc gạch ngang, không có khoảng trắng (ví dụ 000.00.21.H57).';
  if (fields.receivingUnit.trim() === '') out.receivingUnit = 'Hãy nhập đơn vị nhận báo cáo, ví dụ "UBND huyện Nam Đông".';
  const desk = wholeNumberProblem(fields.deskNumber, { label: 'Số bàn tiếp nhận', min: MIN_DESK, max: MAX_DESK });
  if (desk) out.deskNumber = desk;
  const extra = wholeNumberProblem(fields.extraWorkingDays, { label: 'Số ngày làm việc cộng thêm', min: 0, max: MAX_EXTRA_WORKING_DAYS });
  if (extra) out.extraWorkingDays = extra;
  return out;
}
