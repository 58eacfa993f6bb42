// The dossier part of the API contract: logging, reading, listing, the actions of the Hồ sơ screen and
// the alert board.
import { z } from 'zod';
import {
  channel,
  ending,
  isoDate,
  localDateTime,
  rating,
  requiredText,
  text,
  uuid,
  wholeNumber,
} from './common';
import { APPLICANT_NAME_MAX, FEE_RULE, QUANTITY_RULE } from '../dossier/intake-checks';

export const documentInput = z.strictObject({
  name: requiredText('Tên giấy tờ', 200),
  form: text('Loại bản (bản chính, bản sao…)', 60),
  quantity: wholeNumber(QUANTITY_RULE.label, QUANTITY_RULE.min, QUANTITY_RULE.max),
});

/** The unusual numbers the desk explicitly keeps (a passport, a number abroad): not refused by the checks of citizen-numbers.ts. */
export const confirmedNumbers = z.strictObject(
  { idNumber: z.boolean().optional(), phone: z.boolean().optional() },
  'Xác nhận giữ số định danh / số điện thoại không hợp lệ.',
);
export type ConfirmedNumbers = z.input<typeof confirmedNumbers>;

/**
 * The desk confirmed an unusual reception time (later than the computer's clock, or more than 30 days
 * ago: shared/dossier/intake-checks.ts receptionProblem); without it such a reception is refused.
 */
export const confirmedReception = z.boolean('Xác nhận thời điểm tiếp nhận phải là đúng/sai.');

export const createDossierInput = z.strictObject({
  procedureCode: requiredText('Mã thủ tục', 40),
  channel,
  receivedAt: localDateTime,
  applicantName: requiredText('Họ tên người nộp', APPLICANT_NAME_MAX),
  idNumber: text('Số định danh', 20),
  phone: text('Số điện thoại', 20),
  address: text('Địa chỉ', 200),
  documents: z.array(documentInput, 'Danh sách giấy tờ không hợp lệ.').max(50, 'Tối đa 50 loại giấy tờ.'),
  fee: wholeNumber(FEE_RULE.label, FEE_RULE.min, FEE_RULE.max),
  digitisedDossier: z.boolean('Thiếu lựa chọn "số hóa hồ sơ".'),
  paidOnline: z.boolean('Thiếu lựa chọn "thanh toán trực tuyến".'),
  note: text('Ghi chú', 500),
  /** "Liên thông": the level or agency the dossier is sent on to; empty or absent when it is not. */
  interconnection: text('Liên thông đến', 200).optional(),
  confirmedNumbers: confirmedNumbers.optional(),
  confirmedReception: confirmedReception.optional(),
});
export type CreateDossierInput = z.input<typeof createDossierInput>;

/** What a dossier is now, as the rules module classifies it at the end of today. */
export const STATE_KINDS = [
  'pending_in_time',
  'pending_overdue',
  'waiting',
  'early',
  'on_time',
  'late',
  'withdrawn',
  'stopped',
  'rejected',
] as const;
export type StateKind = (typeof STATE_KINDS)[number];

export const dossierState = z.object({
  kind: z.enum(STATE_KINDS),
  label: z.string(),
  /** Working days past the due date (0 unless late or overdue). */
  workingDaysLate: z.number().int(),
});
export type DossierState = z.output<typeof dossierState>;

