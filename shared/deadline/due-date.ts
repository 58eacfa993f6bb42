// The due date at reception (rules.md §2), with the trace that explains it.
import type { WorkingCalendar } from '../calendar/types';
import type { ProcedureRule } from '../catalogue/procedure';
import { DEFAULT_CUTOFF_MINUTE } from '../catalogue/procedure';
import { type DayNumber, viDate } from '../time/day';
import { type LocalDateTime, formatMinute } from '../time/local-time';
import { type ClockStart, clockStart } from './online-start';
import type { OfficeHours } from './policy';
import type { TraceStep } from './trace';

export interface DueDate {
  day: DayNumber;
  /** The due time for working-hour procedures; null when the whole day counts. */
  minute: number | null;
  trace: TraceStep[];
}

/** Walks forward from `after` (excluded) and counts `n` working days, recording each day. */
export function countForward(
  calendar: WorkingCalendar,
  after: DayNumber,
  n: number,
  trace: TraceStep[],
  firstOrdinal = 1,
  label = 'Ngày làm việc thứ',
): DayNumber {
  let day = after;
  let counted = 0;
  while (counted < n) {
    day += 1;
    const status = calendar.describe(day);
    if (status.working) {
      counted += 1;
      trace.push({ kind: 'counted', day, ordinal: firstOrdinal + counted - 1, note: `${label} ${firstOrdinal + counted - 1}` });
    } else {
      trace.push({ kind: 'skipped', day, reason: status.reason });
    }
  }
  return day;
}

/** The first working day on or after `day`, recording the days rolled over. */
export function rollToWorkingDay(calendar: WorkingCalendar, day: DayNumber, trace: TraceStep[]): DayNumber {
  let d = day;
  for (;;) {
    const status = calendar.describe(d);
    if (status.working) return d;
    trace.push({ kind: 'rolled', day: d, reason: status.reason });
    d += 1;
  }
}

/** The step the count starts from: the reception, or (online, moved) the instant it counts as received. */
function receptionStep(start: ClockStart, note: string): TraceStep {
  return { kind: start.moved ? 'clock_start' : 'reception', day: start.at.day, minute: start.at.minute, note };
}

function workingDaysDue(rule: ProcedureRule, start: ClockStart, calendar: WorkingCalendar): DueDate {
  const receivedAt = start.at;
  const trace: TraceStep[] = [
    receptionStep(start, 'Ngày tiếp nhận: không tính (Bộ luật Dân sự 2015, Điều 147)'),
  ];
  const total = rule.timeValue + rule.extraWorkingDays;
  const day =
    total > 0 ? countForward(calendar, receivedAt.day, total, trace) : rollToWorkingDay(calendar, receivedAt.day, trace);
  trace.push({ kind: 'due', day, minute: null, note: `Hạn trả: ${viDate(day)}` });
  return { day, minute: null, trace };
}

function sameDayDue(rule: ProcedureRule, start: ClockStart, calendar: WorkingCalendar): DueDate {
  const receivedAt = start.at;
  const cutoff = rule.cutoffMinute ?? DEFAULT_CUTOFF_MINUTE;
  const trace: TraceStep[] = [];
  const receptionDay = calendar.describe(receivedAt.day);
  let day: DayNumber;
  if (receptionDay.working && receivedAt.minute <= cutoff) {
    trace.push(receptionStep(start, `Tiếp nhận trước ${formatMinute(cutoff)} trong ngày làm việc: trả trong ngày`));
    day = receivedAt.day;
  } else {
    const why = receptionDay.working
      ? `Tiếp nhận sau ${formatMinute(cutoff)}: trả trong ngày làm việc tiếp theo`
      : `Tiếp nhận vào ngày nghỉ (${receptionDay.reason}): trả trong ngày làm việc tiếp theo`;
    trace.push(receptionStep(start, why));
    day = countForward(calendar, receivedAt.day, 1, trace);
  }
  if (rule.extraWorkingDays > 0) {
    day = countForward(calendar, day, rule.extraWorkingDays, trace, 1, 'Thời gian tăng thêm của xã, ngày thứ');
  }
  trace.push({ kind: 'due', day, minute: null, note: `Hạn trả: ${viDate(day)}` });
  return { day, minute: null, trace };
}

