// Average resolution time per procedure, in the procedure's own unit (rules.md §8).
import type { WorkingCalendar } from '../calendar/types';
import { TIME_UNIT_LABELS_VI, type TimeUnit } from '../catalogue/procedure';
import { endDayOf } from '../classification/classify';
import type { DossierFacts } from '../dossier/dossier';

export interface AverageResolution {
  procedure_code: string;
  procedure: string;
  unit: TimeUnit;
  unit_label: string;
  /** Rounded half-up to 2 decimals. */
  average: number;
  count: number;
}

/** Round num/den half-up to 2 decimals using integers only. */
export function roundRatio(num: number, den: number): number {
  return Math.floor((2 * num * 100 + den) / (2 * den)) / 100;
}

function elapsed(facts: DossierFacts, calendar: WorkingCalendar): number {
  const end = endDayOf(facts) ?? facts.receivedAt.day;
  if (facts.rule.timeUnit === 'calendar_days') return end - facts.receivedAt.day;
  let n = 0;
  for (let d = facts.receivedAt.day + 1; d <= end; d += 1) if (calendar.isWorkingDay(d)) n += 1;
  // Working hours are reported in working days too: the ledger records days, not hours, of results.
  return n;
}

export function averageResolution(resolved: readonly DossierFacts[], calendar: WorkingCalendar): AverageResolution[] {
  const acc = new Map<string, { facts: DossierFacts; sum: number; count: number }>();
  for (const f of resolved) {
    const entry = acc.get(f.procedureCode) ?? { facts: f, sum: 0, count: 0 };
    entry.sum += elapsed(f, calendar);
    entry.count += 1;
    acc.set(f.procedureCode, entry);
  }
  return [...acc.values()]
    .map(({ facts, sum, count }) => {
      const unit = facts.rule.timeUnit === 'calendar_days' ? 'calendar_days' : 'working_days';
      return {
        procedure_code: facts.procedureCode,
        procedure: facts.procedureName,
        unit,
        unit_label: TIME_UNIT_LABELS_VI[unit],
        average: roundRatio(sum, count),
        count,
      } satisfies AverageResolution;
    })
    .sort((a, b) => b.count - a.count || a.procedure_code.localeCompare(b.procedure_code));
}
