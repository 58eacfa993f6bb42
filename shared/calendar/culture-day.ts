// Ngày Văn hóa Việt Nam, 24/11 (calendar-vn.md): Nghị quyết 28/2026/QH16 Điều 2, in force from
// 01/7/2026, gives workers the day off with full pay every year. It stands beside the Labour Code's
// Điều 112 (which was not amended), so it is its own layer, not a HolidayKey. Whether a 24/11 on a weekend
// gives a compensatory day is not settled (first case: Saturday 24/11/2029): no day is added here, the
// reason says so, and the office decides with an edit of its own.
import { type DayNumber, dayFromYmd, isWeekend, weekdayNameVi } from '../time/day';

export const CULTURE_DAY_FIRST_YEAR = 2026;
export const CULTURE_DAY_NAME_VI = 'Ngày Văn hóa Việt Nam';
export const CULTURE_DAY_BASIS_VI = 'Nghị quyết 28/2026/QH16, Điều 2 (từ 01/7/2026)';

export interface CultureDay {
  day: DayNumber;
  reason: string;
}

/** The year's Ngày Văn hóa, or null before the resolution took effect. */
export function cultureDay(year: number): CultureDay | null {
  if (year < CULTURE_DAY_FIRST_YEAR) return null;
  const day = dayFromYmd(year, 11, 24);
  if (!isWeekend(day)) return { day, reason: CULTURE_DAY_NAME_VI };
  return {
    day,
    reason: `${CULTURE_DAY_NAME_VI} (trùng ${weekdayNameVi(day)}; nghỉ bù hay không chưa được quy định — cơ quan tự thêm ngày nghỉ bù nếu có thông báo)`,
  };
}
