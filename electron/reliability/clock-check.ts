// Is the computer's clock earlier than the latest entry in the ledger? Checked at start-up and before
// logging: a dossier stamped with a date before the ones already in the ledger is a false legal record.
import type Database from 'better-sqlite3';
import { type LatestEntry, latestLedgerEntry } from './latest-entry';
import { viInstant } from './vi-time';

/** Reception times are typed to the minute; a clock a little slow is not worth a warning. */
export const CLOCK_TOLERANCE_MS = 2 * 60_000;

export interface ClockBehind {
  now: number;
  latest: LatestEntry;
  behindMs: number;
  /** Vietnamese, ready to show. */
  message: string;
}

function describe(entry: LatestEntry): string {
  const code = entry.dossierCode ? ` ${entry.dossierCode}` : '';
  switch (entry.source) {
    case 'reception':
      return `hồ sơ${code} được tiếp nhận lúc ${viInstant(entry.at)}`;
    case 'history':
      return `hồ sơ${code} được ghi lúc ${viInstant(entry.at)}`;
    case 'import':
      return `lần nhập tệp vào sổ lúc ${viInstant(entry.at)}`;
    case 'settings':
      return `lần sửa cài đặt lúc ${viInstant(entry.at)}`;
    case 'calendar':
      return `lần sửa lịch làm việc lúc ${viInstant(entry.at)}`;
    case 'catalogue':
      return `lần sửa danh mục thủ tục lúc ${viInstant(entry.at)}`;
    case 'security':
      return `lần sửa danh sách cán bộ hoặc mã PIN lúc ${viInstant(entry.at)}`;
  }
}

/** A warning when `now` is earlier than the latest entry (beyond the tolerance), otherwise null. */
export function checkClock(latest: LatestEntry | null, now: number): ClockBehind | null {
  if (latest === null || latest.at - now <= CLOCK_TOLERANCE_MS) return null;
  return {
    now,
    latest,
    behindMs: latest.at - now,
    message:
      `Đồng hồ của máy tính đang chỉ ${viInstant(now)}, sớm hơn mục mới nhất trong sổ (${describe(latest)}). ` +
      'Ngày giờ ghi trong sổ là căn cứ pháp lý: hãy chỉnh lại ngày giờ của máy tính cho đúng trước khi ghi hồ sơ.',
  };
}

export function checkClockOf(db: Database.Database, now: number): ClockBehind | null {
  return checkClock(latestLedgerEntry(db), now);
}
