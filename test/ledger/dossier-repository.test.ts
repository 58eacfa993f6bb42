import { describe, expect, it } from 'vitest';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import type { DossierRecord } from '../../electron/ledger/dossier-record';
import { DossierNotFoundError, DossierVersionConflictError, DuplicateDossierCodeError } from '../../electron/ledger/errors';
import { createHistoryRepository } from '../../electron/ledger/history-repository';
import { createImportBatchRepository } from '../../electron/ledger/import-batch-repository';
import { dayFromIso } from '../../shared/time/day';
import { ACTOR, configureDesk, openTempLedger, sampleDossier } from './helpers';

const d = dayFromIso;

function setup() {
  const db = openTempLedger();
  configureDesk(db, 'H40.05', 1);
  return { db, repo: createDossierRepository(db), history: createHistoryRepository(db) };
}

describe('dossier repository: insert and update', () => {
  it('logs a dossier with a UUID, version 1, the desk code and a create event', () => {
    const { repo, history } = setup();
    const rec = repo.insert(sampleDossier('2024-03-07', 9 * 60 + 5), ACTOR);
    expect(rec.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(rec.code).toBe('H40.05-240307-1001');
    expect(rec.version).toBe(1);
    expect(rec.desk).toBe(1);
    expect(rec.dueDay).toBe(d('2024-03-07'));
    expect(rec.createdAt).toBe('2024-03-07T03:00:00.000Z');
    expect(repo.getById(rec.id)).toEqual(rec);
    expect(repo.getByCode(rec.code)).toEqual(rec);

    const events = history.listForDossier(rec.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ version: 1, action: 'create', actor: ACTOR.actor, at: '2024-03-07T03:00:00.000Z', batchId: null });
    expect(events[0]?.changes).toMatchObject({
      code: [null, 'H40.05-240307-1001'],
      received_at: [null, '2024-03-07 09:05'],
      applicant_name: [null, 'Nguyễn Văn A'],
    });
    expect(events[0]?.changes).not.toHaveProperty('late_cause'); // empty values are not listed
  });

  it('stores and reads back every fact', () => {
    const { repo } = setup();
    const full = sampleDossier('2024-03-04', 14 * 60, {
      code: 'H40.05-240304-1007',
      channel: 'truc_tuyen_toan_trinh',
      rule: { timeValue: 5, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 10 },
      baseDueDay: d('2024-03-11'),
      dueDay: d('2024-03-14'),
      supplements: [{ requestedOn: d('2024-03-06'), returnedOn: d('2024-03-11') }],
      endedOn: d('2024-03-15'),
      ending: 'giai_quyet',
      returnedOn: d('2024-03-18'),
      extension: { newDueDay: d('2024-03-20'), apologyOn: d('2024-03-13') },
      lateCause: 'Chờ xác minh ở xã khác',
      digitisedDossier: true,
      digitisedResult: true,
      storedResult: true,
      paidOnline: true,
      fee: 50_000,
      rating: 'hai_long',
      documents: [{ name: 'Tờ khai đăng ký khai sinh', form: 'Bản chính', quantity: 1 }],
      note: 'Ghi chú',
    });
    const rec = repo.insert(full, ACTOR);
    const back = repo.getById(rec.id) as DossierRecord;
    expect(back).toEqual(rec);
    expect(back).toMatchObject({ ...full, desk: 1, version: 1 });
  });

  it('updates with a diff, a version bump and a history event in one go', () => {
    const { repo, history } = setup();
    const rec = repo.insert(sampleDossier(), ACTOR);
    const later = { actor: 'Chủ tịch', at: new Date('2024-03-08T02:00:00.000Z') };
    const updated = repo.update(rec.id, { endedOn: d('2024-03-07'), ending: 'giai_quyet', phone: '0987654321' }, later);
    expect(updated.version).toBe(2);
    expect(updated.updatedBy).toBe('Chủ tịch');
    expect(updated.updatedAt).toBe('2024-03-08T02:00:00.000Z');
    expect(updated.createdAt).toBe(rec.createdAt);
    expect(repo.getById(rec.id)).toEqual(updated);

    const events = history.listForDossier(rec.id);
    expect(events.map((e) => [e.version, e.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
    ]);
    expect(events[1]?.changes).toEqual({
      ended_day: [null, d('2024-03-07')],
      ending: [null, 'giai_quyet'],
      phone: ['0912 345 678', '0987654321'],
    });

    const paused = repo.update(rec.id, { supplements: [{ requestedOn: d('2024-03-08'), returnedOn: null }], dueDay: null }, { ...later, action: 'supplement_requested' });
    expect(paused.version).toBe(3);
    expect(history.listForDossier(rec.id)[2]).toMatchObject({
      action: 'supplement_requested',
      changes: { supplements: [[], [{ requestedOn: d('2024-03-08'), returnedOn: null }]], due_day: [d('2024-03-07'), null] },
    });
  });

  it('changes nothing when the patch repeats the stored values', () => {
    const { repo, history } = setup();
    const rec = repo.insert(sampleDossier(), ACTOR);
    const same = repo.update(rec.id, { applicantName: 'Nguyễn Văn A', supplements: [], fee: 0, lateCause: undefined }, ACTOR);
    expect(same).toEqual(rec);
    expect(history.listForDossier(rec.id)).toHaveLength(1);
  });

  it('refuses a change based on an old version', () => {
    const { repo } = setup();
    const rec = repo.insert(sampleDossier(), ACTOR);
    repo.update(rec.id, { note: 'bàn 1' }, { ...ACTOR, expectedVersion: 1 });
    expect(() => repo.update(rec.id, { note: 'bàn 2' }, { ...ACTOR, expectedVersion: 1 })).toThrow(DossierVersionConflictError);
    expect(() => repo.update(rec.id, { note: 'bàn 2' }, { ...ACTOR, expectedVersion: 1 })).toThrow(/phiên bản 2/);
    expect(repo.getById(rec.id)?.note).toBe('bàn 1');
  });

  it('refuses duplicate codes and unknown ids in Vietnamese', () => {
    const { repo } = setup();
    const a = repo.insert(sampleDossier('2024-03-07', 600, { code: 'CU-001' }), ACTOR);
    expect(() => repo.insert(sampleDossier('2024-03-07', 600, { code: 'CU-001' }), ACTOR)).toThrow(DuplicateDossierCodeError);
    const b = repo.insert(sampleDossier(), ACTOR);
    expect(() => repo.update(b.id, { code: a.code }, ACTOR)).toThrow(/Mã hồ sơ CU-001 đã có/);
    expect(() => repo.update('00000000-0000-4000-8000-000000000000', { note: 'x' }, ACTOR)).toThrow(DossierNotFoundError);
    expect(a.desk).toBeNull(); // a code outside the desk scheme says nothing about the desk
  });

  it('keeps a given id (a dossier coming from another ledger) and records the import batch', () => {
    const { db, repo, history } = setup();
    const batch = createImportBatchRepository(db).record({ sha256: 'a'.repeat(64), kind: 'ledger_csv', fileName: 'so.csv', counts: { new: 1 } }, ACTOR);
    const id = '3f1c2b8e-5d4a-4c3b-9a2e-1f0e9d8c7b6a';
    const rec = repo.insert(sampleDossier('2024-03-07', 600, { id, code: 'H40.05-240307-2001' }), { ...ACTOR, action: 'import', batchId: batch.id });
    expect(rec.id).toBe(id);
    expect(rec.desk).toBe(2);
    expect(history.listForDossier(id)[0]).toMatchObject({ action: 'import', batchId: batch.id });
    expect(createImportBatchRepository(db).findBySha256('A'.repeat(64))).toHaveLength(1);
  });

  it('makes every direct UPDATE of a dossier bump the version', () => {
    const { db, repo } = setup();
    const rec = repo.insert(sampleDossier(), ACTOR);
    expect(() => db.prepare("UPDATE dossiers SET note = 'x' WHERE id = ?").run(rec.id)).toThrow(/tăng số phiên bản/);
    expect(() => db.prepare("UPDATE dossiers SET id = '00000000-0000-4000-8000-000000000000', version = 9 WHERE id = ?").run(rec.id)).toThrow(
      /mã định danh/,
    );
  });

  it('checks the stored facts: received day matches the received date-time', () => {
    const { db, repo } = setup();
    const rec = repo.insert(sampleDossier(), ACTOR);
    expect(() => db.prepare('UPDATE dossiers SET received_day = received_day + 1, version = version + 1 WHERE id = ?').run(rec.id)).toThrow(/CHECK/);
  });
});

describe('dossier repository: ledger page and report rows', () => {
  function ledger() {
    const s = setup();
    const { repo } = s;
    const days = ['2024-01-02', '2024-01-15', '2024-02-20', '2024-03-01', '2024-03-14', '2024-03-15', '2024-04-02'];
    const made = days.flatMap((date, i) => [
      repo.insert(sampleDossier(date, 8 * 60 + i, { field: 'Hộ tịch', channel: 'truc_tiep' }), ACTOR),
      repo.insert(
        sampleDossier(date, 14 * 60 + i, {
          field: 'Chứng thực',
          channel: 'truc_tuyen_toan_trinh',
          procedureCode: '2.000815',
          procedureName: 'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
        }),
        ACTOR,
      ),
    ]);
    return { ...s, made };
  }

  it('pages newest first with a keyset cursor, without gaps or repeats', () => {
    const { repo, made } = ledger();
    const seen: string[] = [];
    let page = repo.listPage({ limit: 3 });
    for (;;) {
      seen.push(...page.items.map((i) => i.code));
      if (!page.next) break;
      page = repo.listPage({ limit: 3, after: page.next });
    }
    const expected = [...made]
      .sort((a, b) => b.receivedAt.day - a.receivedAt.day || b.receivedAt.minute - a.receivedAt.minute)
      .map((m) => m.code);
    expect(seen).toEqual(expected);
    expect(repo.count()).toBe(made.length);
  });

  it('filters by field, channel, received range, status and overdue day', () => {
    const { repo, made } = ledger();
    expect(repo.listPage({ filter: { field: 'Chứng thực' } }).items.every((i) => i.field === 'Chứng thực')).toBe(true);
    expect(repo.count({ field: 'Chứng thực' })).toBe(7);
    expect(repo.count({ channel: 'truc_tiep', field: 'Chứng thực' })).toBe(0);
    expect(repo.count({ receivedFrom: d('2024-01-15'), receivedTo: d('2024-03-14') })).toBe(8);

    const first = made[0] as DossierRecord;
    repo.update(first.id, { endedOn: d('2024-01-02'), ending: 'giai_quyet' }, ACTOR);
    const second = made[1] as DossierRecord;
    repo.update(second.id, { returnedOn: d('2024-01-03') }, ACTOR);
    const waiting = made[2] as DossierRecord;
    repo.update(waiting.id, { supplements: [{ requestedOn: d('2024-01-16'), returnedOn: null }], dueDay: null }, ACTOR);
    expect(repo.count({ status: 'ended' })).toBe(2);
    expect(repo.count({ status: 'pending' })).toBe(12);
    expect(repo.listPage({ filter: { status: 'awaiting_supplement' } }).items.map((i) => [i.id, i.awaitingSupplement])).toEqual([[waiting.id, true]]);

    // at the end of 14/03/2024: pending dossiers due before that day (same-day rule: due on reception)
    const overdue = repo.listPage({ filter: { overdueAt: d('2024-03-14') } }).items;
    expect(overdue.map((i) => i.receivedAt.day).sort()).toEqual(
      [d('2024-01-15'), d('2024-02-20'), d('2024-02-20'), d('2024-03-01'), d('2024-03-01')].sort(),
    );
    // a dossier ended after the day still counts as overdue at that day
    repo.update((made[6] as DossierRecord).id, { endedOn: d('2024-03-20'), ending: 'giai_quyet' }, ACTOR);
    expect(repo.count({ overdueAt: d('2024-03-14') })).toBe(5);
    expect(repo.count({ overdueAt: d('2024-03-14'), field: 'Hộ tịch' })).toBe(2);
  });

  it('lists the alerts: pending dossiers due by a day, soonest first', () => {
    const { repo, made } = ledger();
    const [a, b, c] = made as [DossierRecord, DossierRecord, DossierRecord];
    repo.update(a.id, { endedOn: d('2024-01-02'), ending: 'giai_quyet' }, ACTOR);
    repo.update(c.id, { supplements: [{ requestedOn: d('2024-01-16'), returnedOn: null }], dueDay: null }, ACTOR);
    const due = repo.listDueBy(d('2024-02-20'));
    expect(due.map((i) => i.dueDay)).toEqual([d('2024-01-02'), d('2024-01-15'), d('2024-02-20'), d('2024-02-20')]);
    expect(due[0]?.id).toBe(b.id);
    expect(repo.listDueBy(d('2024-02-20'), 1)).toHaveLength(1);
  });

  it('uses an index for the order of every page (no sort of the whole ledger)', () => {
    const { db } = ledger();
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
    const order = 'ORDER BY d.received_at DESC, d.row_id DESC LIMIT 51';
    expect(plan(`SELECT * FROM dossiers d ${order}`)).not.toMatch(/TEMP B-TREE/);
    expect(plan(`SELECT * FROM dossiers d WHERE (d.received_at, d.row_id) < ('2024-03-01 08:00', 5) ${order}`)).toMatch(/SEARCH d USING INDEX dossiers_received_at/);
    expect(plan(`SELECT * FROM dossiers d WHERE d.field = 'Hộ tịch' ${order}`)).not.toMatch(/TEMP B-TREE/);
    expect(plan(`SELECT * FROM dossiers d WHERE d.channel = 'buu_chinh' ${order}`)).not.toMatch(/TEMP B-TREE/);
    expect(plan(`SELECT * FROM dossiers d INDEXED BY dossiers_end_received_at WHERE d.end_key = 2147483647 ${order}`)).not.toMatch(/TEMP B-TREE/);
    expect(plan('SELECT * FROM dossiers d WHERE d.ended_day IS NULL AND d.returned_day IS NULL AND d.due_day <= 19800 ORDER BY d.due_day')).toMatch(
      /dossiers_pending_due/,
    );
  });

  it('gives the report the dossiers received by its last day and not ended before its first, without personal data', () => {
    const { repo, made } = ledger();
    const [jan2a, jan2b, jan15a] = made as [DossierRecord, DossierRecord, DossierRecord];
    repo.update(jan2a.id, { endedOn: d('2024-01-02'), ending: 'giai_quyet' }, ACTOR); // ended before the period
    repo.update(jan2b.id, { returnedOn: d('2024-01-15') }, ACTOR); // only the return day: ended on the first day
    repo.update(jan15a.id, { endedOn: d('2024-01-14'), ending: 'rut' }, ACTOR); // received in, ended before: impossible in reality, still excluded

    const rows = repo.rowsForReport(d('2024-01-15'), d('2024-03-14'));
    const codes = rows.map((r) => r.code);
    expect(codes).toContain(jan2b.code);
    expect(codes).not.toContain(jan2a.code);
    expect(codes).not.toContain(jan15a.code);
    expect(rows.every((r) => r.receivedAt.day <= d('2024-03-14'))).toBe(true);
    expect(rows).toHaveLength(1 + 1 + 2 + 2 + 2); // jan2b, jan15b, feb20 ×2, mar01 ×2, mar14 ×2
    expect(rows.map((r) => r.receivedAt.day)).toEqual([...rows.map((r) => r.receivedAt.day)].sort((a, b) => a - b));
    for (const row of rows) {
      for (const key of ['applicantName', 'idNumber', 'phone', 'address', 'note', 'documents']) expect(row).not.toHaveProperty(key);
      expect(row).toHaveProperty('dueDay');
      expect(row).toHaveProperty('rule');
    }
  });
});
