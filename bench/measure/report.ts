// The quarterly report of the busiest quarter (the unit's period rule), compiled by the report service
// five times (median), beside the floor: one `SELECT count(*) FROM dossiers` on the same file (median of
// five). The ratio says how far the report is from merely touching every dossier once.
import { type ReportPeriod, resolvePeriod } from '../../shared/periods/period';
import { isoFromDay, ymdFromDay, type DayNumber } from '../../shared/time/day';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { compilePeriodReport } from '../../electron/services/report-service';
import { median, timed } from '../stats';

export interface ReportTimes {
  period: ReportPeriod;
  /** Dossiers the report counted (received in the period or carried over). */
  counted: number;
  reportMs: number;
  countFloorMs: number;
}

/** The quarter (within the ledger's span) that received the most new dossiers. */
export function busiestQuarter(session: LedgerSession, from: DayNumber, asOf: DayNumber): ReportPeriod {
  const rule = session.settings().periodRule;
  const count = session.db.prepare<{ from: string; before: string }, number>(
    'SELECT count(*) FROM dossiers WHERE received_at >= @from AND received_at < @before',
  ).pluck();
  let best: { period: ReportPeriod; n: number } | null = null;
  for (let year = ymdFromDay(from).year; year <= ymdFromDay(asOf).year + 1; year += 1) {
    for (const quarter of [1, 2, 3, 4] as const) {
      const period = resolvePeriod({ kind: 'quarter', year, quarter }, rule);
      if (period.from < from || period.to > asOf) continue;
      const n = count.get({ from: isoFromDay(period.from), before: isoFromDay(period.to + 1) }) ?? 0;
      if (!best || n > best.n) best = { period, n };
    }
  }
  if (!best) throw new Error('The ledger spans no whole quarter');
  return best.period;
}

export function measureReport(session: LedgerSession, period: ReportPeriod, runs = 5): ReportTimes {
  const countAll = session.db.prepare<[], number>('SELECT count(*) FROM dossiers').pluck();
  const floors: number[] = [];
  const reports: number[] = [];
  let counted = 0;
  for (let i = 0; i < runs; i += 1) {
    floors.push(timed(() => countAll.get()).ms);
    const { ms, value } = timed(() => compilePeriodReport(session, period));
    reports.push(ms);
    counted = value.total.received;
  }
  return { period, counted, reportMs: median(reports), countFloorMs: median(floors) };
}