export const ACTION_KINDS = [
  'hand_over',
  'supplement_request',
  'supplement_return',
  'result_ready',
  'returned',
  'end',
  'extension',
  'correct',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const CORRECTABLE_FIELDS = [
  'applicantName',
  'idNumber',
  'phone',
  'address',
  'note',
  'channel',
  'receivedAt',
  'fee',
  'lateCause',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

export const CORRECTABLE_FIELD_LABELS_VI: Record<CorrectableField, string> = {
  applicantName: 'Họ tên người nộp',
  idNumber: 'Số định danh',
  phone: 'Số điện thoại',
  address: 'Địa chỉ',
  note: 'Ghi chú',
  channel: 'Hình thức nộp',
  receivedAt: 'Thời điểm tiếp nhận',
  fee: 'Phí, lệ phí',
  lateCause: 'Nguyên nhân quá hạn',
};

export const dossierAction = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('hand_over'), on: isoDate, to: requiredText('Người (bộ phận) nhận xử lý', 120), note: text('Ghi chú', 300) }),
    z.strictObject({
      kind: z.literal('supplement_request'),
      on: isoDate,
      items: z
        .array(z.strictObject({ document: requiredText('Giấy tờ cần bổ sung', 200), reason: text('Lý do', 300) }), 'Danh sách giấy tờ cần bổ sung không hợp lệ.')
        .min(1, 'Hãy ghi ít nhất một giấy tờ cần bổ sung.')
        .max(30, 'Tối đa 30 giấy tờ cần bổ sung.'),
    }),
    z.strictObject({ kind: z.literal('supplement_return'), on: isoDate }),
    z.strictObject({
      kind: z.literal('result_ready'),
      on: isoDate,
      lateCause: text('Nguyên nhân quá hạn', 500),
      digitisedResult: z.boolean('Thiếu lựa chọn "số hóa kết quả".'),
      storedResult: z.boolean('Thiếu lựa chọn "lưu kho dữ liệu".'),
    }),
    z.strictObject({ kind: z.literal('returned'), on: isoDate, rating: rating.nullable() }),
    z.strictObject({
      kind: z.literal('end'),
      ending: z.enum(['rut', 'dung', 'tu_choi'], 'Cách kết thúc phải là rút, dừng hoặc từ chối.'),
      on: isoDate,
      reason: requiredText('Lý do', 500),
    }),
    z.strictObject({ kind: z.literal('extension'), apologyOn: isoDate, newDue: isoDate, reason: requiredText('Lý do gia hạn', 500) }),
    z.strictObject({
      kind: z.literal('correct'),
      field: z.enum(CORRECTABLE_FIELDS, 'Trường cần sửa không hợp lệ.'),
      value: z.string('Giá trị mới phải là chữ.').max(500, 'Giá trị mới dài quá 500 ký tự.'),
      reason: requiredText('Lý do sửa', 300),
      /** For the identity number or phone: the desk keeps an unusual number on purpose. */
      confirmedNumber: z.boolean().optional(),
      /** For the reception time: the desk confirmed one later than the clock or more than 30 days ago. */
      confirmedReception: confirmedReception.optional(),
    }),
  ],
  'Thao tác trên hồ sơ không hợp lệ.',
);
export type DossierAction = z.input<typeof dossierAction>;

export const actInput = z.strictObject({
  id: uuid,
  /** The version the person was looking at: a change made elsewhere meanwhile is refused. */
  expectedVersion: wholeNumber('Phiên bản hồ sơ', 1, 1_000_000_000),
  action: dossierAction,
});

export const timelineEntry = z.object({
  at: z.string(),
  /** "08:15 ngày 04/03/2024". */
  atText: z.string(),
  actor: z.string(),
  action: z.string(),
  title: z.string(),
  details: z.array(z.string()),
});

