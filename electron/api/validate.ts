// Payload validation with Vietnamese messages: the contract's own messages where it gives them, zod's
// Vietnamese locale for the rest, each prefixed with the Vietnamese name of the field.
import { z } from 'zod';

const FIELD_LABELS_VI: Record<string, string> = {
  id: 'mã định danh hồ sơ',
  expectedVersion: 'phiên bản hồ sơ',
  action: 'thao tác',
  kind: 'loại thao tác',
  procedureCode: 'mã thủ tục',
  channel: 'hình thức nộp',
  receivedAt: 'thời điểm tiếp nhận',
  applicantName: 'họ tên người nộp',
  idNumber: 'số định danh',
  phone: 'số điện thoại',
  address: 'địa chỉ',
  documents: 'giấy tờ',
  fee: 'phí, lệ phí',
  note: 'ghi chú',
  filter: 'bộ lọc',
  after: 'vị trí trang',
  limit: 'số dòng',
  period: 'kỳ báo cáo',
  rule: 'cách tính kỳ',
  key: 'ô số liệu',
  field: 'lĩnh vực',
  format: 'định dạng',
  year: 'năm',
  date: 'ngày',
  reason: 'lý do',
  fileName: 'tên tệp',
  contentBase64: 'nội dung tệp',
  planId: 'mã lần chạy thử',
  update: 'lựa chọn cập nhật',
  url: 'địa chỉ',
  on: 'ngày',
  unitName: 'tên đơn vị',
  unitCode: 'mã đơn vị',
  receivingUnit: 'đơn vị nhận báo cáo',
  deskNumber: 'số bàn tiếp nhận',
  extraWorkingDays: 'số ngày cộng thêm',
};

const localeError = z.locales.vi().localeError;

function pathText(path: readonly PropertyKey[]): string {
  const named = path.filter((p): p is string => typeof p === 'string');
  const last = named[named.length - 1];
  if (last === undefined) return '';
  return FIELD_LABELS_VI[last] ?? last;
}

/** `inputField`: the name of the innermost field of the first problem (the form marks that box). */
export type Validation<T> = { ok: true; data: T } | { ok: false; problems: string[]; inputField?: string };

export function validate<T>(schema: z.ZodType<T>, value: unknown): Validation<T> {
  const result = schema.safeParse(value, { error: localeError });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.map((issue) => {
    const where = pathText(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  const first = result.error.issues[0]?.path.filter((p): p is string => typeof p === 'string').at(-1);
  return { ok: false, problems: [...new Set(problems)], ...(first === undefined ? {} : { inputField: first }) };
}
