// Counting working days on a calendar (rules.md §2–§3). Every helper takes the WorkingCalendar
// interface, so it works with any implementation.
import type { DayNumber } from '../time/day';
import type { DayStatus, WorkingCalendar } from './types';

/** No calendar closes for ten years in a row: a longer run of days off means broken edits, not a date. */
const MAX_DAYS_OFF_IN_A_ROW = 3_660;

/**
 * The n-th working day after `day`, not counting `day` itself (Bộ luật Dân sự 2015 Điều 147). n = 0 gives
 * `day`; a negative n counts backwards: -1 is the last working day strictly before `day`.
 */
export function addWorkingDays(cal: WorkingCalendar, day: DayNumber, n: number): DayNumber {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Not a whole number of working days: ${n}`);
  const step = n < 0 ? -1 : 1;
  let d = day;
  for (let left = Math.abs(n); left > 0; left -= 1) {
    let gap = 0;
    do {
      d += step;
      gap += 1;
      if (gap > MAX_DAYS_OFF_IN_A_ROW) throw new RangeError('Không tìm thấy ngày làm việc nào trong 10 năm');
    } while (!cal.isWorkingDay(d));
  }
  return d;
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(cal: WorkingCalendar, day: DayNumber): DayNumber {
  return addWorkingDays(cal, day, 1);
}

/** The last working day strictly before `day`. */
export function previousWorkingDay(cal: WorkingCalendar, day: DayNumber): DayNumber {
  return addWorkingDays(cal, day, -1);
}

/** The number of working days d with afterDay < d <= throughDay (0 when throughDay <= afterDay). */
export function countWorkingDaysBetween(cal: WorkingCalendar, afterDay: DayNumber, throughDay: DayNumber): number {
  if (cal.countWorkingDays) return cal.countWorkingDays(afterDay, throughDay);
  let n = 0;
  for (let d = afterDay + 1; d <= throughDay; d += 1) if (cal.isWorkingDay(d)) n += 1;
  return n;
}

/** Every day off from `fromDay` through `toDay` (both included), weekends too, in date order. */
export function listDaysOff(cal: WorkingCalendar, fromDay: DayNumber, toDay: DayNumber): DayStatus[] {
  const days: DayStatus[] = [];
  for (let d = fromDay; d <= toDay; d += 1) if (!cal.isWorkingDay(d)) days.push(cal.describe(d));
  return days;
}