export const dossierView = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  desk: z.number().int().nullable(),
  procedureCode: z.string(),
  procedureName: z.string(),
  field: z.string(),
  channel,
  channelLabel: z.string(),
  receivedAt: z.string(),
  statutoryTime: z.string(),
  baseDue: z.string(),
  /** The pause-adjusted due date; null while the dossier waits for the citizen. */
  due: z.string().nullable(),
  extensionDue: z.string().nullable(),
  apologyOn: z.string().nullable(),
  supplements: z.array(z.object({ requestedOn: z.string(), returnedOn: z.string().nullable() })),
  endedOn: z.string().nullable(),
  ending: ending.nullable(),
  returnedOn: z.string().nullable(),
  lateCause: z.string(),
  digitisedDossier: z.boolean(),
  digitisedResult: z.boolean(),
  storedResult: z.boolean(),
  paidOnline: z.boolean(),
  fee: z.number(),
  rating: rating.nullable(),
  documents: z.array(z.object({ name: z.string(), form: z.string(), quantity: z.number() })),
  applicantName: z.string(),
  idNumber: z.string(),
  phone: z.string(),
  address: z.string(),
  note: z.string(),
  /** "Liên thông" target (level or agency); empty when the dossier is not interconnected. */
  interconnection: z.string(),
  state: dossierState,
  /** Why the due date is what it is: reception, each day counted or skipped, each pause. */
  dueExplanation: z.array(z.string()),
  /** Set while the dossier is open and its due date is counted across a year without an official schedule. */
  dueProvisional: z.string().nullable(),
  timeline: z.array(timelineEntry),
  /** The actions the rules allow now (the screen offers only these). */
  actions: z.array(z.enum(ACTION_KINDS)),
  /** The printable forms this dossier has now. */
  forms: z.array(z.enum(['mau01', 'mau02', 'mau04'])),
  /** The last day the apology and new date (Mẫu 04) may be sent, while an extension is still possible. */
  apologyDeadline: z.string().nullable(),
  /** What a supplement request does to the clock under the office's setting (as Mẫu 02 prints it). */
  supplementRule: z.string(),
});
export type DossierView = z.output<typeof dossierView>;

export const LIST_STATUSES = ['pending', 'ended', 'awaiting_supplement', 'overdue'] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];

export const listFilter = z.strictObject({
  field: text('Lĩnh vực', 200).optional(),
  channel: channel.optional(),
  status: z.enum(LIST_STATUSES, 'Trạng thái lọc không hợp lệ.').optional(),
  receivedFrom: isoDate.optional(),
  receivedTo: isoDate.optional(),
  text: text('Từ khóa tìm kiếm', 200).optional(),
});
export type ListFilter = z.input<typeof listFilter>;

export const listCursor = z.strictObject({ receivedAt: z.string().max(40), rowId: z.number().int() });

export const listItem = z.object({
  id: z.string(),
  code: z.string(),
  version: z.number().int(),
  procedureCode: z.string(),
  procedureName: z.string(),
  field: z.string(),
  channel,
  receivedAt: z.string(),
  due: z.string().nullable(),
  extensionDue: z.string().nullable(),
  endedOn: z.string().nullable(),
  returnedOn: z.string().nullable(),
  applicantName: z.string(),
  phone: z.string(),
  state: dossierState,
});
export type ListItem = z.output<typeof listItem>;

export const listPageInput = z.strictObject({
  filter: listFilter,
  after: listCursor.nullable(),
  /** Lines to skip, so a scrolled list can load any page of a long ledger directly. */
  offset: wholeNumber('Vị trí dòng', 0, 100_000_000),
  limit: wholeNumber('Số dòng mỗi trang', 1, 500),
});

export const listPageOutput = z.object({ items: z.array(listItem), next: listCursor.nullable() });

export const alertItem = listItem.extend({
  /** The day the open supplement request was made, for dossiers waiting for the citizen. */
  waitingSince: z.string().nullable(),
  /** The due date is counted across a year without an official schedule. */
  dueProvisional: z.boolean(),
});
export type AlertItem = z.output<typeof alertItem>;

export const ALERT_GROUPS = ['overdue', 'due_today', 'due_soon', 'apology_due', 'waiting_supplement'] as const;
export type AlertGroup = (typeof ALERT_GROUPS)[number];

export const alertBoard = z.object({
  today: z.string(),
  /** The last day of "due soon" (two working days after today). */
  soonUntil: z.string(),
  groups: z.object({
    overdue: z.array(alertItem),
    due_today: z.array(alertItem),
    due_soon: z.array(alertItem),
    apology_due: z.array(alertItem),
    waiting_supplement: z.array(alertItem),
  }),
  /** True when a group was cut at the board's limit. */
  truncated: z.boolean(),
});
export type AlertBoard = z.output<typeof alertBoard>;
