// Dates and numbers as Vietnamese readers expect them (dd/mm/yyyy, 12.345), from the shared formatters.
import { formatIntVi } from '../../shared/format/vi-number';
import { dayFromIso, parseIsoDate, viDate, weekdayNameVi } from '../../shared/time/day';
import { formatMinute, vietnamLocalFromEpoch } from '../../shared/time/local-time';

export { formatIntVi };
export { formatPercentVi } from '../../shared/format/vi-number';

/** `2024-03-11` → `11/03/2024`; null or empty → `—`. */
export function viIso(iso: string | null | undefined): string {
  if (!iso) return '—';
  const day = parseIsoDate(iso.slice(0, 10));
  return day === null ? iso : viDate(day);
}

/** `2024-03-04 09:00` → `09:00 04/03/2024`. */
export function viDateTime(text: string): string {
  const [date = '', time = ''] = text.split(' ');
  return `${time} ${viIso(date)}`.trim();
}

export function weekdayOf(iso: string): string {
  return weekdayNameVi(dayFromIso(iso));
}

/** `04/03/2024 09:00` (typed at the desk) → `2024-03-04 09:00` (the API), or null when it is not that shape. */
export function fromViDateTime(value: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2})[:h](\d{2})\s*$/.exec(value);
  if (!m) return null;
  const pad = (x: string | undefined) => (x ?? '').padStart(2, '0');
  return `${m[3]}-${pad(m[2])}-${pad(m[1])} ${pad(m[4])}:${m[5]}`;
}

/** `2024-03-04 09:00` → `04/03/2024 09:00`. */
export function toViDateTime(value: string): string {
  const [date = '', time = ''] = value.split(' ');
  return `${viIso(date)} ${time}`;
}

export function money(n: number): string {
  return `${formatIntVi(n)} đồng`;
}

/** An ISO instant (UTC) as Vietnam local time: `09:27 21/11/2024`. */
export function viInstant(iso: string): string {
  const t = vietnamLocalFromEpoch(Date.parse(iso));
  return `${formatMinute(t.minute)} ${viDate(t.day)}`;
}
