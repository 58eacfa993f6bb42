// The set-up part of the API contract: the first-run wizard, the unit's settings, the procedure catalogue,
// the calendar editor, ledger import, backup and restore, and the host's own services.
import { z } from 'zod';
import { TIME_VALUE_RULE } from '../catalogue/procedure';
import { MAX_DESK, MIN_DESK, isValidUnitCode } from '../dossier/dossier-code';
import { channel, fileDto, fileSourceDto, isoDate, localDateTime, periodRule, requiredText, text, timeUnit, uploadDto, wholeNumber } from './common';
import { withJobId } from './job-schemas';

export const unitCode = z
  .string('Mã đơn vị phải là chữ.')
  .transform((s) => s.trim())
  .refine(
    (s) => isValidUnitCode(s),
    'Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm hoặc gạch ngang, không có khoảng trắng (ví dụ 000.00.21.H57).',
  );

const deskNumber = wholeNumber('Số bàn tiếp nhận', MIN_DESK, MAX_DESK);
const extraWorkingDays = wholeNumber('Số ngày làm việc cộng thêm', 0, 60);

export const setupInput = z.strictObject({
  unitName: requiredText('Tên đơn vị', 200),
  unitCode,
  receivingUnit: requiredText('Đơn vị nhận báo cáo', 200),
  parentBody: text('Cơ quan cấp trên', 200),
  placeName: text('Địa danh', 100),
  deskNumber,
  extraWorkingDays,
  /** Empty or absent: the default name for an office set up today (shared/office/office-name.ts). */
  officeName: text('Tên bộ phận một cửa', 200).optional(),
});

export const settingsView = z.object({
  unitName: z.string(),
  unitCode: z.string(),
  receivingUnit: z.string(),
  parentBody: z.string(),
  placeName: z.string(),
  deskNumber: z.number().int(),
  extraWorkingDays: z.number().int(),
  periodRule,
  pauseRule: z.enum(['subtract_waiting', 'restart']),
  multipleSupplementsAreLate: z.boolean(),
  onlineNextDayStart: z.boolean(),
  officeHours: z.array(z.object({ start: z.string(), end: z.string() })),
  officeName: z.string(),
  officePhone: z.string(),
  signerMode: z.enum(['TM', 'KT']),
  signerTitle: z.string(),
  signerName: z.string(),
  /** Whether the chairman's PIN (needed to sign off a period) has been set. */
  hasChairmanPin: z.boolean(),
});
export type SettingsView = z.output<typeof settingsView>;

const hhmm = z.string('Giờ phải là chữ dạng HH:MM.').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Giờ không hợp lệ (dùng dạng HH:MM).');

export const settingsUpdate = z.strictObject({
  unitName: requiredText('Tên đơn vị', 200).optional(),
  unitCode: unitCode.optional(),
  receivingUnit: text('Đơn vị nhận báo cáo', 200).optional(),
  parentBody: text('Cơ quan cấp trên', 200).optional(),
  placeName: text('Địa danh', 100).optional(),
  deskNumber: deskNumber.optional(),
  extraWorkingDays: extraWorkingDays.optional(),
  periodRule: periodRule.optional(),
  pauseRule: z.enum(['subtract_waiting', 'restart'], 'Cách tính khi yêu cầu bổ sung không hợp lệ.').optional(),
  multipleSupplementsAreLate: z.boolean('Lựa chọn "bổ sung nhiều lần là quá hạn" phải là có hoặc không.').optional(),
  onlineNextDayStart: z.boolean('Lựa chọn "hồ sơ trực tuyến nộp sau 17 giờ hoặc ngày nghỉ tính từ ngày làm việc tiếp theo" phải là có hoặc không.').optional(),
  officeHours: z
    .array(z.strictObject({ start: hhmm, end: hhmm }), 'Giờ làm việc không hợp lệ.')
    .min(1, 'Phải có ít nhất một buổi làm việc.')
    .max(4, 'Tối đa 4 buổi làm việc.')
    .optional(),
  officeName: text('Tên bộ phận một cửa', 200).optional(),
  officePhone: text('Số điện thoại của bộ phận', 30).optional(),
  signerMode: z.enum(['TM', 'KT'], 'Hình thức ký phải là "TM" hoặc "KT".').optional(),
  signerTitle: text('Chức vụ người ký', 100).optional(),
  signerName: text('Họ tên người ký', 120).optional(),
});

