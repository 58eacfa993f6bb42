// Stored due dates follow the calendar. When the calendar changes (an office edit, a rules update from
// the province, a new app version with new data), the due dates it moves are recomputed:
// - open dossiers: always (alerts and the ledger list read the stored date);
// - ended dossiers: when they ended in a period not yet signed (the report judges them against the due
//   date the law gives, not the one printed before the correction);
// - ended dossiers whose ending lies in a signed period keep their dates: that figure was reported;
// - a dossier counted in a signed period that moves is recorded as a correction of that period by the
//   ledger's triggers (migration 003), listed on the next report: never a silent change.
// A due date given at reception is recomputed only when it is the engine's (it equals the date the
// previous calendar gives); one written by hand or imported from a file is kept, and only the pauses are
// recounted. Every move is one history event saying from which date to which, and why.
import { buildWorkingCalendar, firstEditionOptions } from '../../shared/calendar';
import type { WorkingCalendar } from '../../shared/calendar/types';
import { computeDueDate } from '../../shared/deadline/due-date';
import { effectiveDueDate } from '../../shared/deadline/pauses';
import { type DayNumber, viDate } from '../../shared/time/day';
import { type CalendarSignature, createCalendarAppliedRepository } from '../ledger/calendar-applied-repository';
import { OPEN_END_KEY } from '../ledger/migrations/001-initial';
import { type ChangedDay, calendarInputsFingerprint, calendarOfSignature, changedDays, describeChangesVi, signatureFor, signatureOf } from './calendar-signature';
import type { LedgerSession } from './ledger-session';

/** How often (in dossiers looked at) a recompute tells how far it is. */
const PROGRESS_EVERY = 200;

/** The history action of a recomputed due date (its title on the timeline: presenters/timeline.ts). */
export const RECOMPUTE_ACTION = 'recompute_due';

export interface MovedDossier {
  id: string;
  code: string;
  oldBaseDue: DayNumber;
  newBaseDue: DayNumber;
  oldDue: DayNumber | null;
  newDue: DayNumber | null;
  ended: boolean;
  /** Counted in a signed period: the move is recorded there as a correction. */
  correction: boolean;
}

export interface RecomputeResult {
  changedDays: ChangedDay[];
  moved: MovedDossier[];
  /** Ended dossiers whose ending lies in a signed period: their dates are kept. */
  keptSigned: number;
}

