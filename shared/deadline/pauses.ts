// Supplement requests stop the clock (rules.md §3): the due date moves later by the working days
// waited, i.e. the working days after the request day up to and including the day the documents came.
import type { WorkingCalendar } from '../calendar/types';
import type { ProcedureRule } from '../catalogue/procedure';
import type { SupplementPause } from '../dossier/dossier';
import { type DayNumber, viDate } from '../time/day';
import type { DeadlinePolicy } from './policy';
import { countForward, rollToWorkingDay } from './due-date';
import type { TraceStep } from './trace';

export interface EffectiveDue {
  /** The pause-adjusted due date; null while the dossier waits for the citizen. */
  day: DayNumber | null;
  /** The day the open supplement request was made, when the dossier is waiting. */
  waitingSince: DayNumber | null;
  trace: TraceStep[];
}

/** Pauses as they stand at the end of `asOf` (later requests and returns are not yet known). */
export function pausesKnownAt(pauses: readonly SupplementPause[], asOf: DayNumber): SupplementPause[] {
  return pauses
    .filter((p) => p.requestedOn <= asOf)
    .map((p) => (p.returnedOn !== null && p.returnedOn > asOf ? { ...p, returnedOn: null } : p));
}

function waitedDays(calendar: WorkingCalendar, pause: SupplementPause & { returnedOn: DayNumber }, trace: TraceStep[]): number {
  let waited = 0;
  for (let d = pause.requestedOn + 1; d <= pause.returnedOn; d += 1) {
    const status = calendar.describe(d);
    if (status.working) {
      waited += 1;
      trace.push({ kind: 'paused', day: d, note: `Chờ bổ sung: ngày làm việc thứ ${waited} không tính` });
    } else {
      trace.push({ kind: 'skipped', day: d, reason: status.reason });
    }
  }
  return waited;
}

/**
 * The due date after the supplement pauses known at `asOf`. `baseDue` is the date given at reception.
 * Calendar-day procedures move by the calendar days waited, then end on a working day.
 */
export function effectiveDueDate(
  baseDue: DayNumber,
  rule: ProcedureRule,
  pauses: readonly SupplementPause[],
  calendar: WorkingCalendar,
  policy: Pick<DeadlinePolicy, 'pauseRule'>,
  asOf: DayNumber = Number.MAX_SAFE_INTEGER,
): EffectiveDue {
  const trace: TraceStep[] = [];
  let due = baseDue;
  const known = [...pausesKnownAt(pauses, asOf)].sort((a, b) => a.requestedOn - b.requestedOn);
  for (const pause of known) {
    trace.push({ kind: 'paused', day: pause.requestedOn, note: `Yêu cầu bổ sung hồ sơ ngày ${viDate(pause.requestedOn)}: dừng tính thời gian` });
    if (pause.returnedOn === null) {
      return { day: null, waitingSince: pause.requestedOn, trace };
    }
    const closed = { ...pause, returnedOn: pause.returnedOn };
    if (policy.pauseRule === 'restart') {
      trace.push({ kind: 'paused', day: closed.returnedOn, note: `Nhận đủ hồ sơ bổ sung: tính lại từ đầu` });
      due = restartFrom(closed.returnedOn, rule, calendar, trace);
      continue;
    }
    const waited = waitedDays(calendar, closed, trace);
    trace.push({ kind: 'paused', day: closed.returnedOn, note: `Nhận đủ hồ sơ bổ sung: lùi hạn ${waited} ngày làm việc` });
    if (rule.timeUnit === 'calendar_days') {
      due = rollToWorkingDay(calendar, due + (closed.returnedOn - closed.requestedOn), trace);
    } else {
      due = countForward(calendar, due, waited, trace, 1, 'Lùi hạn, ngày làm việc thứ');
    }
  }
  if (known.length > 0) trace.push({ kind: 'due', day: due, minute: null, note: `Hạn trả sau bổ sung: ${viDate(due)}` });
  return { day: due, waitingSince: null, trace };
}

function restartFrom(day: DayNumber, rule: ProcedureRule, calendar: WorkingCalendar, trace: TraceStep[]): DayNumber {
  if (rule.timeUnit === 'calendar_days') return rollToWorkingDay(calendar, day + rule.timeValue, trace);
  if (rule.timeUnit === 'working_days') return countForward(calendar, day, rule.timeValue + rule.extraWorkingDays, trace);
  // Same-day and working-hour procedures: counted again within the day the documents arrive.
  const d = rollToWorkingDay(calendar, day, trace);
  return rule.extraWorkingDays > 0 ? countForward(calendar, d, rule.extraWorkingDays, trace) : d;
}
