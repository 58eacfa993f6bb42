// Vietnamese lunar dates (âm lịch), computed for UTC+7. The Vietnamese and Chinese calendars use the same
// astronomical rules but different meridians (UTC+7 vs UTC+8), so a new moon near midnight can start a
// month one day apart: Tết 1985 was 21/01 in Vietnam and 20/02 in China, Tết 2007 17/02 vs 18/02
// (rules.md §1, calendar-vn.md). The conversion is Hồ Ngọc Đức's algorithm from the
// `vietnamese-lunar-calendar` package; only its solar→lunar function is used, always with timezone 7
// (its default would read the computer's zone, and its lunar→solar function builds local-time Dates).
import { convertSolar2Lunar } from 'vietnamese-lunar-calendar/build/solar-lunar';
import { type DayNumber, dayFromYmd, ymdFromDay } from '../time/day';

/** Hours east of UTC of the meridian the Vietnamese lunar calendar is computed for. */
export const VIETNAM_LUNAR_TIMEZONE = 7;

export interface LunarDate {
  /** Lunar year: a solar January day before Tết belongs to the previous lunar year. */
  year: number;
  /** 1–12. */
  month: number;
  /** 1–30. */
  day: number;
  /** True in the leap (nhuận) month that repeats `month`. */
  leap: boolean;
}

/** The Vietnamese lunar date of a civil day. */
export function solarToLunar(day: DayNumber): LunarDate {
  const { year, month, day: date } = ymdFromDay(day);
  const lunar = convertSolar2Lunar(date, month, year, VIETNAM_LUNAR_TIMEZONE);
  return { year: lunar.year, month: lunar.month, day: lunar.date, leap: lunar.isLeap };
}

/** Orders lunar months: a leap month comes right after the regular month of the same number. */
function monthOrdinal(year: number, month: number, leap: boolean): number {
  return year * 26 + month * 2 + (leap ? 1 : 0);
}

const MEAN_LUNAR_MONTH = 29.530588853;
const MAX_STEPS = 12;

/**
 * The civil day of a lunar date in a regular (non-leap) month. Starts from an estimate and walks month
 * by month using solarToLunar only; throws RangeError when the date does not exist (30th of a 29-day
 * month).
 */
export function lunarToSolar(year: number, month: number, day: number): DayNumber {
  const whole = Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day);
  if (!whole || month < 1 || month > 12 || day < 1 || day > 30) {
    throw new RangeError(`Invalid lunar date: ${day}/${month}/${year}`);
  }
  const target = monthOrdinal(year, month, false);
  // Tết falls between 21/01 and 20/02; start in the middle and add the mean length of the months before.
  let candidate = dayFromYmd(year, 2, 5) + Math.round((month - 1) * MEAN_LUNAR_MONTH) + day - 1;
  for (let step = 0; step < MAX_STEPS; step += 1) {
    const lunar = solarToLunar(candidate);
    const ordinal = monthOrdinal(lunar.year, lunar.month, lunar.leap);
    if (ordinal === target) {
      const found = candidate + (day - lunar.day);
      const check = solarToLunar(found);
      if (check.year === year && check.month === month && !check.leap && check.day === day) return found;
      throw new RangeError(`Lunar date does not exist: ${day}/${month}/${year}`);
    }
    // Too early: jump to (about) the start of the next month. Too late: back to the previous month's end.
    candidate += ordinal < target ? 31 - lunar.day : -lunar.day;
  }
  throw new RangeError(`Lunar date not found: ${day}/${month}/${year}`);
}

function cachedPerYear(compute: (year: number) => DayNumber): (year: number) => DayNumber {
  const cache = new Map<number, DayNumber>();
  return (year) => {
    let day = cache.get(year);
    if (day === undefined) {
      day = compute(year);
      cache.set(year, day);
    }
    return day;
  };
}

/** Tết Nguyên đán: 1/1 lunar of the lunar year starting in the given solar year. */
export const lunarNewYear: (year: number) => DayNumber = cachedPerYear((year) => lunarToSolar(year, 1, 1));

/** Giỗ Tổ Hùng Vương: 10/3 lunar (regular month 3, never the leap one) in the given solar year. */
export const hungKingsDay: (year: number) => DayNumber = cachedPerYear((year) => lunarToSolar(year, 3, 10));
