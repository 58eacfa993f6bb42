// A day off added or taken back (issue 14 §1): the edit and the due dates it moves are written by the
// worker in one transaction, as the one writer — other writes are answered "busy" meanwhile, reads keep
// answering — and the calendar this thread keeps is read again afterwards.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runInWorker } from '../../electron/workers/run-task';
import { dossierInput, testApi } from './helpers';

const DOSSIERS = 120;

describe('a change of the office calendar in the worker', () => {
  it('moves every due date it changes while the screen keeps reading; writes wait for it', async () => {
    const t = await testApi('2026-12-01 10:00');
    const ids: string[] = [];
    for (let i = 0; i < DOSSIERS; i++) ids.push((await t.call('dossier.create', dossierInput(`Người nộp ${i}`, '2026-12-01 09:00', '1.004873'))).id);
    expect((await t.call('dossier.get', { id: ids[0]! })).due).toBe('2026-12-04');

    const jobId = randomUUID();
    const order: string[] = [];
    const adding = t.api.dispatch('calendar.addEdit', { date: '2026-12-03', kind: 'off', reason: 'Nghỉ do bão số 15', jobId }).then((r) => (order.push('calendar.addEdit'), r));
    const write = await t.api.dispatch('dossier.create', dossierInput('Trần Văn Bình', '2026-12-01 09:30', '1.004873'));
    expect(write).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringContaining('đang tính lại hạn trả theo lịch làm việc vừa sửa') } });
    expect(await t.call('dossier.count', { filter: {} })).toEqual({ count: DOSSIERS });
    order.push('dossier.count');
    const added = await adding;
    expect(order).toEqual(['dossier.count', 'calendar.addEdit']);
    expect(added).toMatchObject({ ok: true, value: { recompute: { moved: DOSSIERS, corrections: 0, summary: [`04/12/2026 → 07/12/2026: ${DOSSIERS} hồ sơ`] } } });
    expect(await t.call('job.status', { jobId })).toMatchObject({ state: 'done' });

    // Written by the worker, seen here: the dates, the calendar, and a new reception counted by it.
    expect((await t.call('dossier.get', { id: ids[DOSSIERS - 1]! })).due).toBe('2026-12-07');
    expect((await t.call('calendar.year', { year: 2026 })).specialDays.find((d) => d.date === '2026-12-03')).toMatchObject({ working: false, reason: 'Nghỉ do bão số 15' });
    expect((await t.call('deadline.preview', { procedureCode: '1.004873', receivedAt: '2026-12-01 09:30' })).due).toBe('2026-12-07');
    const after = await t.call('dossier.create', dossierInput('Trần Văn Bình', '2026-12-01 09:30', '1.004873'));
    expect(after.due).toBe('2026-12-07');

    if (!added.ok) return;
    const removed = await t.call('calendar.removeEdit', { id: (added.value as { edit: { id: number } }).edit.id, jobId: randomUUID() });
    expect(removed).toMatchObject({ removed: true, recompute: { moved: DOSSIERS + 1 } });
    expect((await t.call('dossier.get', { id: ids[0]! })).due).toBe('2026-12-04');
  });

  it('tells the progress bar how many dossiers it has looked at', async () => {
    const t = await testApi('2026-12-01 10:00');
    for (let i = 0; i < 3; i++) await t.call('dossier.create', dossierInput(`Người nộp ${i}`, '2026-12-01 09:00', '1.004873'));
    const seen: string[] = [];
    const change = { kind: 'add', entry: { date: '2026-12-03', kind: 'off', reason: 'Nghỉ do bão số 15' } } as const;
    const outcome = await runInWorker({ kind: 'calendar-change', ledgerFile: t.file, actor: 'kiểm thử', change, at: Date.now() }, { onProgress: (p) => seen.push(p.label) });
    expect(outcome.recompute.moved).toHaveLength(3);
    expect(seen).toEqual(['Đang ghi vào sổ', 'Đang tính lại hạn trả của hồ sơ 0/3']);
  });
});
