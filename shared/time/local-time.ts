// Vietnam local time: UTC+7 all year, no daylight saving (rules.md header). The computer's own time zone
// never matters: an instant is converted with this fixed offset.
import { type DayNumber, dayFromYmd, isValidYmd, isoFromDay } from './day';

export const VIETNAM_OFFSET_MINUTES = 7 * 60;

/** A local Vietnam date-time to the minute. */
export interface LocalDateTime {
  day: DayNumber;
  /** Minutes since local midnight, 0–1439. */
  minute: number;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/** Parses `YYYY-MM-DD HH:MM` (or with `T`); a date alone gets `defaultMinute`. */
export function parseLocalDateTime(text: string, defaultMinute = 8 * 60): LocalDateTime | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidYmd(y, mo, d)) return null;
  let minute = defaultMinute;
  if (m[4] !== undefined) {
    const h = Number(m[4]);
    const mi = Number(m[5]);
    if (h > 23 || mi > 59) return null;
    minute = h * 60 + mi;
  }
  return { day: dayFromYmd(y, mo, d), minute };
}

export function formatLocalDateTime(t: LocalDateTime): string {
  return `${isoFromDay(t.day)} ${formatMinute(t.minute)}`;
}

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** Parses `HH:MM` to minutes since midnight. */
export function parseMinute(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const mi = Number(m[2]);
  return h <= 23 && mi <= 59 ? h * 60 + mi : null;
}

/** The Vietnam local date-time of an instant given in epoch milliseconds (passed in, never read). */
export function vietnamLocalFromEpoch(epochMs: number): LocalDateTime {
  const localMinutes = Math.floor(epochMs / 60_000) + VIETNAM_OFFSET_MINUTES;
  const day = Math.floor(localMinutes / 1440);
  return { day, minute: localMinutes - day * 1440 };
}

export function compareLocal(a: LocalDateTime, b: LocalDateTime): number {
  return a.day - b.day || a.minute - b.minute;
}
