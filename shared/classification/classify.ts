// Classification of a dossier at the end of a day T (rules.md §5). Compares days, never timestamps.
import type { WorkingCalendar } from '../calendar/types';
import { countWorkingDaysBetween } from '../calendar/working-days';
import type { DeadlinePolicy } from '../deadline/policy';
import { effectiveDueDate } from '../deadline/pauses';
import type { DossierFacts, Ending } from '../dossier/dossier';
import type { DayNumber } from '../time/day';

export type Classification =
  | { status: 'not_received' }
  | {
      status: 'resolved';
      column: 'early' | 'on_time' | 'late';
      ending: Ending;
      endedOn: DayNumber;
      /** Pause-adjusted due date; null if the dossier ended while waiting for the citizen. */
      dueDay: DayNumber | null;
      /** Working days after the due date up to the end (0 unless late). */
      workingDaysLate: number;
      /** Why it is late, when it is: past the due date, or more than one supplement request. */
      lateBecause: 'past_due' | 'repeated_supplement' | null;
    }
  | {
      status: 'pending';
      column: 'in_time' | 'overdue';
      dueDay: DayNumber | null;
      waitingForCitizen: boolean;
      workingDaysLate: number;
    };

export interface ClassifyContext {
  calendar: WorkingCalendar;
  policy: DeadlinePolicy;
}

/** The day a dossier ended as far as the report is concerned (result ready, else the return date). */
export function endDayOf(facts: Pick<DossierFacts, 'endedOn' | 'returnedOn'>): DayNumber | null {
  return facts.endedOn ?? facts.returnedOn;
}

/**
 * The column of a dossier that ended on `ended`, against its pause-adjusted due date (null: it ended while
 * waiting for the citizen). `repeatedSupplement`: more than one supplement request under a policy that
 * makes that late.
 */
export function resolvedColumn(ending: Ending, ended: DayNumber, due: DayNumber | null, repeatedSupplement: boolean): 'early' | 'on_time' | 'late' {
  // Withdrawn, stopped and rejected dossiers sit in the on-time column (form note of Biểu 06).
  if (ending !== 'giai_quyet') return 'on_time';
  if ((due !== null && ended > due) || repeatedSupplement) return 'late';
  return due === null || ended === due ? 'on_time' : 'early';
}

/** The column of a dossier still pending at the end of `asOf` whose due date is `due`. */
export function pendingColumn(due: DayNumber, asOf: DayNumber): 'in_time' | 'overdue' {
  return due < asOf ? 'overdue' : 'in_time';
}

export function classifyAt(facts: DossierFacts, asOf: DayNumber, ctx: ClassifyContext): Classification {
  if (facts.receivedAt.day > asOf) return { status: 'not_received' };
  const ended = endDayOf(facts);
  if (ended !== null && ended <= asOf) {
    const due = effectiveDueDate(facts.baseDueDay, facts.rule, facts.supplements, ctx.calendar, ctx.policy, ended).day;
    const ending: Ending = facts.ending ?? 'giai_quyet';
    const repeated = ctx.policy.multipleSupplementsAreLate && facts.supplements.length > 1;
    const column = resolvedColumn(ending, ended, due, repeated);
    if (column !== 'late') return { status: 'resolved', column, ending, endedOn: ended, dueDay: due, workingDaysLate: 0, lateBecause: null };
    const late = due !== null && ended > due ? countWorkingDaysBetween(ctx.calendar, due, ended) : 0;
    return { status: 'resolved', column, ending, endedOn: ended, dueDay: due, workingDaysLate: late, lateBecause: late > 0 ? 'past_due' : 'repeated_supplement' };
  }
  const effective = effectiveDueDate(facts.baseDueDay, facts.rule, facts.supplements, ctx.calendar, ctx.policy, asOf);
  if (effective.day === null) {
    // Waiting for the citizen counts as pending in time (rules.md §3).
    return { status: 'pending', column: 'in_time', dueDay: null, waitingForCitizen: true, workingDaysLate: 0 };
  }
  const column = pendingColumn(effective.day, asOf);
  return {
    status: 'pending',
    column,
    dueDay: effective.day,
    waitingForCitizen: false,
    workingDaysLate: column === 'overdue' ? countWorkingDaysBetween(ctx.calendar, effective.day, asOf) : 0,
  };
}
