// What stands behind the report's figures: the dossiers of one cell (by shared/report/cells.ts, the same
// membership the compiler sums, so a figure and its list always agree) and the month-by-month series of
// received / resolved / late dossiers for the chart.
import { type Classification, classifyAt, endDayOf } from '../../shared/classification/classify';
import { type ReportPeriod, resolvePeriod } from '../../shared/periods/period';
import { cellsOf } from '../../shared/report/cells';
import type { FigureKey } from '../../shared/report/figures';
import { type DayNumber, dayFromYmd, ymdFromDay } from '../../shared/time/day';
import type { ReportRow } from '../ledger';
import type { LedgerSession } from './ledger-session';

export interface CellMember {
  row: ReportRow;
  classification: Classification;
}

/** The dossiers counted in figure `key` of the row `field` (null: the total row). */
export function cellMembers(session: LedgerSession, period: ReportPeriod, key: FigureKey, field: string | null): CellMember[] {
  const ctx = { calendar: session.calendar(), policy: session.policy() };
  const members: CellMember[] = [];
  for (const row of session.dossiers.rowsForReport(period.from, period.to)) {
    if (field !== null && row.field !== field) continue;
    const { keys, classification } = cellsOf(row, period, ctx);
    if (keys?.includes(key)) members.push({ row, classification });
  }
  return members;
}

export interface MonthBar {
  label: string;
  from: DayNumber;
  to: DayNumber;
  received: number;
  resolved: number;
  late: number;
}

/** The months of a period, cut by the period's rule (Nghị định 09: the 15th to the 14th). */
export function monthsOf(period: ReportPeriod): { label: string; from: DayNumber; to: DayNumber }[] {
  const s = period.spec;
  if (s.kind === 'range') {
    const months: { label: string; from: DayNumber; to: DayNumber }[] = [];
    let { year, month } = ymdFromDay(s.from);
    for (;;) {
      const start = dayFromYmd(year, month, 1);
      if (start > s.to) break;
      const end = dayFromYmd(year, month + 1, 1) - 1;
      months.push({ label: `T${month}/${year}`, from: Math.max(start, s.from), to: Math.min(end, s.to) });
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
    }
    return months;
  }
  const [first, last] =
    s.kind === 'month' ? [s.month, s.month] : s.kind === 'quarter' ? [s.quarter * 3 - 2, s.quarter * 3] : s.kind === 'half' ? [1, 6] : s.kind === 'nine_months' ? [1, 9] : [1, 12];
  const months = [];
  for (let m = first; m <= last; m += 1) {
    const p = resolvePeriod({ kind: 'month', year: s.year, month: m }, period.rule);
    months.push({ label: `T${m}/${s.year}`, from: p.from, to: p.to });
  }
  return months;
}

export function monthlySeries(session: LedgerSession, period: ReportPeriod): MonthBar[] {
  const ctx = { calendar: session.calendar(), policy: session.policy() };
  const bars: MonthBar[] = monthsOf(period).map((m) => ({ ...m, received: 0, resolved: 0, late: 0 }));
  const barOf = (day: DayNumber) => bars.find((b) => day >= b.from && day <= b.to);
  for (const row of session.dossiers.rowsForReport(period.from, period.to)) {
    const receivedIn = barOf(row.receivedAt.day);
    if (receivedIn) receivedIn.received += 1;
    const ended = endDayOf(row);
    const endedIn = ended === null ? undefined : barOf(ended);
    if (!endedIn) continue;
    endedIn.resolved += 1;
    const c = classifyAt(row, endedIn.to, ctx);
    if (c.status === 'resolved' && c.column === 'late') endedIn.late += 1;
  }
  return bars;
}
