// The statutory holidays of a year, Bộ luật Lao động 2019 Điều 112.1, with the compensatory days of
// Điều 111.3. This is the bottom layer of the calendar: the Prime Minister's yearly notice (official
// schedule) may replace the placement of Tết and Quốc khánh (Điều 112.3), and the office may edit any day.
import { type DayNumber, dayFromYmd, isWeekend, viDate } from '../time/day';
import { hungKingsDay, lunarNewYear } from './lunar';
import type { HolidayKey } from './types';
import { weekdayInSentence } from './wording';

export const HOLIDAY_NAMES_VI: Readonly<Record<HolidayKey, string>> = {
  new_year: 'Tết Dương lịch',
  lunar_new_year: 'Tết Nguyên đán',
  hung_kings: 'Giỗ Tổ Hùng Vương',
  victory_day: 'Ngày Chiến thắng 30/4',
  labour_day: 'Ngày Quốc tế Lao động 1/5',
  national_day: 'Quốc khánh 2/9',
};

export interface HolidayDay {
  day: DayNumber;
  holiday: HolidayKey;
  source: 'labour_code' | 'compensatory';
  /** Vietnamese, shown to users. */
  reason: string;
}

export interface LabourCodeOptions {
  /** Holidays placed by the official schedule this year: their Labour-Code days (and compensation) are left out. */
  replaced?: ReadonlySet<HolidayKey>;
}

/** The days of each holiday of Điều 112.1 in a solar year, before compensation. */
function placements(year: number): [HolidayKey, DayNumber[]][] {
  const tet = lunarNewYear(year);
  return [
    ['new_year', [dayFromYmd(year, 1, 1)]],
    // Assumption when no official schedule is known: the 5 Tết days are the last day of the old lunar
    // year plus the first 4 days of the new one (the most common placement of past notices).
    ['lunar_new_year', [tet - 1, tet, tet + 1, tet + 2, tet + 3]],
    ['hung_kings', [hungKingsDay(year)]],
    ['victory_day', [dayFromYmd(year, 4, 30)]],
    ['labour_day', [dayFromYmd(year, 5, 1)]],
    // Assumption when no official schedule is known: the day adjacent to 2/9 is 3/9 (the law allows
    // the day before or after; the yearly notice picks one).
    ['national_day', [dayFromYmd(year, 9, 2), dayFromYmd(year, 9, 3)]],
  ];
}

/**
 * The Labour-Code days off of a solar year, sorted by day: the holidays of Điều 112.1 and, for each
 * holiday falling on Saturday or Sunday, a compensatory day on the next working day that is not already
 * a holiday (Điều 111.3), assigned in date order. Two holidays on the same day (Giỗ Tổ can meet 30/4)
 * make one day off with both reasons; the law grants no extra day for that.
 */
export function labourCodeHolidays(year: number, options: LabourCodeOptions = {}): HolidayDay[] {
  const replaced = options.replaced;
  const byDay = new Map<DayNumber, HolidayDay>();
  for (const [holiday, days] of placements(year)) {
    if (replaced?.has(holiday)) continue;
    const name = HOLIDAY_NAMES_VI[holiday];
    for (const day of days) {
      const existing = byDay.get(day);
      if (existing) existing.reason = `${existing.reason}; ${name}`;
      else byDay.set(day, { day, holiday, source: 'labour_code', reason: name });
    }
  }
  const holidays = [...byDay.values()].sort((a, b) => a.day - b.day);
  const compensatory: HolidayDay[] = [];
  for (const h of holidays) {
    if (!isWeekend(h.day)) continue;
    let day = h.day + 1;
    while (isWeekend(day) || byDay.has(day)) day += 1;
    const comp: HolidayDay = {
      day,
      holiday: h.holiday,
      source: 'compensatory',
      reason: `Nghỉ bù ${h.reason} (trùng ${weekdayInSentence(h.day)} ${viDate(h.day)})`,
    };
    byDay.set(day, comp);
    compensatory.push(comp);
  }
  return [...holidays, ...compensatory].sort((a, b) => a.day - b.day);
}
