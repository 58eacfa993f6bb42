// A due date counted in a year whose civil-service schedule is not known (calendar-vn.md: the Labour
// Code's default placement of Tết and of the Quốc khánh adjacent day does not match the notices) is only
// provisional: it says so wherever it is shown, with the way to enter the notice.
import { yearOfDay } from '../calendar/civil-year';
import type { WorkingCalendar } from '../calendar/types';
import type { DayNumber } from '../time/day';

/** Where an office enters a year's notice; named in every provisional warning. */
export const ENTER_NOTICE_HINT_VI = 'Nhập thông báo lịch nghỉ của năm tại Thiết lập → Lịch làm việc (hoặc nhận gói cập nhật quy định từ tỉnh).';

/** The years from `fromDay` through `toDay` that have no official schedule on this calendar, in order. */
export function unscheduledYears(calendar: WorkingCalendar, fromDay: DayNumber, toDay: DayNumber): number[] {
  if (!calendar.scheduleOf) return [];
  const years: number[] = [];
  for (let year = yearOfDay(Math.min(fromDay, toDay)); year <= yearOfDay(Math.max(fromDay, toDay)); year += 1) {
    if (calendar.scheduleOf(year) === null) years.push(year);
  }
  return years;
}

/** "năm 2028" / "các năm 2028, 2029". */
function yearsVi(years: readonly number[]): string {
  return years.length === 1 ? `năm ${years[0]}` : `các năm ${years.join(', ')}`;
}

/** The warning of a provisional due date (null when the count only crosses years with a known schedule). */
export function provisionalNoteVi(calendar: WorkingCalendar, fromDay: DayNumber, toDay: DayNumber): string | null {
  const years = unscheduledYears(calendar, fromDay, toDay);
  if (years.length === 0) return null;
  return `Hạn trả tạm tính: chưa có lịch nghỉ chính thức ${yearsVi(years)} (ngày nghỉ Tết, Quốc khánh đang tính theo Bộ luật Lao động). ${ENTER_NOTICE_HINT_VI}`;
}