export const chairmanPinInput = z.strictObject({
  /** The PIN in force, when one is set (null the first time). */
  currentPin: z.string('Mã PIN phải là chữ số.').max(64).nullable(),
  newPin: z.string('Mã PIN phải là chữ số.').max(64),
});

export const procedureView = z.object({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  timeValue: z.number().int(),
  timeUnit,
  cutoff: z.string().nullable(),
  /** "3 ngày làm việc", "Trong ngày (nhận sau 15:00 trả ngày làm việc tiếp theo)". */
  timeLabel: z.string(),
  note: z.string(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
});
export type ProcedureView = z.output<typeof procedureView>;

export const catalogueInput = z.strictObject({
  /** The day whose procedures are wanted; null = every version ever (the catalogue editor). */
  on: isoDate.nullable(),
});

export const catalogueView = z.object({ fields: z.array(z.string()), procedures: z.array(procedureView) });

export const procedureVersionInput = z.strictObject({
  /** The national code; empty for a procedure without one (the ledger makes its key from the name). */
  code: text('Mã thủ tục', 40).refine((s) => s === '' || /^[\p{L}\p{N}._-]+$/u.test(s), 'Mã thủ tục chỉ gồm chữ, số, dấu chấm, gạch.'),
  name: requiredText('Tên thủ tục', 400),
  field: requiredText('Lĩnh vực', 200),
  timeValue: wholeNumber(TIME_VALUE_RULE.label, TIME_VALUE_RULE.min, TIME_VALUE_RULE.max),
  timeUnit,
  cutoff: hhmm.nullable(),
  note: text('Ghi chú', 500),
  effectiveFrom: isoDate.nullable(),
  effectiveTo: isoDate.nullable(),
});

export const deadlineInput = z.strictObject({
  procedureCode: requiredText('Mã thủ tục', 40),
  receivedAt: localDateTime,
  /** Decides whether the office's online rule applies (shared/deadline/README.md); default: in person. */
  channel: channel.optional(),
});

export const deadlineView = z.object({
  procedureCode: z.string(),
  procedureName: z.string(),
  statutoryTime: z.string(),
  due: z.string(),
  dueMinute: z.number().int().nullable(),
  /** "Thứ Hai, 19/02/2024" (with the hour for working-hour procedures). */
  dueText: z.string(),
  explanation: z.array(z.string()),
  /** Set when the count crosses a year without an official schedule: the date is provisional. */
  provisional: z.string().nullable(),
});

export const DAY_SOURCE_LABELS_VI = {
  weekday: 'Ngày thường',
  weekend: 'Cuối tuần',
  labour_code: 'Bộ luật Lao động',
  compensatory: 'Nghỉ bù (Bộ luật Lao động)',
  official_schedule: 'Lịch nghỉ chính thức của năm',
  culture_day: 'Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16)',
  office_edit: 'Đơn vị tự điều chỉnh',
} as const;

export const calendarDay = z.object({
  date: z.string(),
  weekday: z.string(),
  working: z.boolean(),
  source: z.enum(['weekday', 'weekend', 'labour_code', 'compensatory', 'official_schedule', 'culture_day', 'office_edit']),
  sourceLabel: z.string(),
  reason: z.string(),
  /** The text the day comes from: the article of law, the notice's number, the office's edit. */
  basis: z.string().nullable(),
});

/** A notice of a year's civil-service schedule entered by the office (or received from the province). */
export const calendarNotice = z.object({
  id: z.number().int(),
  year: z.number().int(),
  source: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  removedAt: z.string().nullable(),
  removedBy: z.string().nullable(),
});

export const calendarNoticeInput = z.strictObject({
  year: wholeNumber('Năm', 2000, 2099),
  source: requiredText('Số, ngày của thông báo lịch nghỉ', 300),
});

export const calendarEdit = z.object({
  id: z.number().int(),
  date: z.string(),
  kind: z.enum(['off', 'work']),
  reason: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  removedAt: z.string().nullable(),
  removedBy: z.string().nullable(),
});

/** What a calendar change did to the stored due dates (electron/services/due-date-recompute.ts). */
export const calendarChangeResult = z.object({
  recompute: z.object({
    /** Dossiers whose due date moved (open ones, and ended ones not yet in a signed report). */
    moved: z.number().int(),
    /** Of those, dossiers counted in a signed period: the change is recorded as a correction. */
    corrections: z.number().int(),
    /** Vietnamese lines, e.g. "25/11/2026 → 26/11/2026: 3 hồ sơ". */
    summary: z.array(z.string()),
  }),
});

export const calendarYearInput = z.strictObject({ year: wholeNumber('Năm', 2000, 2099) });

export const calendarYearView = z.object({
  year: z.number().int(),
  /** Every day off that is not a plain weekend, and every Saturday or Sunday made a working day. */
  specialDays: z.array(calendarDay),
  weekendsOff: z.number().int(),
  workingDays: z.number().int(),
  edits: z.array(calendarEdit),
  /** The notice the year's schedule comes from; null: none shipped or entered, so due dates in this year are provisional. */
  schedule: z.object({ source: z.string() }).nullable(),
  /** Every notice the office entered, removed ones included. */
  notices: z.array(calendarNotice),
});

export const calendarEditInput = z.strictObject({
  date: isoDate,
  kind: z.enum(['off', 'work'], 'Loại thay đổi phải là ngày nghỉ hoặc ngày làm bù.'),
  reason: requiredText('Lý do', 200),
  ...withJobId,
});

export const importProblem = z.object({ line: z.number().int(), column: z.string(), value: z.string(), reason: z.string() });

export const importPlanView = z.object({
  planId: z.string(),
  fileName: z.string(),
  rows: z.number().int(),
  counts: z.object({ new: z.number().int(), unchanged: z.number().int(), conflict: z.number().int(), rejected: z.number().int() }),
  problems: z.array(importProblem),
  warnings: z.array(z.string()),
  conflicts: z.array(z.object({ line: z.number().int(), code: z.string(), differences: z.array(z.object({ column: z.string(), ledger: z.string(), file: z.string() })) })),
  /** The first rows that would be added, for the preview table. */
  sample: z.array(z.object({ line: z.number().int(), code: z.string(), procedure: z.string(), receivedAt: z.string(), action: z.string() })),
  /** An .xlsx or .xls: every worksheet, the hidden ones among them, and the one read (pick another with `sheet` in the input). */
  sheets: z.array(z.string()).optional(),
  hiddenSheets: z.array(z.string()).optional(),
  sheet: z.string().optional(),
});
export type ImportPlanView = z.output<typeof importPlanView>;

export const importPlanInput = fileSourceDto.extend({
  /** The worksheet of an .xlsx or .xls to read; default the first visible one. */
  sheet: z.string('Tên trang tính phải là chữ.').min(1, 'Hãy chọn trang tính.').max(100, 'Tên trang tính dài quá 100 ký tự.').optional(),
  ...withJobId,
});

export const importApplyInput = z.strictObject({
  planId: z.string('Mã lần chạy thử phải là chữ.').regex(/^[0-9a-f-]{36}$/, 'Mã lần chạy thử không hợp lệ.'),
  update: z.boolean('Lựa chọn "cập nhật hồ sơ xung đột" phải là có hoặc không.'),
  ...withJobId,
});

export const importOutcome = z.object({
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skippedConflicts: z.number().int(),
  /** Rows of a province's list matched with dossiers logged here. */
  linked: z.number().int(),
  /** Rows waiting for the user's decision, not written. */
  undecided: z.number().int(),
});

export const backupView = z.object({
  dossiers: z.number().int(),
  /** Where the host saved it (Electron: the chosen file), or null when the file comes back in `file`. */
  savedTo: z.string().nullable(),
  file: fileDto.nullable(),
});

export const appInfo = z.object({
  appName: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'web']),
  ledgerFile: z.string(),
  configured: z.boolean(),
  unitName: z.string(),
  deskNumber: z.number().int(),
  today: z.string(),
  now: z.string(),
  /** Whether the document renderers (PDF forms, report exports) are available. */
  documents: z.boolean(),
  /** Whether the chairman's narrative text and the sign-off of a period are available yet. */
  narrative: z.boolean(),
  signOff: z.boolean(),
});
export type AppInfo = z.output<typeof appInfo>;

export const externalUrlInput = z.strictObject({ url: z.string('Địa chỉ phải là chữ.').url('Địa chỉ không hợp lệ.').max(2000) });
export const savedFile = z.object({ saved: z.boolean(), path: z.string().nullable() });
export { fileDto, uploadDto };
