// The first-run wizard's fields checked as the desk types them (text), each with its Vietnamese message,
// so the wizard can mark the very box before it moves on. The same rules as the API's setup schema
// (shared/api/setup-schemas.ts), which still checks everything at the boundary.
import { MAX_DESK, MIN_DESK, isValidUnitCode } from '../dossier/dossier-code';

export interface SetupFields {
  unitName: string;
  unitCode: string;
  receivingUnit: string;
  deskNumber: string;
  extraWorkingDays: string;
}

export type SetupField = keyof SetupFields;

export const MAX_EXTRA_WORKING_DAYS = 60;

/** A whole number typed in a box, within bounds, or the message saying what the box takes. */
function wholeNumberProblem(label: string, text: string, min: number, max: number): string | null {
  const t = text.trim();
  if (t === '') return `Hãy nhập ${label.toLocaleLowerCase('vi')} (một số từ ${min} đến ${max}).`;
  if (!/^\d+$/.test(t)) return `${label} là một số nguyên từ ${min} đến ${max}, không phải "${t}".`;
  const n = Number(t);
  if (n < min || n > max) return `${label} là một số nguyên từ ${min} đến ${max}, không phải ${n}.`;
  return null;
}

/** The message of each field that fails its check (absent when the field is fine). */
export function setupProblems(fields: SetupFields): Partial<Record<SetupField, string>> {
  const out: Partial<Record<SetupField, string>> = {};
  if (fields.unitName.trim() === '') out.unitName = 'Hãy nhập tên đơn vị, ví dụ "UBND xã Hương Hữu".';
  const code = fields.unitCode.trim();
  if (code === '') out.unitCode = 'Hãy nhập mã đơn vị, ví dụ 000.00.21.H57.';
  else if (!isValidUnitCode(code))
    out.unitCode = 'Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm hoặc gạch ngang, không có khoảng trắng (ví dụ 000.00.21.H57).';
  if (fields.receivingUnit.trim() === '') out.receivingUnit = 'Hãy nhập đơn vị nhận báo cáo, ví dụ "UBND huyện Nam Đông".';
  const desk = wholeNumberProblem('Số bàn tiếp nhận', fields.deskNumber, MIN_DESK, MAX_DESK);
  if (desk) out.deskNumber = desk;
  const extra = wholeNumberProblem('Số ngày làm việc cộng thêm', fields.extraWorkingDays, 0, MAX_EXTRA_WORKING_DAYS);
  if (extra) out.extraWorkingDays = extra;
  return out;
}
