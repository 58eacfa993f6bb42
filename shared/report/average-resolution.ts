// Average resolution time per procedure, in the procedure's own unit (rules.md §8).
import type { WorkingCalendar } from '../calendar/types';
import { countWorkingDaysBetween } from '../calendar/working-days';
import { TIME_UNIT_LABELS_VI, type TimeUnit } from '../catalogue/procedure';
import { type Classification, endDayOf } from '../classification/classify';
import type { DossierFacts } from '../dossier/dossier';
import { byCodePoints } from '../text/compare';
import type { DayNumber } from '../time/day';

export interface AverageResolution {
  procedure_code: string;
  procedure: string;
  unit: TimeUnit;
  unit_label: string;
  /** Rounded half-up to 2 decimals. */
  average: number;
  count: number;
}

/** The time taken by the dossiers of one procedure; name and unit are those of its first dossier. */
export interface ResolutionSum {
  procedureCode: string;
  procedureName: string;
  timeUnit: TimeUnit;
  /** Sum of elapsedDays over the dossiers. */
  sum: number;
  count: number;
}

/** Round num/den half-up to 2 decimals using integers only. */
export function roundRatio(num: number, den: number): number {
  return Math.floor((2 * num * 100 + den) / (2 * den)) / 100;
}

/** Whether a dossier counts in the average: resolved with a result (not withdrawn, stopped or rejected). */
export function countsForAverage(c: Classification): boolean {
  return c.status === 'resolved' && c.ending === 'giai_quyet';
}

/**
 * Time from reception to the end: calendar days for calendar-day procedures, otherwise working days after
 * the day of reception up to the end day. Working hours are reported in working days too: the ledger
 * records days, not hours, of results.
 */
export function elapsedDays(timeUnit: TimeUnit, receivedDay: DayNumber, endDay: DayNumber, calendar: WorkingCalendar): number {
  return timeUnit === 'calendar_days' ? endDay - receivedDay : countWorkingDaysBetween(calendar, receivedDay, endDay);
}

function elapsed(facts: DossierFacts, calendar: WorkingCalendar): number {
  return elapsedDays(facts.rule.timeUnit, facts.receivedAt.day, endDayOf(facts) ?? facts.receivedAt.day, calendar);
}

/** The averages of summed resolution times, most used procedures first. */
export function averagesOf(sums: Iterable<ResolutionSum>): AverageResolution[] {
  return [...sums]
    .map(({ procedureCode, procedureName, timeUnit, sum, count }) => {
      const unit = timeUnit === 'calendar_days' ? 'calendar_days' : 'working_days';
      return {
        procedure_code: procedureCode,
        procedure: procedureName,
        unit,
        unit_label: TIME_UNIT_LABELS_VI[unit],
        average: roundRatio(sum, count),
        count,
      } satisfies AverageResolution;
    })
    .sort((a, b) => b.count - a.count || a.procedure_code.localeCompare(b.procedure_code) || byCodePoints(a.procedure_code, b.procedure_code));
}

/** The averages over `resolved`, in the order given (the first dossier of a procedure names it). */
export function averageResolution(resolved: readonly DossierFacts[], calendar: WorkingCalendar): AverageResolution[] {
  const acc = new Map<string, ResolutionSum>();
  for (const f of resolved) {
    let entry = acc.get(f.procedureCode);
    if (!entry) {
      entry = { procedureCode: f.procedureCode, procedureName: f.procedureName, timeUnit: f.rule.timeUnit, sum: 0, count: 0 };
      acc.set(f.procedureCode, entry);
    }
    entry.sum += elapsed(f, calendar);
    entry.count += 1;
  }
  return averagesOf(acc.values());
}
