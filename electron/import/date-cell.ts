// Date cells: `YYYY-MM-DD` or `DD/MM/YYYY`, optionally followed by a time `HH:MM` (Vietnam local time).
import { type DayNumber, dayFromYmd, isValidYmd, viDate } from '../../shared/time/day';
import { type LocalDateTime } from '../../shared/time/local-time';
import { type ParseResult, fail, ok } from './parse-result';

export interface DateCell {
  day: DayNumber;
  /** Minutes since local midnight when a time was written; null for a date alone. */
  minute: number | null;
}

export const DATE_FORMAT_REASON = 'Ngày không hợp lệ: phải theo dạng YYYY-MM-DD hoặc DD/MM/YYYY';
const TIME_REASON = 'Giờ không hợp lệ: phải theo dạng HH:MM, từ 00:00 đến 23:59';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const VI = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
/** Date, then optionally `T` or spaces and `HH:MM` (seconds, as Excel's CSV writes them, are ignored). */
const DATE_TIME = /^(\S+?)(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::\d{2})?)?$/;

function parseDatePart(text: string): ParseResult<DayNumber> {
  const iso = ISO.exec(text);
  const vi = iso ? null : VI.exec(text);
  if (!iso && !vi) return fail(DATE_FORMAT_REASON);
  const [y, m, d] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : [Number(vi?.[3]), Number(vi?.[2]), Number(vi?.[1])];
  if (!isValidYmd(y, m, d)) return fail(`${DATE_FORMAT_REASON} (không có ngày này trong lịch)`);
  return ok(dayFromYmd(y, m, d));
}

/** A date with an optional time. */
export function parseDateCell(text: string): ParseResult<DateCell> {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return fail(DATE_FORMAT_REASON);
  const day = parseDatePart(match[1] ?? '');
  if (!day.ok) return day;
  if (match[2] === undefined) return ok({ day: day.value, minute: null });
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 23 || minutes > 59) return fail(TIME_REASON);
  return ok({ day: day.value, minute: hours * 60 + minutes });
}

/** The reception date-time: a date alone means 08:00. */
export const RECEPTION_DEFAULT_MINUTE = 8 * 60;

export function parseReceptionCell(text: string): ParseResult<LocalDateTime> {
  const cell = parseDateCell(text);
  return cell.ok ? ok({ day: cell.value.day, minute: cell.value.minute ?? RECEPTION_DEFAULT_MINUTE }) : cell;
}

/** Any other date: only the day counts (a time, if written, is ignored). */
export function parseDayCell(text: string): ParseResult<DayNumber> {
  const cell = parseDateCell(text);
  return cell.ok ? ok(cell.value.day) : cell;
}

/** One or more dates separated by `;` (or line breaks, as Alt+Enter in an Excel cell). */
export function parseDayListCell(text: string): ParseResult<DayNumber[]> {
  const items = text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const days: DayNumber[] = [];
  for (const [i, item] of items.entries()) {
    const day = parseDayCell(item);
    if (!day.ok) return fail(items.length > 1 ? `${day.reason} (ngày thứ ${i + 1}: "${item}")` : day.reason);
    days.push(day.value);
  }
  return ok(days);
}

/** `DD/MM/YYYY` for messages. */
export const showDay = (day: DayNumber): string => viDate(day);
