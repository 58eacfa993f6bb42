// The notices of a year's civil-service schedule that the office entered from the paper notice, or that a
// rules update from the province brought: a year with one is no longer provisional. Kept with who and
// when; removing one only marks it removed; a year has at most one notice in force.
import type Database from 'better-sqlite3';
import type { ScheduleNotice } from '../../shared/calendar/types';
import { type AuditContext, stampOf } from './audit';
import { LedgerValidationError } from './errors';

export interface CalendarNoticeRecord extends ScheduleNotice {
  id: number;
  createdAt: string;
  createdBy: string;
  removedAt: string | null;
  removedBy: string | null;
}

export interface CalendarNoticeRepository {
  /** Records the notice of a year; a notice already in force for that year is marked removed by the same person. */
  add(notice: ScheduleNotice, ctx: AuditContext): CalendarNoticeRecord;
  remove(id: number, ctx: AuditContext): boolean;
  listActive(): ScheduleNotice[];
  listAll(): CalendarNoticeRecord[];
}

interface NoticeRow {
  id: number;
  year: number;
  source: string;
  created_at: string;
  created_by: string;
  removed_at: string | null;
  removed_by: string | null;
}

const toRecord = (r: NoticeRow): CalendarNoticeRecord => ({
  id: r.id,
  year: r.year,
  source: r.source,
  createdAt: r.created_at,
  createdBy: r.created_by,
  removedAt: r.removed_at,
  removedBy: r.removed_by,
});

export function createCalendarNoticeRepository(db: Database.Database): CalendarNoticeRepository {
  const insert = db.prepare<[number, string, string, string], NoticeRow>(
    'INSERT INTO calendar_notices(year, source, created_at, created_by) VALUES (?, ?, ?, ?) RETURNING *',
  );
  const removeById = db.prepare<[string, string, number]>('UPDATE calendar_notices SET removed_at = ?, removed_by = ? WHERE id = ? AND removed_at IS NULL');
  const removeByYear = db.prepare<[string, string, number]>('UPDATE calendar_notices SET removed_at = ?, removed_by = ? WHERE year = ? AND removed_at IS NULL');
  const selectActive = db.prepare<[], ScheduleNotice>('SELECT year, source FROM calendar_notices WHERE removed_at IS NULL ORDER BY year');
  const selectAll = db.prepare<[], NoticeRow>('SELECT * FROM calendar_notices ORDER BY id');

  const addTx = db.transaction((notice: ScheduleNotice, at: string, actor: string): CalendarNoticeRecord => {
    removeByYear.run(at, actor, notice.year);
    const row = insert.get(notice.year, notice.source.trim(), at, actor);
    if (!row) throw new Error('calendar notice not inserted');
    return toRecord(row);
  });

  return {
    add(notice, ctx) {
      if (!Number.isInteger(notice.year) || notice.year < 2000 || notice.year > 2099) {
        throw new LedgerValidationError(`Năm "${notice.year}" của thông báo lịch nghỉ không hợp lệ (2000–2099).`);
      }
      if (notice.source.trim() === '') throw new LedgerValidationError('Hãy ghi số, ngày của thông báo lịch nghỉ.');
      return addTx.immediate(notice, stampOf(ctx), ctx.actor);
    },
    remove: (id, ctx) => removeById.run(stampOf(ctx), ctx.actor, id).changes > 0,
    listActive: () => selectActive.all(),
    listAll: () => selectAll.all().map(toRecord),
  };
}
