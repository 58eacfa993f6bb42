import type { DayNumber, IsoDate } from '../time/day';

/** Where a day's status comes from; later layers win (rules.md §1). */
export type DaySource =
  | 'weekday' // an ordinary Monday–Friday
  | 'weekend' // Saturday or Sunday
  | 'labour_code' // Bộ luật Lao động 2019 Điều 112 (incl. lunar holidays)
  | 'compensatory' // Điều 111.3: a holiday on the weekly rest day moves to the next working day
  | 'official_schedule' // the per-year civil-service notice (Tết range, swaps)
  | 'office_edit'; // the office's own edit (closure, newly announced swap)

export interface DayStatus {
  day: DayNumber;
  working: boolean;
  source: DaySource;
  /** Vietnamese, shown to users: "Tết Nguyên đán", "Nghỉ bù Giỗ Tổ Hùng Vương", "Thứ Bảy", "Làm bù cho thứ Sáu 02/01/2026"… */
  reason: string;
}

/** One entry of the official schedule or an office edit: a day made off or made a working day. */
export interface CalendarEntry {
  date: IsoDate;
  kind: 'off' | 'work';
  reason: string;
}

export interface WorkingCalendar {
  isWorkingDay(day: DayNumber): boolean;
  describe(day: DayNumber): DayStatus;
}
