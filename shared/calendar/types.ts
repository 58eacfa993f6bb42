import type { DayNumber, IsoDate } from '../time/day';

/** Where a day's status comes from; later layers win (rules.md §1). */
export type DaySource =
  | 'weekday' // an ordinary Monday–Friday
  | 'weekend' // Saturday or Sunday
  | 'labour_code' // Bộ luật Lao động 2019 Điều 112 (incl. lunar holidays)
  | 'compensatory' // Điều 111.3: a holiday on the weekly rest day moves to the next working day
  | 'culture_day' // Ngày Văn hóa Việt Nam, 24/11 (Nghị quyết 28/2026/QH16, from 2026): beside Điều 112
  | 'official_schedule' // the per-year civil-service notice (Tết range, swaps)
  | 'office_edit'; // the office's own edit (closure, newly announced swap)

export interface DayStatus {
  day: DayNumber;
  working: boolean;
  source: DaySource;
  /** Vietnamese, shown to users: "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương", "Thứ Bảy", "Làm bù cho thứ Sáu 02/01/2026"… */
  reason: string;
  /** Vietnamese: the text the day comes from ("Bộ luật Lao động 2019, Điều 112", a notice's number, the office's edit); null for ordinary days. */
  basis: string | null;
}

/** A year whose civil-service schedule is known: shipped with the app, received from the province, or entered by the office from the paper notice. */
export interface ScheduleNotice {
  year: number;
  /** Vietnamese: the notice(s) the year's schedule comes from. */
  source: string;
}

/** The statutory holidays of Bộ luật Lao động 2019 Điều 112.1. */
export type HolidayKey =
  | 'new_year' // a) Tết Dương lịch, 1/1
  | 'lunar_new_year' // b) Tết Âm lịch, 5 days
  | 'victory_day' // c) 30/4
  | 'labour_day' // d) 1/5
  | 'national_day' // đ) Quốc khánh, 2/9 and one adjacent day
  | 'hung_kings'; // e) Giỗ Tổ Hùng Vương, 10/3 lunar

/** One entry of the official schedule or an office edit: a day made off or made a working day. */
export interface CalendarEntry {
  date: IsoDate;
  kind: 'off' | 'work';
  reason: string;
  /**
   * Optional, official schedule only: this 'off' day belongs to the Prime Minister's placement of that
   * holiday (Điều 112.3), so the Labour-Code default placement of the same holiday in the same year is
   * dropped. Without it, a reason starting with "Tết Nguyên đán" or "Quốc khánh" means the same.
   */
  holiday?: HolidayKey;
  /** Vietnamese: the notice this entry comes from (official schedule), shown beside the reason. */
  source?: string;
}

export interface WorkingCalendar {
  isWorkingDay(day: DayNumber): boolean;
  describe(day: DayNumber): DayStatus;
  /**
   * Optional: the number of working days d with afterDay < d <= throughDay, without walking day by day
   * (countWorkingDaysBetween walks when a calendar does not offer it).
   */
  countWorkingDays?(afterDay: DayNumber, throughDay: DayNumber): number;
  /**
   * Optional: the notice that fixes this year's civil-service schedule, or null when the year has none
   * (its Tết and Quốc khánh days are then the Labour Code's default placement, so due dates counted in it
   * are provisional). A calendar without it is taken to know every year.
   */
  scheduleOf?(year: number): ScheduleNotice | null;
}
