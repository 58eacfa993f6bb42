// The solar year of a day number by integer arithmetic (no Date object): the calendar's hot path needs it.
import type { DayNumber } from '../time/day';

/** The proleptic Gregorian year containing `day` (H. Hinnant's civil_from_days). */
export function yearOfDay(day: DayNumber): number {
  const z = day + 719_468; // days since 0000-03-01
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
  return yearOfEra + era * 400 + (shiftedMonth >= 10 ? 1 : 0);
}
