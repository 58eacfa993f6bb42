// Building blocks of the app's API contract (shared/api/contract.ts): dates as text, enums of the rules
// module, files as base64, and the result envelope both hosts answer with. Pure: zod and shared/ only,
// so the renderer and the main process import the same definitions.
import { z } from 'zod';
import { CHANNELS, ENDINGS, RATINGS } from '../dossier/dossier';
import { TIME_UNITS } from '../catalogue/procedure';
import { parseIsoDate } from '../time/day';
import { parseLocalDateTime } from '../time/local-time';

/** `YYYY-MM-DD`, a real calendar date. */
export const isoDate = z
  .string('Ngày phải là chữ dạng YYYY-MM-DD.')
  .refine((s) => parseIsoDate(s) !== null, 'Ngày không hợp lệ (dùng dạng YYYY-MM-DD, ví dụ 2024-03-04).');

/** `YYYY-MM-DD HH:MM`, Vietnam local time. */
export const localDateTime = z
  .string('Thời điểm phải là chữ dạng YYYY-MM-DD HH:MM.')
  .refine((s) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(s) && parseLocalDateTime(s) !== null, 'Thời điểm không hợp lệ (dùng dạng YYYY-MM-DD HH:MM).');

/** A zod enum over one of the rules module's value lists. */
function enumOf<T extends string>(values: readonly T[], message: string) {
  return z.enum(values as unknown as [T, ...T[]], message);
}

export const channel = enumOf(CHANNELS, 'Hình thức nộp không hợp lệ.');
export const ending = enumOf(ENDINGS, 'Cách kết thúc hồ sơ không hợp lệ.');
export const rating = enumOf(RATINGS, 'Mức đánh giá không hợp lệ.');
export const timeUnit = enumOf(TIME_UNITS, 'Đơn vị thời hạn không hợp lệ.');
export const periodRule = z.enum(['nd09', 'calendar'], 'Cách tính kỳ báo cáo phải là "nd09" hoặc "calendar".');

/** Free text a person types, trimmed, with a Vietnamese limit message. */
export function text(label: string, max = 300) {
  return z.string(`${label} phải là chữ.`).max(max, `${label} dài quá ${max} ký tự.`).transform((s) => s.trim());
}

/** Free text that must not be empty. */
export function requiredText(label: string, max = 300) {
  return z
    .string(`${label} phải là chữ.`)
    .max(max, `${label} dài quá ${max} ký tự.`)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, `Hãy nhập ${label.toLocaleLowerCase('vi')}.`);
}

export function wholeNumber(label: string, min: number, max: number) {
  return z
    .number(`${label} phải là một số.`)
    .int(`${label} phải là số nguyên.`)
    .min(min, `${label} không được nhỏ hơn ${min}.`)
    .max(max, `${label} không được lớn hơn ${max}.`);
}

export const uuid = z
  .string('Mã định danh hồ sơ phải là chữ.')
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'Mã định danh hồ sơ không hợp lệ.');

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A file travelling through the API: its name, type and bytes as base64. */
export const fileDto = z.strictObject({
  fileName: requiredText('Tên tệp', 255),
  mimeType: z.string().max(200),
  contentBase64: z.string('Nội dung tệp phải là chữ base64.').regex(BASE64, 'Nội dung tệp không phải base64 hợp lệ.'),
});
export type FileDto = z.output<typeof fileDto>;

/** An uploaded file (the type is guessed from the name on the host). */
export const uploadDto = z.strictObject({
  fileName: requiredText('Tên tệp', 255),
  contentBase64: z
    .string('Nội dung tệp phải là chữ base64.')
    .min(1, 'Tệp rỗng.')
    .regex(BASE64, 'Nội dung tệp không phải base64 hợp lệ.'),
});

/**
 * A file to read: its bytes (the browser's upload), or — in the desktop app — the path its own open dialog
 * handed out, read in the main process (a large file never travels as base64). Exactly one of the two.
 */
export const fileSourceDto = z.strictObject({
  fileName: requiredText('Tên tệp', 255),
  contentBase64: uploadDto.shape.contentBase64.optional(),
  path: z.string('Đường dẫn tệp phải là chữ.').min(1, 'Đường dẫn tệp trống.').max(4096, 'Đường dẫn tệp dài quá 4.096 ký tự.').optional(),
});

/** A command with no input still takes an empty object (and nothing else). */
export const noInput = z.strictObject({});

/** Why a call failed: `invalid` (payload refused by the schema, nothing done), `rejected` (a rule said no,
 * nothing done), `unknown_command`, `unauthorised`, `unsupported` (not on this host), `busy` (the ledger is
 * held by another program, e.g. an import on the command line: nothing done, try again), `internal`,
 * `needs_chairman_pin` (a restore would drop signed periods, named in `details`: nothing done, ask for the
 * chairman's PIN and send it again). */
export type ApiErrorCode = 'invalid' | 'rejected' | 'unknown_command' | 'unauthorised' | 'unsupported' | 'busy' | 'internal' | 'needs_chairman_pin';

export interface ApiError {
  code: ApiErrorCode;
  /** Vietnamese, ready to show. */
  message: string;
  /** For `invalid`: one Vietnamese line per problem; for `needs_chairman_pin`: the signed periods' labels. */
  details?: string[];
  /** For `rejected` and `invalid`: the command's input field the refusal is about (e.g. `receivedAt`, `on`), so the form marks that box. */
  inputField?: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
