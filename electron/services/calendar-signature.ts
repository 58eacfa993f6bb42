// A working calendar reduced to the days that differ from the plain week, to remember which calendar the
// stored due dates follow and to find exactly the days a change moves.
import { createHash } from 'node:crypto';
import { CALENDAR_DATA_EDITION, OFFICIAL_NOTICES, OFFICIAL_SCHEDULE } from '../../shared/calendar';
import type { CalendarEntry, DayStatus, ScheduleNotice, WorkingCalendar } from '../../shared/calendar/types';
import { type DayNumber, dayFromYmd, isWeekend, viDate, weekdayNameVi } from '../../shared/time/day';
import type { CalendarSignature } from '../ledger/calendar-applied-repository';

/** The years a signature covers: every ledger's dossiers lie well inside. */
export const SIGNATURE_FIRST_YEAR = 2015;
export const SIGNATURE_LAST_YEAR = 2035;

export interface CalendarInputs {
  officeEdits: readonly CalendarEntry[];
  officeNotices: readonly ScheduleNotice[];
}

/** Fingerprint of everything that builds the office's calendar: cheap, so every start can compare it. */
export function calendarInputsFingerprint(inputs: CalendarInputs): string {
  return createHash('sha256')
    .update(JSON.stringify({ edition: CALENDAR_DATA_EDITION, schedule: OFFICIAL_SCHEDULE, notices: OFFICIAL_NOTICES, ...inputs }))
    .digest('hex');
}

// A calendar is wholly determined by its inputs, so the signature of one fingerprint is computed once per
// process (a receiving office opens many ledgers with the same calendar).
const byFingerprint = new Map<string, CalendarSignature>();

/** The signature of the calendar built from inputs with this fingerprint. */
export function signatureFor(fingerprint: string, build: () => WorkingCalendar): CalendarSignature {
  let signature = byFingerprint.get(fingerprint);
  if (!signature) {
    signature = signatureOf(build(), fingerprint);
    if (byFingerprint.size > 32) byFingerprint.clear();
    byFingerprint.set(fingerprint, signature);
  }
  return signature;
}

export function signatureOf(calendar: WorkingCalendar, inputs: string, fromYear = SIGNATURE_FIRST_YEAR, toYear = SIGNATURE_LAST_YEAR): CalendarSignature {
  const off: number[] = [];
  const work: number[] = [];
  for (let day = dayFromYmd(fromYear, 1, 1); day < dayFromYmd(toYear + 1, 1, 1); day += 1) {
    const working = calendar.isWorkingDay(day);
    if (isWeekend(day) && working) work.push(day);
    else if (!isWeekend(day) && !working) off.push(day);
  }
  return { inputs, fromYear, toYear, off, work };
}

/**
 * The calendar a signature describes, inside its years; outside them (and for the reasons of days) it
 * reads `rest`. Only the working status is known: reasons say "theo lịch trước khi cập nhật".
 */
export function calendarOfSignature(signature: CalendarSignature, rest: WorkingCalendar): WorkingCalendar {
  const first = dayFromYmd(signature.fromYear, 1, 1);
  const end = dayFromYmd(signature.toYear + 1, 1, 1);
  const off = new Set(signature.off);
  const work = new Set(signature.work);
  const inside = (day: DayNumber) => day >= first && day < end;
  const isWorkingDay = (day: DayNumber) => (inside(day) ? (isWeekend(day) ? work.has(day) : !off.has(day)) : rest.isWorkingDay(day));
  return {
    isWorkingDay,
    describe(day: DayNumber): DayStatus {
      if (!inside(day)) return rest.describe(day);
      const working = isWorkingDay(day);
      const weekend = isWeekend(day);
      const plain = working !== weekend;
      return {
        day,
        working,
        source: plain ? (weekend ? 'weekend' : 'weekday') : 'office_edit',
        reason: plain ? (weekend ? weekdayNameVi(day) : 'Ngày làm việc') : working ? 'Ngày làm việc (theo lịch trước khi cập nhật)' : 'Ngày nghỉ (theo lịch trước khi cập nhật)',
        basis: null,
      };
    },
  };
}

export interface ChangedDay {
  day: DayNumber;
  /** Working on the new calendar. */
  working: boolean;
  reason: string;
}

/** The days, inside the years of both signatures, whose working status differs; reasons from `current`. */
export function changedDays(previous: CalendarSignature, next: CalendarSignature, current: WorkingCalendar): ChangedDay[] {
  const from = Math.max(previous.fromYear, next.fromYear);
  const to = Math.min(previous.toYear, next.toYear);
  const first = dayFromYmd(from, 1, 1);
  const end = dayFromYmd(to + 1, 1, 1);
  const inside = (d: number) => d >= first && d < end;
  const flipped = new Set<number>();
  for (const list of [previous.off, previous.work, next.off, next.work]) {
    for (const d of list) {
      if (!inside(d)) continue;
      if (flipped.has(d)) flipped.delete(d);
      else flipped.add(d);
    }
  }
  // A day listed once (in one signature only) changed; listed twice (both off, or both work) did not.
  return [...flipped].sort((a, b) => a - b).map((day) => ({ day, working: current.isWorkingDay(day), reason: current.describe(day).reason }));
}

/** "24/11/2026 thành ngày nghỉ (Ngày Văn hóa Việt Nam); 22/08/2026 thành ngày làm việc (…) và 3 ngày khác". */
export function describeChangesVi(changes: readonly ChangedDay[], shown = 3): string {
  const parts = changes
    .slice(0, shown)
    .map((c) => `${viDate(c.day)} thành ${c.working ? 'ngày làm việc' : 'ngày nghỉ'} (${c.reason})`);
  const more = changes.length > shown ? ` và ${changes.length - shown} ngày khác` : '';
  return `${parts.join('; ')}${more}`;
}
