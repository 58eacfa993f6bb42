import { describe, expect, it } from 'vitest';
import { createCalendarEditRepository } from '../../electron/ledger/calendar-edit-repository';
import { LedgerValidationError } from '../../electron/ledger/errors';
import { ACTOR, openTempLedger } from './helpers';

describe('calendar edits', () => {
  it('records edits with who and when and lists those in force as calendar entries', () => {
    const edits = createCalendarEditRepository(openTempLedger());
    const typhoon = edits.add({ date: '2024-09-07', kind: 'off', reason: 'Bão Yagi: nghỉ làm việc' }, ACTOR);
    edits.add({ date: '2024-05-04', kind: 'work', reason: 'Làm bù cho thứ Sáu 03/05/2024' }, ACTOR);
    expect(typhoon).toMatchObject({ createdBy: ACTOR.actor, createdAt: '2024-03-07T03:00:00.000Z', removedAt: null });
    expect(edits.listActive()).toEqual([
      { date: '2024-05-04', kind: 'work', reason: 'Làm bù cho thứ Sáu 03/05/2024' },
      { date: '2024-09-07', kind: 'off', reason: 'Bão Yagi: nghỉ làm việc' },
    ]);
  });

  it('removes by marking, never by deleting', () => {
    const db = openTempLedger();
    const edits = createCalendarEditRepository(db);
    const e = edits.add({ date: '2024-09-07', kind: 'off', reason: 'Bão' }, ACTOR);
    const later = { actor: 'Chủ tịch', at: new Date('2024-09-06T01:00:00.000Z') };
    expect(edits.remove(e.id, later)).toBe(true);
    expect(edits.remove(e.id, later)).toBe(false);
    expect(edits.listActive()).toEqual([]);
    expect(edits.listAll()).toEqual([{ ...e, removedAt: '2024-09-06T01:00:00.000Z', removedBy: 'Chủ tịch' }]);
    expect(() => db.prepare('DELETE FROM calendar_edits').run()).toThrow(/Không được xóa hẳn/);
    expect(() => db.prepare("UPDATE calendar_edits SET reason = 'khác'").run()).toThrow(/không sửa được/);
    expect(() => db.prepare('UPDATE calendar_edits SET removed_at = NULL, removed_by = NULL').run()).toThrow(/không sửa được/);
  });

  it('lets a new edit for a date replace the one in force, keeping both on record', () => {
    const edits = createCalendarEditRepository(openTempLedger());
    edits.add({ date: '2024-09-07', kind: 'off', reason: 'Bão' }, ACTOR);
    edits.add({ date: '2024-09-07', kind: 'work', reason: 'Bão đã tan: làm việc bình thường' }, { actor: 'Chủ tịch' });
    expect(edits.listActive()).toEqual([{ date: '2024-09-07', kind: 'work', reason: 'Bão đã tan: làm việc bình thường' }]);
    const all = edits.listAll();
    expect(all).toHaveLength(2);
    expect(all[0]?.removedBy).toBe('Chủ tịch');
  });

  it('refuses impossible dates and empty reasons in Vietnamese', () => {
    const edits = createCalendarEditRepository(openTempLedger());
    expect(() => edits.add({ date: '2024-02-30', kind: 'off', reason: 'x' }, ACTOR)).toThrow(LedgerValidationError);
    expect(() => edits.add({ date: '2024-09-07', kind: 'off', reason: '  ' }, ACTOR)).toThrow(/Hãy ghi lý do/);
  });
});
