// The civil-service holiday schedules announced for 2023–2027 (calendar-vn.md, "Civil-service
// schedules"), shipped as data: the middle layer of the calendar. Only what the notices fix is listed
// here; the days the table marks as "computed from the Labour Code" come from labour-code.ts and are
// checked against the table by the tests. Each entry names the notice it comes from (`source`), and
// OFFICIAL_NOTICES says which years have a schedule at all: a due date counted in a year without one is
// provisional (shared/deadline/provisional.ts).
//
// An 'off' entry tagged with `holiday` replaces the Labour-Code placement of that holiday in the solar
// year of its date (Điều 112.3: the Prime Minister fixes the days of Tết and Quốc khánh). Ranges list
// every day, weekends included, so the whole break shows one reason.
import { type DayNumber, dayFromIso, isoFromDay, viDate } from '../time/day';
import type { CalendarEntry, HolidayKey, ScheduleNotice } from './types';
import { weekdayInSentence } from './wording';

const TET = 'Tết Nguyên đán';
const NATIONAL_DAY = 'Quốc khánh 2/9';

function range(from: string, to: string, reason: string, holiday: HolidayKey, source: string): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  const last: DayNumber = dayFromIso(to);
  for (let day = dayFromIso(from); day <= last; day += 1) {
    entries.push({ date: isoFromDay(day), kind: 'off', reason, holiday, source });
  }
  return entries;
}

/** A weekday given off in exchange for a Saturday worked (hoán đổi ngày làm việc). */
function swap(offDate: string, workDate: string, source: string, holiday?: HolidayKey): CalendarEntry[] {
  const off = dayFromIso(offDate);
  const work = dayFromIso(workDate);
  const dayOff: CalendarEntry = { date: offDate, kind: 'off', reason: `Nghỉ hoán đổi, làm bù ${weekdayInSentence(work)} ${viDate(work)}`, source };
  return [
    holiday === undefined ? dayOff : { ...dayOff, holiday },
    { date: workDate, kind: 'work', reason: `Làm bù cho ${weekdayInSentence(off)} ${viDate(off)}`, source },
  ];
}

// The notices as calendar-vn.md cites them (secondary copies where it says so).
const NOTICE_2023 = 'Thông báo lịch nghỉ Tết Nguyên đán 2023 (Bộ Lao động – Thương binh và Xã hội); các ngày khác theo Bộ luật Lao động';
const NOTICE_2024 = 'Thông báo lịch nghỉ lễ, Tết năm 2024 (Bộ Lao động – Thương binh và Xã hội)';
const NOTICE_2025 = 'Thông báo lịch nghỉ lễ, Tết năm 2025 (Bộ Lao động – Thương binh và Xã hội)';
const NOTICE_2026_TET = 'Thông báo lịch nghỉ Tết Dương lịch và Tết Nguyên đán 2026 (Bộ Nội vụ)';
const NOTICE_2026_NATIONAL_DAY = 'Thông báo 9441/TB-BNV (nghỉ Quốc khánh 2026, làm bù thứ Bảy 22/08/2026)';
const NOTICE_2026_APRIL = 'Công văn 3383/BNV-CVL (nghỉ 30/4 và 1/5/2026, không hoán đổi)';
const NOTICE_2027 = 'Công văn 10065/VPCP-KGVX ngày 02/10/2026 (lịch nghỉ Tết Nguyên đán và Quốc khánh 2027)';

/** The years whose civil-service schedule is shipped, with the notices it comes from. */
export const OFFICIAL_NOTICES: readonly ScheduleNotice[] = Object.freeze([
  { year: 2023, source: NOTICE_2023 },
  { year: 2024, source: NOTICE_2024 },
  { year: 2025, source: NOTICE_2025 },
  { year: 2026, source: `${NOTICE_2026_TET}; ${NOTICE_2026_APRIL}; ${NOTICE_2026_NATIONAL_DAY}` },
  { year: 2027, source: NOTICE_2027 },
]);

