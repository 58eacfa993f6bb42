// Reporting periods (rules.md §6): Nghị định 09/2019 cut-offs by default, calendar periods as an option.
import { type DayNumber, dayFromYmd, isoFromDay, parseIsoDate, viDate } from '../time/day';

export type PeriodRule = 'nd09' | 'calendar';

export type PeriodSpec =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number }
  | { kind: 'nine_months'; year: number }
  | { kind: 'year'; year: number }
  | { kind: 'range'; from: DayNumber; to: DayNumber };

export interface ReportPeriod {
  spec: PeriodSpec;
  rule: PeriodRule;
  /** Inclusive. */
  from: DayNumber;
  /** Inclusive; pending figures are taken at the end of this day. */
  to: DayNumber;
  label: string;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** `2024-Q1`, `2024-M03`, `2024-H1`, `2024-9M`, `2024` (interchange.md §3). */
export function parsePeriodSpec(text: string): PeriodSpec | null {
  const t = text.trim().toUpperCase();
  let m = /^(\d{4})-Q([1-4])$/.exec(t);
  if (m) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  m = /^(\d{4})-M(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { kind: 'month', year: Number(m[1]), month: Number(m[2]) };
  m = /^(\d{4})-H1$/.exec(t);
  if (m) return { kind: 'half', year: Number(m[1]) };
  m = /^(\d{4})-9M$/.exec(t);
  if (m) return { kind: 'nine_months', year: Number(m[1]) };
  m = /^(\d{4})$/.exec(t);
  if (m) return { kind: 'year', year: Number(m[1]) };
  return null;
}

export function rangeSpec(fromIso: string, toIso: string): PeriodSpec | null {
  const from = parseIsoDate(fromIso);
  const to = parseIsoDate(toIso);
  if (from === null || to === null || to < from) return null;
  return { kind: 'range', from, to };
}

/** First and last month (1-based, inclusive) a named period covers. */
function monthSpan(spec: Exclude<PeriodSpec, { kind: 'range' }>): [number, number] {
  switch (spec.kind) {
    case 'month':
      return [spec.month, spec.month];
    case 'quarter':
      return [spec.quarter * 3 - 2, spec.quarter * 3];
    case 'half':
      return [1, 6];
    case 'nine_months':
      return [1, 9];
    case 'year':
      return [1, 12];
  }
}

function labelOf(spec: PeriodSpec): string {
  switch (spec.kind) {
    case 'month':
      return `Tháng ${spec.month} năm ${spec.year}`;
    case 'quarter':
      return `Quý ${ROMAN[spec.quarter - 1]} năm ${spec.year}`;
    case 'half':
      return `6 tháng đầu năm ${spec.year}`;
    case 'nine_months':
      return `9 tháng năm ${spec.year}`;
    case 'year':
      return `Năm ${spec.year}`;
    case 'range':
      return `Từ ngày ${viDate(spec.from)} đến ngày ${viDate(spec.to)}`;
  }
}

export function resolvePeriod(spec: PeriodSpec, rule: PeriodRule): ReportPeriod {
  if (spec.kind === 'range') return { spec, rule, from: spec.from, to: spec.to, label: labelOf(spec) };
  const [first, last] = monthSpan(spec);
  let from: DayNumber;
  let to: DayNumber;
  if (rule === 'nd09') {
    // Nghị định 09/2019 Điều 12: from the 15th of the month before to the 14th of the last month.
    from = dayFromYmd(spec.year, first - 1, 15); // month 0 rolls back to December of the year before
    to = dayFromYmd(spec.year, last, 14);
  } else {
    from = dayFromYmd(spec.year, first, 1);
    to = dayFromYmd(spec.year, last + 1, 1) - 1;
  }
  return { spec, rule, from, to, label: labelOf(spec) };
}

/** The period that comes right before (same kind and rule); for ranges, the range of equal length. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const s = period.spec;
  switch (s.kind) {
    case 'month':
      return resolvePeriod(s.month === 1 ? { kind: 'month', year: s.year - 1, month: 12 } : { ...s, month: s.month - 1 }, period.rule);
    case 'quarter':
      return resolvePeriod(
        s.quarter === 1 ? { kind: 'quarter', year: s.year - 1, quarter: 4 } : { ...s, quarter: (s.quarter - 1) as 1 | 2 | 3 },
        period.rule,
      );
    case 'half':
    case 'nine_months':
    case 'year':
      return resolvePeriod({ ...s, year: s.year - 1 }, period.rule);
    case 'range': {
      const length = s.to - s.from + 1;
      return resolvePeriod({ kind: 'range', from: s.from - length, to: s.from - 1 }, period.rule);
    }
  }
}

/** A stable key for storing per-period data (`2024-Q1@nd09`). */
export function periodKey(period: ReportPeriod): string {
  const s = period.spec;
  const base =
    s.kind === 'month'
      ? `${s.year}-M${String(s.month).padStart(2, '0')}`
      : s.kind === 'quarter'
        ? `${s.year}-Q${s.quarter}`
        : s.kind === 'half'
          ? `${s.year}-H1`
          : s.kind === 'nine_months'
            ? `${s.year}-9M`
            : s.kind === 'year'
              ? `${s.year}`
              : `${isoFromDay(s.from)}..${isoFromDay(s.to)}`;
  return `${base}@${period.rule}`;
}

/** The period a key of periodKey names (`2024-Q1@nd09`, `2024-03-01..2024-03-31@calendar`); null for any other text. */
export function periodFromKey(key: string): ReportPeriod | null {
  const at = key.lastIndexOf('@');
  const rule = key.slice(at + 1);
  if (at < 0 || (rule !== 'nd09' && rule !== 'calendar')) return null;
  const base = key.slice(0, at);
  const range = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(base);
  const spec = range ? rangeSpec(range[1] ?? '', range[2] ?? '') : parsePeriodSpec(base);
  if (spec === null) return null;
  const period = resolvePeriod(spec, rule);
  return periodKey(period) === key ? period : null;
}

/** Whether the period is over on `today` (its last day has passed). A report of a period not over is provisional. */
export function periodHasEnded(period: ReportPeriod, today: DayNumber): boolean {
  return today > period.to;
}

/**
 * The period as far as it has run on `today`: pending dossiers are judged on `today`, not at the period's
 * end (a dossier due next week is not late yet). The whole period once it has ended.
 */
export function periodSoFar(period: ReportPeriod, today: DayNumber): ReportPeriod {
  if (periodHasEnded(period, today)) return period;
  return { ...period, to: Math.max(today, period.from - 1) };
}
