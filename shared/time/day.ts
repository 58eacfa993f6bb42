// Civil dates as integer day numbers (days since 1970-01-01). Everything in the rules module compares
// days, never timestamps (rules.md §5), so a day number is the unit of time here.

/** `YYYY-MM-DD`. */
export type IsoDate = string;
/** Days since 1970-01-01 (proleptic Gregorian). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymdFromDay(day: DayNumber): Ymd {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Whether y-m-d names a real calendar date (rejects 2024-02-30). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = ymdFromDay(dayFromYmd(year, month, day));
  return back.year === year && back.month === month && back.day === day;
}

/** Parses `YYYY-MM-DD`; returns null for anything else or an impossible date. */
export function parseIsoDate(text: string): DayNumber | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? dayFromYmd(y, mo, d) : null;
}

export function dayFromIso(text: IsoDate): DayNumber {
  const day = parseIsoDate(text);
  if (day === null) throw new RangeError(`Invalid ISO date: ${text}`);
  return day;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isoFromDay(day: DayNumber): IsoDate {
  const { year, month, day: d } = ymdFromDay(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(d)}`;
}

/** `DD/MM/YYYY`, the way Vietnamese documents write dates. */
export function viDate(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  return `${pad(d)}/${pad(month)}/${pad(year, 4)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function isWeekend(day: DayNumber): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

const WEEKDAY_NAMES_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export function weekdayNameVi(day: DayNumber): string {
  return WEEKDAY_NAMES_VI[weekday(day)] ?? '';
}
