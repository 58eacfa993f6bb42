// The content of a rules update package (`rules.json`): the calendar days a receiving office announces
// (days off and make-up working days, each with its notice) and the catalogue changes (a procedure added
// or changed from a date, or retired from a date), each with its legal basis. The receiving office writes
// the same JSON as the source file of `make-rules-update`; it is checked strictly on both sides.
import { z } from 'zod';
import { parseIsoDate } from '../../shared/time/day';
import { parseMinute } from '../../shared/time/local-time';
import { PackageRefusedError } from './errors';

const isoDate = z
  .string('Ngày phải là chữ dạng YYYY-MM-DD.')
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && parseIsoDate(s) !== null, 'Ngày không hợp lệ (dạng YYYY-MM-DD, ví dụ 2027-03-01).');
const text = (label: string, max: number) =>
  z.string(`${label} phải là chữ.`).trim().min(1, `Thiếu ${label.toLowerCase()}.`).max(max, `${label} dài quá ${max} ký tự.`);
const basis = text('Căn cứ (số văn bản)', 300);
const code = z
  .string('Mã thủ tục phải là chữ.')
  .trim()
  .regex(/^[0-9A-Za-z][0-9A-Za-z.\-_]{0,63}$/, 'Mã thủ tục không hợp lệ (ví dụ 1.004873).');

const calendarDay = z.strictObject({
  date: isoDate,
  kind: z.enum(['off', 'work'], 'Loại ngày phải là "off" (ngày nghỉ) hoặc "work" (ngày làm việc, làm bù).'),
  reason: text('Lý do', 200),
  basis,
});

const procedureVersion = z
  .strictObject({
    action: z.enum(['add', 'change']),
    code,
    name: text('Tên thủ tục', 500),
    field: text('Lĩnh vực', 200),
    time_value: z.number('Thời hạn phải là số.').int('Thời hạn phải là số nguyên.').min(0, 'Thời hạn không được âm.').max(3650, 'Thời hạn quá lớn.'),
    time_unit: z.enum(['working_days', 'same_day', 'calendar_days', 'working_hours'], 'Đơn vị thời hạn phải là working_days, same_day, calendar_days hoặc working_hours.'),
    /** Latest reception time "HH:MM" (same-day procedures), or null. */
    cutoff: z
      .string('Giờ tiếp nhận muộn nhất phải là chữ dạng HH:MM.')
      .refine((s) => parseMinute(s) !== null, 'Giờ tiếp nhận muộn nhất không hợp lệ (HH:MM).')
      .nullable(),
    note: z.string('Ghi chú phải là chữ.').max(1000, 'Ghi chú dài quá 1000 ký tự.'),
    confidence: z.enum(['law', 'practice', 'unverified'], 'Độ tin cậy phải là law, practice hoặc unverified.'),
    effective_from: isoDate,
    basis,
  })
  .refine((p) => p.time_unit !== 'same_day' || p.cutoff !== null, {
    message: 'Thủ tục giải quyết trong ngày cần giờ tiếp nhận muộn nhất (ví dụ "15:00").',
    path: ['cutoff'],
  });

/** A procedure no longer received from `effective_from` (its last day is the day before). */
const procedureRetirement = z.strictObject({ action: z.literal('retire'), code, effective_from: isoDate, basis });

const procedureChange = z.discriminatedUnion('action', [procedureVersion, procedureRetirement], 'Mỗi thay đổi thủ tục cần "action": add, change hoặc retire.');

export const rulesUpdateContentSchema = z
  .strictObject({
    title: text('Tiêu đề', 300),
    calendar: z.array(calendarDay).max(1000, 'Một gói có tối đa 1000 ngày.'),
    procedures: z.array(procedureChange).max(5000, 'Một gói có tối đa 5000 thay đổi thủ tục.'),
  })
  .superRefine((content, ctx) => {
    const dates = new Set<string>();
    content.calendar.forEach((d, i) => {
      if (dates.has(d.date)) ctx.addIssue({ code: 'custom', message: `Ngày ${d.date} được kê hai lần.`, path: ['calendar', i, 'date'] });
      dates.add(d.date);
    });
    const codes = new Set<string>();
    content.procedures.forEach((p, i) => {
      if (codes.has(p.code)) ctx.addIssue({ code: 'custom', message: `Thủ tục ${p.code} được kê hai lần: mỗi gói chỉ một thay đổi cho một thủ tục.`, path: ['procedures', i, 'code'] });
      codes.add(p.code);
    });
    if (content.calendar.length + content.procedures.length === 0) ctx.addIssue({ code: 'custom', message: 'Gói không có thay đổi nào.', path: [] });
  });

export type RulesUpdateContent = z.output<typeof rulesUpdateContentSchema>;
export type RulesCalendarDay = RulesUpdateContent['calendar'][number];
export type RulesProcedureChange = RulesUpdateContent['procedures'][number];
export type RulesProcedureVersion = Extract<RulesProcedureChange, { action: 'add' | 'change' }>;

/** "procedures[2].time_unit", as the person who wrote the file sees it. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '');
}

/** Every problem of the content, Vietnamese, each with where it is (up to 20). */
export function contentProblems(raw: unknown): { problems: string[]; content: RulesUpdateContent | null } {
  const parsed = rulesUpdateContentSchema.safeParse(raw);
  if (parsed.success) return { problems: [], content: parsed.data };
  const problems = parsed.error.issues.slice(0, 20).map((issue) => {
    const where = pathText(issue.path);
    const message = issue.code === 'unrecognized_keys' ? `có mục không được biết: ${issue.keys.join(', ')}.` : issue.message;
    return where === '' ? message : `${where}: ${message}`;
  });
  return { problems, content: null };
}

/** The `rules.json` part of a received package; anything wrong refuses the package. */
export function parseRulesPart(bytes: Buffer): RulesUpdateContent {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new PackageRefusedError('invalid_content', 'Phần "rules.json" của gói không đọc được.', { cause: error });
  }
  const { problems, content } = contentProblems(raw);
  if (!content) throw new PackageRefusedError('invalid_content', `Phần "rules.json" của gói không đúng mẫu: ${problems.join(' ')}`);
  return content;
}
