// Changing the office's calendar: an edit added or taken back, then the stored due dates it moves
// (due-date-recompute.ts), in one transaction; a dry run shows what would move and writes nothing.
// One use case for the screen and the command line.
import type { CalendarEntry } from '../../shared/calendar/types';
import type { CalendarEditRecord } from '../ledger';
import { type RecomputeResult, recomputeDueDates } from './due-date-recompute';
import type { LedgerSession } from './ledger-session';

export const OFFICE_EDIT_CAUSE = 'thay đổi lịch làm việc của cơ quan';

export type CalendarChange = { kind: 'add'; entry: CalendarEntry } | { kind: 'remove'; id: number };

export interface CalendarChangeResult {
  /** The edit added (null for a removal, or when the dry run rolled it back). */
  edit: CalendarEditRecord | null;
  removed: boolean;
  recompute: RecomputeResult;
}

class DryRunRollback extends Error {}

export interface CalendarChangeOptions {
  at?: Date;
  dryRun?: boolean;
  /** How many of the dossiers the change may move have been looked at (due-date-recompute). */
  onProgress?: (done: number, total: number) => void;
}

export function changeCalendar(session: LedgerSession, change: CalendarChange, options: CalendarChangeOptions = {}): CalendarChangeResult {
  const audit = { actor: session.actor, ...(options.at ? { at: options.at } : {}) };
  let outcome: CalendarChangeResult | null = null;
  const apply = session.db.transaction(() => {
    const edit = change.kind === 'add' ? session.calendarEdits.add(change.entry, audit) : null;
    const removed = change.kind === 'remove' ? session.calendarEdits.remove(change.id, audit) : false;
    session.invalidate();
    const recompute = recomputeDueDates(session, {
      cause: OFFICE_EDIT_CAUSE,
      ...audit,
      ...(options.dryRun ? { dryRun: true } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    outcome = { edit: options.dryRun ? null : edit, removed, recompute };
    if (options.dryRun) throw new DryRunRollback();
  });
  try {
    apply.immediate();
  } catch (error) {
    if (!(error instanceof DryRunRollback)) throw error;
  } finally {
    session.invalidate();
  }
  if (!outcome) throw new Error('calendar change produced no outcome');
  return outcome;
}
