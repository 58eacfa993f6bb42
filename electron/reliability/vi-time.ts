// Instants as people in the office read them (Vietnam local time, UTC+7, whatever the computer's zone),
// and as they appear in backup file names.
import { viDate } from '../../shared/time/day';
import { VIETNAM_OFFSET_MINUTES, formatMinute, vietnamLocalFromEpoch } from '../../shared/time/local-time';

/** "16:05 ngày 07/03/2024". */
export function viInstant(epochMs: number): string {
  const local = vietnamLocalFromEpoch(epochMs);
  return `${formatMinute(local.minute)} ngày ${viDate(local.day)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "2024-03-07_16-05-09": sortable, safe in file names on Windows and USB sticks (FAT32). */
export function fileStamp(epochMs: number): string {
  const shifted = new Date(epochMs + VIETNAM_OFFSET_MINUTES * 60_000);
  const date = `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
  return `${date}_${pad(shifted.getUTCHours())}-${pad(shifted.getUTCMinutes())}-${pad(shifted.getUTCSeconds())}`;
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})$/;

/** The instant of a `fileStamp`, or null when the text is not one. */
export function parseFileStamp(text: string): number | null {
  const m = STAMP.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(utc);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return utc - VIETNAM_OFFSET_MINUTES * 60_000;
}

/** The Vietnam local day (day number) of an instant. */
export function vietnamDayOf(epochMs: number): number {
  return vietnamLocalFromEpoch(epochMs).day;
}
