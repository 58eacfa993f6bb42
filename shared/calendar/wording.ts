// Small pieces of Vietnamese wording shared by the calendar layers.
import { type DayNumber, weekdayNameVi } from '../time/day';

/** "thứ Bảy", "Chủ nhật": the weekday name as written inside a sentence. */
export function weekdayInSentence(day: DayNumber): string {
  return weekdayNameVi(day).replace(/^Thứ/, 'thứ');
}
