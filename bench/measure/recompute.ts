// A day off added to the calendar (a typhoon closure on the first working day after "today"), and taken
// back: the stored due dates of every dossier it moves are recomputed, each with its history event, in
// one transaction (electron/services/due-date-recompute.ts). Measures both directions.
import { nextWorkingDay } from '../../shared/calendar';
import { type DayNumber, isoFromDay } from '../../shared/time/day';
import { recomputeDueDates } from '../../electron/services/due-date-recompute';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { timed } from '../stats';

export interface RecomputeTimes {
  day: string;
  openDossiers: number;
  moved: number;
  addMs: number;
  removeMs: number;
}

export function measureRecompute(session: LedgerSession, asOf: DayNumber): RecomputeTimes {
  const day = isoFromDay(nextWorkingDay(session.calendar(), asOf));
  const ctx = { actor: 'bench' };
  const openDossiers = session.dossiers.count({ status: 'pending' });
  const add = timed(() => {
    session.calendarEdits.add({ date: day, kind: 'off', reason: 'Nghỉ do bão (đo hiệu năng)' }, ctx);
    session.invalidate();
    return recomputeDueDates(session, { cause: 'thay đổi lịch làm việc của cơ quan' });
  });
  const edit = session.calendarEdits.listAll().at(-1);
  if (!edit) throw new Error('the bench calendar edit was not recorded');
  const remove = timed(() => {
    session.calendarEdits.remove(edit.id, ctx);
    session.invalidate();
    return recomputeDueDates(session, { cause: 'thay đổi lịch làm việc của cơ quan' });
  });
  if (remove.value.moved.length !== add.value.moved.length) {
    throw new Error(`taking the day off back moved ${remove.value.moved.length} dossiers, adding it ${add.value.moved.length}`);
  }
  return { day, openDossiers, moved: add.value.moved.length, addMs: add.ms, removeMs: remove.ms };
}
