// The working calendar (rules.md §1). Years are built lazily, once, into typed arrays: isWorkingDay is
// an array read on the hot path (due dates and reports call it millions of times).
import { type DayNumber, dayFromYmd } from '../time/day';
import { yearOfDay } from './civil-year';
import { OFFICIAL_NOTICES, OFFICIAL_SCHEDULE } from './official-schedules';
import type { CalendarEntry, DayStatus, ScheduleNotice, WorkingCalendar } from './types';
import { type DatedEntry, type YearTable, buildYearTable, entriesByYear } from './year-table';

export interface WorkingCalendarOptions {
  /** The per-year civil-service schedules; defaults to the shipped 2023–2027 data. */
  officialSchedule?: readonly CalendarEntry[];
  /** The years the official schedule covers, with their notices; defaults to the shipped ones. */
  officialNotices?: readonly ScheduleNotice[];
  /** The office's own edits (closures, newly announced swaps); they win over every other layer. */
  officeEdits?: readonly CalendarEntry[];
  /** Years whose notice the office entered itself or received from the province (their days are office edits). */
  officeNotices?: readonly ScheduleNotice[];
  /** Ngày Văn hóa Việt Nam (24/11 from 2026, culture-day.ts); default true. Off only to rebuild the first data edition. */
  cultureDay?: boolean;
}

// Years with a flat lookup array (one byte a day, ~73 KB). Days outside still work, a little slower.
const FLAT_FIRST_YEAR = 1960;
const FLAT_END_YEAR = 2160;
const FLAT_BASE: DayNumber = dayFromYmd(FLAT_FIRST_YEAR, 1, 1);
const FLAT_LENGTH = dayFromYmd(FLAT_END_YEAR, 1, 1) - FLAT_BASE;
// Flat codes: 0 = year not built yet, then:
const WORKING = 1;
const OFF = 2;

const NO_ENTRIES: readonly DatedEntry[] = [];

export function buildWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  const official = entriesByYear(options.officialSchedule ?? OFFICIAL_SCHEDULE);
  const office = entriesByYear(options.officeEdits ?? []);
  const notices = new Map<number, ScheduleNotice>();
  for (const n of [...(options.officialNotices ?? OFFICIAL_NOTICES), ...(options.officeNotices ?? [])]) {
    const known = notices.get(n.year);
    notices.set(n.year, known ? { year: n.year, source: `${known.source}; ${n.source}` } : { year: n.year, source: n.source });
  }
  const years = new Map<number, YearTable>();
  const flat = new Uint8Array(FLAT_LENGTH);
  let last: YearTable | undefined;

  function yearTable(year: number): YearTable {
    let table = years.get(year);
    if (!table) {
      table = buildYearTable(year, official.get(year) ?? NO_ENTRIES, office.get(year) ?? NO_ENTRIES, options.cultureDay ?? true);
      years.set(year, table);
      const offset = table.start - FLAT_BASE;
      if (offset >= 0 && offset + table.working.length <= FLAT_LENGTH) {
        table.working.forEach((w, i) => {
          flat[offset + i] = w === 1 ? WORKING : OFF;
        });
      }
    }
    return table;
  }

  function tableFor(day: DayNumber): YearTable {
    if (last && day >= last.start && day - last.start < last.working.length) return last;
    last = yearTable(yearOfDay(day));
    return last;
  }

  function checkDay(day: DayNumber): void {
    if (!Number.isSafeInteger(day)) throw new RangeError(`Not a day number: ${day}`);
  }

  // Running counts of working days per year (index i: working days among the year's first i days),
  // made on first use: counting over years (a dossier forgotten for five years) costs a few reads.
  const running = new Map<number, Int32Array>();
  function runningCount(table: YearTable): Int32Array {
    let counts = running.get(table.year);
    if (!counts) {
      counts = new Int32Array(table.working.length + 1);
      for (let i = 0; i < table.working.length; i += 1) counts[i + 1] = (counts[i] ?? 0) + (table.working[i] ?? 0);
      running.set(table.year, counts);
    }
    return counts;
  }

  return {
    isWorkingDay(day: DayNumber): boolean {
      const i = day - FLAT_BASE;
      if (i >= 0 && i < FLAT_LENGTH) {
        const code = flat[i];
        if (code === WORKING) return true;
        if (code === OFF) return false;
      }
      checkDay(day);
      const table = tableFor(day);
      return table.working[day - table.start] === 1;
    },
    countWorkingDays(afterDay: DayNumber, throughDay: DayNumber): number {
      checkDay(afterDay);
      checkDay(throughDay);
      let n = 0;
      for (let day = afterDay + 1; day <= throughDay; ) {
        const table = tableFor(day);
        const counts = runningCount(table);
        const end = Math.min(throughDay - table.start + 1, table.working.length);
        n += (counts[end] ?? 0) - (counts[day - table.start] ?? 0);
        day = table.start + table.working.length;
      }
      return n;
    },
    scheduleOf(year: number): ScheduleNotice | null {
      return notices.get(year) ?? null;
    },
    describe(day: DayNumber): DayStatus {
      checkDay(day);
      const table = tableFor(day);
      const status = table.statuses[day - table.start];
      if (!status) throw new RangeError(`Day ${day} is outside year ${table.year}`);
      return status;
    },
  };
}
