// The civil-service holiday schedules announced for 2023–2026 (calendar-vn.md, "Civil-service
// schedules"), shipped as data: the middle layer of the calendar. Only what the notices fix is listed
// here; the days the table marks as "computed from the Labour Code" come from labour-code.ts and are
// checked against the table by the tests.
//
// An 'off' entry tagged with `holiday` replaces the Labour-Code placement of that holiday in the solar
// year of its date (Điều 112.3: the Prime Minister fixes the days of Tết and Quốc khánh). Ranges list
// every day, weekends included, so the whole break shows one reason.
import { type DayNumber, dayFromIso, isoFromDay, viDate } from '../time/day';
import type { CalendarEntry, HolidayKey } from './types';
import { weekdayInSentence } from './wording';

const TET = 'Tết Nguyên đán';
const NATIONAL_DAY = 'Quốc khánh 2/9';

function range(from: string, to: string, reason: string, holiday: HolidayKey): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  const last: DayNumber = dayFromIso(to);
  for (let day = dayFromIso(from); day <= last; day += 1) {
    entries.push({ date: isoFromDay(day), kind: 'off', reason, holiday });
  }
  return entries;
}

/** A weekday given off in exchange for a Saturday worked (hoán đổi ngày làm việc). */
function swap(offDate: string, workDate: string): CalendarEntry[] {
  const off = dayFromIso(offDate);
  const work = dayFromIso(workDate);
  return [
    { date: offDate, kind: 'off', reason: `Nghỉ hoán đổi, làm bù ${weekdayInSentence(work)} ${viDate(work)}` },
    { date: workDate, kind: 'work', reason: `Làm bù cho ${weekdayInSentence(off)} ${viDate(off)}` },
  ];
}

/** The shipped official schedule, 2023–2026, year by year (a swap lists its day off, then its working Saturday). */
export const OFFICIAL_SCHEDULE: readonly CalendarEntry[] = Object.freeze([
  // 2023: Tết from the official notice. New Year, Giỗ Tổ (Sat 29/04 → Tue 02/05), 30/4 (Sun → Wed 03/05)
  // and 1/5 are computed from the Labour Code.
  ...range('2023-01-20', '2023-01-26', TET, 'lunar_new_year'),
  // Quốc khánh 2023 as the table gives it (Fri 01/09 + Sat 02/09, compensatory Mon 04/09). The
  // Labour-Code default adjacent day (3/9, a Sunday that year) would give 02/09–05/09 instead.
  ...range('2023-09-01', '2023-09-03', NATIONAL_DAY, 'national_day'),
  { date: '2023-09-04', kind: 'off', reason: 'Nghỉ bù Quốc khánh 2/9 (trùng thứ Bảy 02/09/2023)', holiday: 'national_day' },

  // 2024: official notices. New Year and Giỗ Tổ (Thu 18/04) match the Labour Code.
  ...range('2024-02-08', '2024-02-14', TET, 'lunar_new_year'),
  ...swap('2024-04-29', '2024-05-04'),
  ...range('2024-08-31', '2024-09-03', NATIONAL_DAY, 'national_day'),

  // 2025: official notices. New Year and Giỗ Tổ (Mon 07/04) match the Labour Code.
  ...range('2025-01-25', '2025-02-02', TET, 'lunar_new_year'),
  ...swap('2025-05-02', '2025-04-26'),
  ...range('2025-08-30', '2025-09-02', NATIONAL_DAY, 'national_day'),

  // 2026: New Year and Tết from the notices; Giỗ Tổ (Sun 26/04 → Mon 27/04), 30/4, 1/5 and Quốc khánh
  // (final schedule not found) are computed from the Labour Code.
  ...swap('2026-01-02', '2026-01-10'),
  ...range('2026-02-14', '2026-02-22', TET, 'lunar_new_year'),
]);