function calendarDaysDue(rule: ProcedureRule, start: ClockStart, calendar: WorkingCalendar): DueDate {
  const receivedAt = start.at;
  const trace: TraceStep[] = [
    receptionStep(start, 'Ngày tiếp nhận: không tính (Bộ luật Dân sự 2015, Điều 147)'),
  ];
  for (let i = 1; i <= rule.timeValue; i += 1) {
    trace.push({ kind: 'counted', day: receivedAt.day + i, ordinal: i, note: `Ngày thứ ${i}` });
  }
  // Bộ luật Dân sự 2015 Điều 148.5: a period ending on a day off ends on the next working day.
  let day = rollToWorkingDay(calendar, receivedAt.day + rule.timeValue, trace);
  if (rule.extraWorkingDays > 0) {
    day = countForward(calendar, day, rule.extraWorkingDays, trace, 1, 'Thời gian tăng thêm của xã, ngày thứ');
  }
  trace.push({ kind: 'due', day, minute: null, note: `Hạn trả: ${viDate(day)}` });
  return { day, minute: null, trace };
}

function workingHoursDue(rule: ProcedureRule, start: ClockStart, calendar: WorkingCalendar, hours: OfficeHours): DueDate {
  const receivedAt = start.at;
  const trace: TraceStep[] = [receptionStep(start, 'Tính theo giờ làm việc từ thời điểm tiếp nhận')];
  let remaining = rule.timeValue * 60;
  let day = receivedAt.day;
  let from = receivedAt.minute;
  let dueMinute = 0;
  for (;;) {
    const status = calendar.describe(day);
    if (!status.working) {
      trace.push({ kind: 'skipped', day, reason: status.reason });
    } else {
      let usedToday = 0;
      for (const interval of hours.intervals) {
        const start = Math.max(interval.start, from);
        if (start >= interval.end || remaining === 0) continue;
        const take = Math.min(interval.end - start, remaining);
        remaining -= take;
        usedToday += take;
        dueMinute = start + take;
      }
      if (usedToday > 0) {
        trace.push({ kind: 'counted', day, ordinal: rule.timeValue * 60 - remaining, note: `Tính ${usedToday} phút làm việc` });
      }
      if (remaining === 0) break;
    }
    day += 1;
    from = 0;
  }
  if (rule.extraWorkingDays > 0) {
    day = countForward(calendar, day, rule.extraWorkingDays, trace, 1, 'Thời gian tăng thêm của xã, ngày thứ');
  }
  trace.push({ kind: 'due', day, minute: dueMinute, note: `Hạn trả: ${formatMinute(dueMinute)} ngày ${viDate(day)}` });
  return { day, minute: dueMinute, trace };
}

function dueFromStart(rule: ProcedureRule, start: ClockStart, calendar: WorkingCalendar, officeHours: OfficeHours): DueDate {
  switch (rule.timeUnit) {
    case 'working_days':
      return workingDaysDue(rule, start, calendar);
    case 'same_day':
      return sameDayDue(rule, start, calendar);
    case 'calendar_days':
      return calendarDaysDue(rule, start, calendar);
    case 'working_hours':
      return workingHoursDue(rule, start, calendar, officeHours);
  }
}

/**
 * The due date given to the citizen at reception, before any supplement pause. An online dossier under
 * the online rule (`rule.onlineCutoffMinute`) received late or on a day off is counted as if received at
 * the next working day's opening (online-start.ts).
 */
export function computeDueDate(
  rule: ProcedureRule,
  receivedAt: LocalDateTime,
  calendar: WorkingCalendar,
  officeHours: OfficeHours,
): DueDate {
  const start = clockStart(rule, receivedAt, calendar, officeHours);
  const due = dueFromStart(rule, start, calendar, officeHours);
  return start.moved ? { ...due, trace: [...start.trace, ...due.trace] } : due;
}
