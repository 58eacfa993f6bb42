// How many dossiers arrive on each day of the span: demand grows year by year, follows the months
// (the rush before Tết), and on days off only online submissions come in. The counts add up to exactly
// the requested total and are deterministic.
import type { WorkingCalendar } from '../../shared/calendar/types';
import { type DayNumber, ymdFromDay } from '../../shared/time/day';
import { DAY_OFF_FACTOR, MONTH_FACTOR, YEARLY_GROWTH } from './mix';

export interface DayLoad {
  day: DayNumber;
  working: boolean;
  count: number;
}

export function dailyLoad(from: DayNumber, to: DayNumber, total: number, calendar: WorkingCalendar): DayLoad[] {
  const firstYear = ymdFromDay(from).year;
  const days: { day: DayNumber; working: boolean; weight: number }[] = [];
  let sum = 0;
  for (let day = from; day <= to; day += 1) {
    const { year, month } = ymdFromDay(day);
    const working = calendar.isWorkingDay(day);
    const weight = YEARLY_GROWTH ** (year - firstYear) * (MONTH_FACTOR[month - 1] ?? 1) * (working ? 1 : DAY_OFF_FACTOR);
    days.push({ day, working, weight });
    sum += weight;
  }
  // cumulative rounding: every day gets its share, the running total never drifts
  let cumulative = 0;
  let given = 0;
  return days.map(({ day, working, weight }) => {
    cumulative += weight;
    const upTo = Math.round((cumulative / sum) * total);
    const count = upTo - given;
    given = upTo;
    return { day, working, count };
  });
}
