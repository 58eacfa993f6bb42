// The office's settings kept in the ledger: who the unit is, this desk's number, and the choices the
// rules leave to the office. Stored one key per setting as JSON (settings table), validated on the way in
// and on the way out; a missing or unreadable value falls back to its default.
import { z } from 'zod';
import { DEFAULT_DEADLINE_POLICY, type DeadlinePolicy, type OfficeHours } from '../../shared/deadline/policy';
import { MAX_DESK, MIN_DESK, isValidUnitCode } from '../../shared/dossier/dossier-code';
import { LEGACY_OFFICE_NAME } from '../../shared/office/office-name';
import type { PeriodRule } from '../../shared/periods/period';

export type SupplementPolicy = Pick<DeadlinePolicy, 'pauseRule' | 'multipleSupplementsAreLate'>;

export interface LedgerSettings {
  /** "UBND xã …" or "Trung tâm Phục vụ hành chính công xã …". */
  unitName: string;
  /** QCVN 102:2016 unit code, the first part of dossier codes (e.g. 000.00.12.H40); '' until set. */
  unitCode: string;
  /** The office the period reports go to (district before 2025, province now). */
  receivingUnit: string;
  /** The body above the unit, printed at the top left of documents. */
  parentBody: string;
  /** The place name in "…, ngày … tháng … năm …". */
  placeName: string;
  /** This desk's number, 1–9: the first digit of the codes it issues (rules.md §9). */
  deskNumber: number;
  /** Working days a remote commune adds to the procedures that allow it (rules.md §2). */
  extraWorkingDays: number;
  officeHours: OfficeHours;
  periodRule: PeriodRule;
  supplementPolicy: SupplementPolicy;
  /**
   * Online dossiers received after 17:00 or on a day off start their clock at the next working day's
   * opening (shared/deadline/README.md). Copied into each online dossier's rule snapshot at reception.
   */
  onlineNextDayStart: boolean;
  /** The one-stop office's name on the forms and its phone. */
  officeName: string;
  officePhone: string;
  /** Who signs the period report: "TM." (the chairman) or "KT." (a deputy for the chairman). */
  signer: { mode: 'TM' | 'KT'; title: string; name: string };
}

export const DEFAULT_SETTINGS: LedgerSettings = {
  unitName: '',
  unitCode: '',
  receivingUnit: '',
  parentBody: '',
  placeName: '',
  deskNumber: 1,
  extraWorkingDays: 0,
  officeHours: DEFAULT_DEADLINE_POLICY.officeHours,
  periodRule: 'nd09',
  supplementPolicy: {
    pauseRule: DEFAULT_DEADLINE_POLICY.pauseRule,
    multipleSupplementsAreLate: DEFAULT_DEADLINE_POLICY.multipleSupplementsAreLate,
  },
  onlineNextDayStart: true,
  // Offices set up since 1/7/2025 store "Trung tâm Phục vụ hành chính công xã …" at set-up (office-name.ts).
  officeName: LEGACY_OFFICE_NAME,
  officePhone: '',
  signer: { mode: 'TM', title: 'Chủ tịch', name: '' },
};

export type SettingName = keyof LedgerSettings;

/** The key each setting has in the settings table. */
export const SETTING_KEYS: Record<SettingName, string> = {
  unitName: 'unit_name',
  unitCode: 'unit_code',
  receivingUnit: 'receiving_unit',
  parentBody: 'parent_body',
  placeName: 'place_name',
  deskNumber: 'desk_number',
  extraWorkingDays: 'extra_working_days',
  officeHours: 'office_hours',
  periodRule: 'period_rule',
  supplementPolicy: 'supplement_policy',
  onlineNextDayStart: 'online_next_day_start',
  officeName: 'office_name',
  officePhone: 'office_phone',
  signer: 'signer',
};

