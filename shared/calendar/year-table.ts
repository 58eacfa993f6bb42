// One solar year of the working calendar, with every layer applied (rules.md §1, later layers win):
// weekday/weekend → Labour Code (+ compensatory days) and Ngày Văn hóa → official schedule → office edits.
import { type DayNumber, dayFromIso, dayFromYmd, isWeekend, weekdayNameVi } from '../time/day';
import { cultureDay, CULTURE_DAY_BASIS_VI } from './culture-day';
import { labourCodeHolidays } from './labour-code';
import type { CalendarEntry, DaySource, DayStatus, HolidayKey } from './types';

/** A calendar entry with its date parsed. */
export interface DatedEntry {
  day: DayNumber;
  kind: 'off' | 'work';
  reason: string;
  holiday: HolidayKey | undefined;
  source: string | undefined;
}

export interface YearTable {
  year: number;
  /** Day number of 1 January. */
  start: DayNumber;
  /** 1 = working day, 0 = day off; index = day − start. */
  working: Uint8Array;
  /** Frozen statuses; index = day − start. */
  statuses: readonly DayStatus[];
}

export const WORKING_DAY_REASON = 'Ngày làm việc';
export const LABOUR_CODE_BASIS_VI = 'Bộ luật Lao động 2019, Điều 112';
export const COMPENSATORY_BASIS_VI = 'Bộ luật Lao động 2019, Điều 111.3';
export const OFFICE_EDIT_BASIS_VI = 'Thay đổi của cơ quan';
const OFFICIAL_BASIS_VI = 'Lịch nghỉ chính thức của năm';

/** The holiday an official 'off' entry places: its tag, else read from the usual reason wording. */
export function entryHoliday(entry: CalendarEntry): HolidayKey | undefined {
  if (entry.holiday !== undefined) return entry.holiday;
  if (entry.kind !== 'off') return undefined;
  if (entry.reason.startsWith('Tết Nguyên đán')) return 'lunar_new_year';
  if (entry.reason.startsWith('Quốc khánh')) return 'national_day';
  return undefined;
}

/** Parses entries (RangeError on an invalid date) and groups them by solar year, keeping their order. */
export function entriesByYear(entries: readonly CalendarEntry[]): Map<number, DatedEntry[]> {
  const byYear = new Map<number, DatedEntry[]>();
  for (const entry of entries) {
    const day = dayFromIso(entry.date);
    const year = Number(entry.date.slice(0, 4));
    const dated: DatedEntry = { day, kind: entry.kind, reason: entry.reason, holiday: entryHoliday(entry), source: entry.source };
    const list = byYear.get(year);
    if (list) list.push(dated);
    else byYear.set(year, [dated]);
  }
  return byYear;
}

function status(day: DayNumber, working: boolean, source: DaySource, reason: string, basis: string | null = null): DayStatus {
  return Object.freeze({ day, working, source, reason, basis });
}

/**
 * Builds the year. `official` and `office` are that year's entries (by date); within a layer a later entry
 * for the same day wins. An official 'off' entry placing a holiday drops the Labour-Code placement of that
 * holiday (and its compensatory days) for the year.
 */
export function buildYearTable(year: number, official: readonly DatedEntry[], office: readonly DatedEntry[], withCultureDay = true): YearTable {
  const start = dayFromYmd(year, 1, 1);
  const length = dayFromYmd(year + 1, 1, 1) - start;
  const statuses: DayStatus[] = [];
  for (let i = 0; i < length; i += 1) {
    const day = start + i;
    statuses.push(isWeekend(day) ? status(day, false, 'weekend', weekdayNameVi(day)) : status(day, true, 'weekday', WORKING_DAY_REASON));
  }

  const replaced = new Set<HolidayKey>();
  for (const entry of official) if (entry.kind === 'off' && entry.holiday !== undefined) replaced.add(entry.holiday);
  for (const h of labourCodeHolidays(year, { replaced })) {
    statuses[h.day - start] = status(h.day, false, h.source, h.reason, h.source === 'labour_code' ? LABOUR_CODE_BASIS_VI : COMPENSATORY_BASIS_VI);
  }
  const culture = withCultureDay ? cultureDay(year) : null;
  if (culture) statuses[culture.day - start] = status(culture.day, false, 'culture_day', culture.reason, CULTURE_DAY_BASIS_VI);
  for (const entry of official) {
    statuses[entry.day - start] = status(entry.day, entry.kind === 'work', 'official_schedule', entry.reason, entry.source ?? OFFICIAL_BASIS_VI);
  }
  for (const entry of office) {
    statuses[entry.day - start] = status(entry.day, entry.kind === 'work', 'office_edit', entry.reason, entry.source ?? OFFICE_EDIT_BASIS_VI);
  }

  const working = new Uint8Array(length);
  statuses.forEach((s, i) => {
    working[i] = s.working ? 1 : 0;
  });
  return { year, start, working, statuses };
}
