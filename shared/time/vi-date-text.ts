// Dates and times as a Vietnamese desk types them: dd/mm/yyyy and HH:MM on a 24-hour clock, whatever the
// computer's language. Every answer that is not a date says why, in Vietnamese, naming the format.
import { type DayNumber, dayFromYmd, isValidYmd, isoFromDay, parseIsoDate, viDate } from './day';
import { type LocalDateTime, formatMinute } from './local-time';

export const VI_DATE_FORMAT = 'ngày/tháng/năm, ví dụ 04/03/2026';
export const VI_TIME_FORMAT = 'giờ:phút theo 24 giờ, ví dụ 14:30';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const TIME = /^(\d{1,2})[:hg](\d{2})$/;

function daysInMonth(year: number, month: number): number {
  for (let d = 31; d > 28; d -= 1) if (isValidYmd(year, month, d)) return d;
  return 28;
}

/** `31/02/2026` → why not; `4/3/2026` → the day of 04/03/2026. */
export function parseViDate(text: string): Parsed<DayNumber> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Hãy nhập ngày (dạng ${VI_DATE_FORMAT}).` };
  const m = DATE.exec(trimmed);
  if (!m) return { ok: false, message: `"${trimmed}" không phải là ngày: hãy ghi theo dạng ${VI_DATE_FORMAT}.` };
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) return { ok: false, message: `Không có tháng ${mo}: tháng từ 1 đến 12 (dạng ${VI_DATE_FORMAT}).` };
  if (y < 1900 || y > 2199) return { ok: false, message: `Năm ${y} không hợp lệ (dạng ${VI_DATE_FORMAT}).` };
  if (!isValidYmd(y, mo, d)) {
    return { ok: false, message: `Không có ngày ${trimmed}: tháng ${mo} năm ${y} chỉ có ${daysInMonth(y, mo)} ngày.` };
  }
  return { ok: true, value: dayFromYmd(y, mo, d) };
}

/** `9:05` → 545 minutes; `25:00` → why not. */
export function parseViTime(text: string): Parsed<number> {
  const trimmed = text.trim();
  const m = TIME.exec(trimmed);
  if (!m) return { ok: false, message: `"${trimmed}" không phải là giờ: hãy ghi theo dạng ${VI_TIME_FORMAT}.` };
  const [h, mi] = [Number(m[1]), Number(m[2])];
  if (h > 23 || mi > 59) return { ok: false, message: `Không có giờ ${trimmed}: giờ từ 00:00 đến 23:59 (dạng ${VI_TIME_FORMAT}).` };
  return { ok: true, value: h * 60 + mi };
}

/** `04/03/2026 09:00` → that local time. */
export function parseViDateTime(text: string): Parsed<LocalDateTime> {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const [datePart = '', timePart, ...rest] = trimmed.split(' ');
  if (timePart === undefined || rest.length > 0) {
    return { ok: false, message: `"${trimmed}" không đúng dạng ngày/tháng/năm giờ:phút (ví dụ 04/03/2026 09:00, giờ theo 24 giờ).` };
  }
  const day = parseViDate(datePart);
  if (!day.ok) return day;
  const minute = parseViTime(timePart);
  if (!minute.ok) return minute;
  return { ok: true, value: { day: day.value, minute: minute.value } };
}

/** `2026-03-04` → `04/03/2026`; anything else is returned as it is. */
export function viDateOfIso(iso: string): string {
  const day = parseIsoDate(iso.slice(0, 10));
  return day === null ? iso : viDate(day);
}

/** `04/03/2026` → `2026-03-04`, or null. */
export function isoOfViDate(text: string): string | null {
  const parsed = parseViDate(text);
  return parsed.ok ? isoFromDay(parsed.value) : null;
}

export function viDateTimeText(t: LocalDateTime): string {
  return `${viDate(t.day)} ${formatMinute(t.minute)}`;
}