export interface RecomputeOptions {
  /** Why the calendar changed, in Vietnamese: "cập nhật lịch nghỉ của cơ quan", "gói cập nhật quy định từ tỉnh"… */
  cause: string;
  at?: Date;
  /** Compute what would move, write nothing. */
  dryRun?: boolean;
  /**
   * The calendar the stored dates follow; default: the one recorded in the ledger (the first data
   * edition on a ledger that recorded none). A rules update previews its changes by passing the
   * session's calendar as it stands and `next` as the one to move to.
   */
  previous?: WorkingCalendar;
  next?: WorkingCalendar;
  /** How many of the dossiers the change may move have been looked at (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

interface CandidateRow {
  id: string;
  in_signoff: number;
}

function fingerprintOf(session: LedgerSession): string {
  return calendarInputsFingerprint({ officeEdits: session.calendarEdits.listActive(), officeNotices: session.calendarNotices.listActive() });
}

/** What the stored dates follow: the recorded signature, else (a ledger of version 0.1) the first data edition with the office's edits. */
function previousSignature(session: LedgerSession, stored: CalendarSignature | null): CalendarSignature {
  if (stored) return stored;
  const edits = session.calendarEdits.listActive();
  return signatureFor(`edition-1:${JSON.stringify(edits)}`, () => buildWorkingCalendar({ ...firstEditionOptions(), officeEdits: edits }));
}

const dayOrWaiting = (day: DayNumber | null) => (day === null ? 'chờ bổ sung' : viDate(day));

/** The changed days a dossier's count went over (from reception to the later of its old and new dates). */
function changesCounted(changes: readonly ChangedDay[], receivedDay: DayNumber, moved: MovedDossier): ChangedDay[] {
  const last = Math.max(moved.oldBaseDue, moved.newBaseDue, moved.oldDue ?? 0, moved.newDue ?? 0);
  const counted = changes.filter((c) => c.day >= receivedDay && c.day <= last);
  return counted.length > 0 ? counted : [...changes];
}

/**
 * Moves the stored due dates from the previous calendar to the session's current one (or `next`), in
 * one transaction, and records the calendar they now follow.
 */
export function recomputeDueDates(session: LedgerSession, options: RecomputeOptions): RecomputeResult {
  const { db } = session;
  const applied = createCalendarAppliedRepository(db);
  const current = options.next ?? session.calendar();
  const fingerprint = fingerprintOf(session);
  const currentSignature = options.next ? signatureOf(current, '') : signatureFor(fingerprint, () => current);
  const beforeSignature = options.previous ? signatureOf(options.previous, '') : previousSignature(session, applied.get());
  const before = options.previous ?? calendarOfSignature(beforeSignature, current);
  const changes = changedDays(beforeSignature, currentSignature, current);
  const audit = { actor: session.actor, ...(options.at ? { at: options.at } : {}) };
  const result: RecomputeResult = { changedDays: changes, moved: [], keptSigned: 0 };

  const run = db.transaction(() => {
    if (changes.length > 0) {
      const first = changes[0]?.day ?? 0;
      const last = changes[changes.length - 1]?.day ?? 0;
      const signedEnd = `d.end_key < ${OPEN_END_KEY} AND EXISTS (SELECT 1 FROM period_signoffs s WHERE d.end_key BETWEEN s.from_day AND s.to_day)`;
      const window = `d.received_day <= @last AND MAX(d.base_due_day, COALESCE(d.due_day, ${OPEN_END_KEY})) >= @first`;
      result.keptSigned =
        db.prepare<{ first: number; last: number }, { n: number }>(`SELECT count(*) AS n FROM dossiers d WHERE ${window} AND ${signedEnd}`).get({ first, last })?.n ?? 0;
      const candidates = db
        .prepare<{ first: number; last: number }, CandidateRow>(
          `SELECT d.id, EXISTS (SELECT 1 FROM signoff_dossiers x WHERE x.dossier_id = d.id) AS in_signoff
           FROM dossiers d WHERE ${window} AND NOT (${signedEnd}) ORDER BY d.row_id`,
        )
        .all({ first, last });
      const hours = session.policy().officeHours;
      const report = options.onProgress ?? (() => {});
      for (const [index, candidate] of candidates.entries()) {
        if (index % PROGRESS_EVERY === 0) report(index, candidates.length);
        const record = session.dossiers.getById(candidate.id);
        if (!record) continue;
        const engineMade = computeDueDate(record.rule, record.receivedAt, before, hours).day === record.baseDueDay;
        const newBaseDue = engineMade ? computeDueDate(record.rule, record.receivedAt, current, hours).day : record.baseDueDay;
        const newDue = effectiveDueDate(newBaseDue, record.rule, record.supplements, current, session.policy()).day;
        if (newBaseDue === record.baseDueDay && newDue === record.dueDay) continue;
        const moved: MovedDossier = {
          id: record.id,
          code: record.code,
          oldBaseDue: record.baseDueDay,
          newBaseDue,
          oldDue: record.dueDay,
          newDue,
          ended: record.endedOn !== null || record.returnedOn !== null,
          correction: candidate.in_signoff === 1,
        };
        result.moved.push(moved);
        if (options.dryRun) continue;
        const reason = `Hạn trả đổi từ ${dayOrWaiting(moved.oldDue)} sang ${dayOrWaiting(moved.newDue)} do ${options.cause}: ${describeChangesVi(changesCounted(changes, record.receivedAt.day, moved))}`;
        session.dossiers.update(record.id, { baseDueDay: newBaseDue, dueDay: newDue }, { ...audit, action: RECOMPUTE_ACTION, details: { reason: [null, reason] } });
      }
    }
    if (!options.dryRun && !options.next) applied.set(currentSignature, audit);
  });
  run.immediate();
  return result;
}

/**
 * At start-up and before a command works on the ledger: when the calendar changed since the stored due
 * dates were computed (new app data, an edit made by an older version), moves them. Null when nothing
 * changed; the check itself only reads (a fingerprint of the calendar's inputs).
 */
export function followCalendar(session: LedgerSession, at?: Date): RecomputeResult | null {
  if (!calendarFollowPending(session)) return null;
  return recomputeDueDates(session, { cause: 'cập nhật lịch nghỉ', ...(at ? { at } : {}) });
}

/** Whether the calendar changed since the stored due dates were computed (followCalendar would move them). */
export function calendarFollowPending(session: LedgerSession): boolean {
  return createCalendarAppliedRepository(session.db).get()?.inputs !== fingerprintOf(session);
}

/** One line per move of the due dates: "26/11/2026 → 27/11/2026: 3 hồ sơ". */
export function summariseMovesVi(moved: readonly MovedDossier[]): string[] {
  const groups = new Map<string, number>();
  for (const m of moved) {
    const key = `${dayOrWaiting(m.oldDue)} → ${dayOrWaiting(m.newDue)}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, n]) => `${key}: ${n} hồ sơ`);
}
