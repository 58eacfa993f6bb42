// The calendar data each version of the app shipped. A ledger remembers the calendar its stored due dates
// were computed with (electron/services/due-date-recompute.ts); a ledger written before that record
// existed followed the first edition, rebuilt here, so the first start of a newer version moves exactly
// the due dates the new data changes.
import { OFFICIAL_SCHEDULE } from './official-schedules';
import type { WorkingCalendarOptions } from './working-calendar';

/** Bump with every change of the shipped calendar data or of the rules that place holidays. */
export const CALENDAR_DATA_EDITION = 2;

/**
 * Edition 1 (version 0.1, November 2026): the schedules of 2023 to Tết 2026; no Quốc khánh 2026 swap, no
 * 2027 notice, no Ngày Văn hóa, no notices per year.
 */
export function firstEditionOptions(): WorkingCalendarOptions {
  return { officialSchedule: OFFICIAL_SCHEDULE.filter((e) => e.date < '2026-03-01'), officialNotices: [], cultureDay: false };
}