const text = (label: string) => z.string(`${label} phải là chữ.`).max(300, `${label} dài quá 300 ký tự.`);
const minuteOfDay = z.number().int().min(0).max(1440);

const intervalsInOrder = (intervals: ReadonlyArray<{ start: number; end: number }>) =>
  intervals.every((iv, i) => iv.start < iv.end && (i === 0 || (intervals[i - 1]?.end ?? 0) <= iv.start));

const SCHEMAS: { [K in SettingName]: z.ZodType<LedgerSettings[K]> } = {
  unitName: text('Tên đơn vị'),
  unitCode: z
    .string('Mã đơn vị phải là chữ.')
    .refine(
      (s) => s === '' || isValidUnitCode(s),
      'Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm hoặc gạch ngang, không có khoảng trắng (ví dụ 000.00.12.H40).',
    ),
  receivingUnit: text('Tên đơn vị nhận báo cáo'),
  parentBody: text('Tên cơ quan chủ quản'),
  placeName: text('Địa danh'),
  deskNumber: z
    .number('Số bàn tiếp nhận phải là một số.')
    .int(`Số bàn tiếp nhận phải là số nguyên từ ${MIN_DESK} đến ${MAX_DESK}.`)
    .min(MIN_DESK, `Số bàn tiếp nhận phải là số nguyên từ ${MIN_DESK} đến ${MAX_DESK}.`)
    .max(MAX_DESK, `Số bàn tiếp nhận phải là số nguyên từ ${MIN_DESK} đến ${MAX_DESK}.`),
  extraWorkingDays: z
    .number('Số ngày làm việc cộng thêm phải là một số.')
    .int('Số ngày làm việc cộng thêm phải là số nguyên.')
    .min(0, 'Số ngày làm việc cộng thêm không được âm.')
    .max(60, 'Số ngày làm việc cộng thêm không quá 60.'),
  officeHours: z.object({
    intervals: z
      .array(z.object({ start: minuteOfDay, end: minuteOfDay }), 'Giờ làm việc không hợp lệ.')
      .min(1, 'Phải có ít nhất một buổi làm việc.')
      .refine(intervalsInOrder, 'Các buổi làm việc phải theo thứ tự, giờ bắt đầu trước giờ kết thúc, không chồng nhau.'),
  }),
  periodRule: z.enum(['nd09', 'calendar'], 'Cách tính kỳ báo cáo phải là "nd09" hoặc "calendar".'),
  supplementPolicy: z.object(
    {
      pauseRule: z.enum(['subtract_waiting', 'restart'], 'Cách tính khi yêu cầu bổ sung không hợp lệ.'),
      multipleSupplementsAreLate: z.boolean('Thiếu lựa chọn "bổ sung nhiều lần là quá hạn".'),
    },
    'Cách tính khi yêu cầu bổ sung không hợp lệ.',
  ),
  onlineNextDayStart: z.boolean('Lựa chọn "hồ sơ trực tuyến nộp sau 17 giờ hoặc ngày nghỉ tính từ ngày làm việc tiếp theo" phải là có hoặc không.'),
  officeName: text('Tên bộ phận một cửa'),
  officePhone: text('Số điện thoại'),
  signer: z.object(
    {
      mode: z.enum(['TM', 'KT'], 'Hình thức ký phải là "TM" hoặc "KT".'),
      title: text('Chức vụ người ký'),
      name: text('Họ tên người ký'),
    },
    'Thông tin người ký không hợp lệ.',
  ),
};

export type SettingCheck<K extends SettingName> = { ok: true; value: LedgerSettings[K] } | { ok: false; message: string };

/** Validates one setting's value; the message is Vietnamese. */
export function checkSetting<K extends SettingName>(name: K, value: unknown): SettingCheck<K> {
  const result = SCHEMAS[name].safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? `Giá trị không hợp lệ cho ${SETTING_KEYS[name]}.` };
}

export const SETTING_NAMES = Object.keys(SETTING_KEYS) as SettingName[];
