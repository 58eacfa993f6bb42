// The counter's day in the API: the daily lists (with their counts for the main screen, printable and
// exportable) and the citizen known by an identity number at intake.
import { z } from 'zod';
import { text, uuid, wholeNumber } from './common';
import { confirmedNumbers, confirmedReception, documentInput, listItem } from './dossier-schemas';

export const DAILY_BOXES = ['ready_to_return', 'waiting_citizen', 'due_today', 'due_next_day', 'apology_due'] as const;
export type DailyBoxName = (typeof DAILY_BOXES)[number];

export const DAILY_BOX_LABELS_VI: Record<DailyBoxName, string> = {
  ready_to_return: 'Có kết quả, chờ trả',
  waiting_citizen: 'Chờ công dân bổ sung',
  due_today: 'Đến hạn hôm nay',
  due_next_day: 'Đến hạn ngày làm việc tiếp theo',
  apology_due: 'Cần gửi thư xin lỗi (Mẫu 04 còn kịp)',
};

export const dailyLine = listItem.extend({
  /** The apology letter (if the result will be late) must go out today. */
  letterToday: z.boolean(),
});
export type DailyLine = z.output<typeof dailyLine>;

export const dailyListsView = z.object({
  today: z.string(),
  nextDay: z.string(),
  apologyUntil: z.string(),
  boxes: z.object(Object.fromEntries(DAILY_BOXES.map((b) => [b, z.array(dailyLine)])) as Record<DailyBoxName, z.ZodArray<typeof dailyLine>>),
  counts: z.object(Object.fromEntries(DAILY_BOXES.map((b) => [b, z.number().int()])) as Record<DailyBoxName, z.ZodNumber>),
});
export type DailyListsView = z.output<typeof dailyListsView>;

export const dailyExportInput = z.strictObject({ box: z.enum(DAILY_BOXES, 'Danh sách không hợp lệ.') });

export const citizenLookupInput = z.strictObject({ idNumber: text('Số định danh', 20) });

export const citizenView = z.object({
  /** The latest details the ledger holds for this number, or null when it does not know it. */
  known: z
    .object({ applicantName: z.string(), phone: z.string(), address: z.string(), lastReceivedAt: z.string(), dossierCount: z.number().int() })
    .nullable(),
  openDossiers: z.array(listItem),
  /** The person's results ready to hand back (the usual reason a citizen comes back to the desk). */
  readyDossiers: z.array(listItem),
});
export type CitizenView = z.output<typeof citizenView>;

export const procedureCountsView = z.object({ counts: z.record(z.string(), z.number().int()) });

/** Several fields of a dossier in one save (the procedure too); values as the API takes them. */
export const editDossierInput = z.strictObject({
  id: uuid,
  expectedVersion: wholeNumber('Phiên bản hồ sơ', 1, 1_000_000),
  changes: z.strictObject({
    procedureCode: text('Mã thủ tục', 40).optional(),
    applicantName: text('Họ tên người nộp', 120).optional(),
    idNumber: text('Số định danh', 20).optional(),
    phone: text('Số điện thoại', 20).optional(),
    address: text('Địa chỉ', 200).optional(),
    note: text('Ghi chú', 500).optional(),
    channel: text('Hình thức nộp', 40).optional(),
    receivedAt: text('Thời điểm tiếp nhận', 20).optional(),
    fee: text('Phí, lệ phí', 20).optional(),
    interconnection: text('Liên thông đến', 200).optional(),
  }),
  reason: text('Lý do sửa', 300),
  confirmedNumbers: confirmedNumbers.optional(),
  confirmedReception: confirmedReception.optional(),
});
export type EditDossierInput = z.input<typeof editDossierInput>;

/** The papers a procedure requires: this office's list, else the shipped defaults, else none. */
export const procedureDocumentsView = z.object({
  code: z.string(),
  documents: z.array(z.object({ name: z.string(), form: z.string(), quantity: z.number().int() })),
  source: z.enum(['office', 'default', 'none']),
});
export type ProcedureDocumentsView = z.output<typeof procedureDocumentsView>;

export const procedureDocumentsInput = z.strictObject({ code: text('Mã thủ tục', 40) });

export const setProcedureDocumentsInput = z.strictObject({
  code: text('Mã thủ tục', 40),
  documents: z.array(documentInput, 'Danh sách giấy tờ không hợp lệ.').max(50, 'Tối đa 50 loại giấy tờ.'),
});
