// The office's own calendar edits (rules.md §1, layer 3): a typhoon closure, a newly announced swap.
// Every edit is kept with who made it and when; removing one only marks it removed. A date has at most
// one edit in force: a new edit for the same date replaces (marks removed) the previous one.
import type Database from 'better-sqlite3';
import type { CalendarEntry } from '../../shared/calendar/types';
import { type IsoDate, parseIsoDate } from '../../shared/time/day';
import { type AuditContext, stampOf } from './audit';
import { LedgerValidationError } from './errors';

export interface CalendarEditRecord extends CalendarEntry {
  id: number;
  createdAt: string;
  createdBy: string;
  removedAt: string | null;
  removedBy: string | null;
}

export interface CalendarEditRepository {
  /** Records an edit; an edit already in force for that date is marked removed by the same person. */
  add(entry: CalendarEntry, ctx: AuditContext): CalendarEditRecord;
  /** Marks the edit removed; false when it does not exist or was already removed. */
  remove(id: number, ctx: AuditContext): boolean;
  /** The edits in force, by date, as the calendar layer takes them. */
  listActive(): CalendarEntry[];
  /** Every edit ever made, removed ones included, in the order they were made. */
  listAll(): CalendarEditRecord[];
}

interface EditRow {
  id: number;
  date: IsoDate;
  kind: 'off' | 'work';
  reason: string;
  created_at: string;
  created_by: string;
  removed_at: string | null;
  removed_by: string | null;
}

const toRecord = (r: EditRow): CalendarEditRecord => ({
  id: r.id,
  date: r.date,
  kind: r.kind,
  reason: r.reason,
  createdAt: r.created_at,
  createdBy: r.created_by,
  removedAt: r.removed_at,
  removedBy: r.removed_by,
});

export function createCalendarEditRepository(db: Database.Database): CalendarEditRepository {
  const insert = db.prepare<[string, string, string, string, string], EditRow>(
    'INSERT INTO calendar_edits(date, kind, reason, created_at, created_by) VALUES (?, ?, ?, ?, ?) RETURNING *',
  );
  const removeById = db.prepare<[string, string, number]>('UPDATE calendar_edits SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL');
  const removeByDate = db.prepare<[string, string, string]>(
    'UPDATE calendar_edits SET removed_at = ?, removed_by = ? WHERE date = ? AND removed_at IS NULL',
  );
  const selectActive = db.prepare<[], CalendarEntry>('SELECT date, kind, reason FROM calendar_edits WHERE removed_at IS NULL ORDER BY date');
  const selectAll = db.prepare<[], EditRow>('SELECT * FROM calendar_edits ORDER BY id');

  const addTx = db.transaction((entry: CalendarEntry, at: string, actor: string): CalendarEditRecord => {
    removeByDate.run(at, actor, entry.date);
    const row = insert.get(entry.date, entry.kind, entry.reason.trim(), at, actor);
    if (!row) throw new Error('calendar edit not inserted');
    return toRecord(row);
  });

  function add(entry: CalendarEntry, ctx: AuditContext): CalendarEditRecord {
    if (parseIsoDate(entry.date) === null) throw new LedgerValidationError(`Ngày "${entry.date}" không hợp lệ (YYYY-MM-DD).`);
    if (entry.kind !== 'off' && entry.kind !== 'work') throw new LedgerValidationError('Loại thay đổi lịch phải là ngày nghỉ hoặc ngày làm việc.');
    if (entry.reason.trim() === '') throw new LedgerValidationError('Hãy ghi lý do thay đổi lịch làm việc.');
    return addTx.immediate(entry, stampOf(ctx), ctx.actor);
  }

  return {
    add,
    remove: (id, ctx) => removeById.run(stampOf(ctx), ctx.actor, id).changes > 0,
    listActive: () => selectActive.all(),
    listAll: () => selectAll.all().map(toRecord),
  };
}