/** The shipped official schedule, 2023–2027, year by year (a swap lists its day off, then its working Saturday). */
export const OFFICIAL_SCHEDULE: readonly CalendarEntry[] = Object.freeze([
  // 2023: Tết from the official notice. New Year, Giỗ Tổ (Sat 29/04 → Tue 02/05), 30/4 (Sun → Wed 03/05)
  // and 1/5 are computed from the Labour Code.
  ...range('2023-01-20', '2023-01-26', TET, 'lunar_new_year', NOTICE_2023),
  // Quốc khánh 2023 as the table gives it (Fri 01/09 + Sat 02/09, compensatory Mon 04/09). The
  // Labour-Code default adjacent day (3/9, a Sunday that year) would give 02/09–05/09 instead.
  ...range('2023-09-01', '2023-09-03', NATIONAL_DAY, 'national_day', NOTICE_2023),
  { date: '2023-09-04', kind: 'off', reason: 'Nghỉ bù Quốc khánh 2/9 (trùng thứ Bảy 02/09/2023)', holiday: 'national_day', source: NOTICE_2023 },

  // 2024: official notices. New Year and Giỗ Tổ (Thu 18/04) match the Labour Code.
  ...range('2024-02-08', '2024-02-14', TET, 'lunar_new_year', NOTICE_2024),
  ...swap('2024-04-29', '2024-05-04', NOTICE_2024),
  ...range('2024-08-31', '2024-09-03', NATIONAL_DAY, 'national_day', NOTICE_2024),

  // 2025: official notices. New Year and Giỗ Tổ (Mon 07/04) match the Labour Code.
  ...range('2025-01-25', '2025-02-02', TET, 'lunar_new_year', NOTICE_2025),
  ...swap('2025-05-02', '2025-04-26', NOTICE_2025),
  ...range('2025-08-30', '2025-09-02', NATIONAL_DAY, 'national_day', NOTICE_2025),

  // 2026: New Year and Tết from the notices; Giỗ Tổ (Sun 26/04 → Mon 27/04), 30/4 and 1/5 (no swap) are
  // computed from the Labour Code. Quốc khánh: Tue 01/09 is the adjacent day, and Mon 31/08 is given off
  // in exchange for Saturday 22/08 (so 29/08–02/09 is one break). 24/11 (Ngày Văn hóa) is law, not a
  // notice: culture-day.ts.
  ...swap('2026-01-02', '2026-01-10', NOTICE_2026_TET),
  ...range('2026-02-14', '2026-02-22', TET, 'lunar_new_year', NOTICE_2026_TET),
  ...range('2026-08-29', '2026-08-30', NATIONAL_DAY, 'national_day', NOTICE_2026_NATIONAL_DAY),
  ...swap('2026-08-31', '2026-08-22', NOTICE_2026_NATIONAL_DAY, 'national_day'),
  ...range('2026-09-01', '2026-09-02', NATIONAL_DAY, 'national_day', NOTICE_2026_NATIONAL_DAY),

  // 2027: Tết (Thu 04/02 – Mon 08/02, then Tue 09/02 and Wed 10/02 for the days that fell on the weekend)
  // and Quốc khánh (Thu 02/09, Fri 03/09 adjacent, then the weekend) from công văn 10065/VPCP-KGVX. New
  // Year (Fri 01/01), Giỗ Tổ (Fri 16/04), 30/4 (Fri) and 1/5 (Sat → Mon 03/05) are computed from the
  // Labour Code; 24/11 (Wed) from culture-day.ts.
  ...range('2027-02-04', '2027-02-08', TET, 'lunar_new_year', NOTICE_2027),
  ...range('2027-02-09', '2027-02-10', `${TET} (nghỉ bù các ngày Tết trùng thứ Bảy, Chủ nhật)`, 'lunar_new_year', NOTICE_2027),
  ...range('2027-09-02', '2027-09-05', NATIONAL_DAY, 'national_day', NOTICE_2027),
]);
