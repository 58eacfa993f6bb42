// The import's bulk writer: new dossiers with time-ordered ids, each with one compact `import` event of
// the batch (file, line, the values a person recognises), every trigger of the schema run, nothing
// written when a code is taken, always inside the caller's transaction.
import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../electron/api/presenters/timeline';
import { type ImportedNewDossier, createDossierImportWriter } from '../../electron/ledger/dossier-import-writer';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { DuplicateDossierCodeError } from '../../electron/ledger/errors';
import { createHistoryRepository } from '../../electron/ledger/history-repository';
import { createImportBatchRepository } from '../../electron/ledger/import-batch-repository';
import type { LedgerDatabase } from '../../electron/ledger/open-ledger';
import { dayFromIso, isoFromDay } from '../../shared/time/day';
import { ACTOR, openTempLedger, sampleDossier } from './helpers';
import { recount, storedCounts } from './month-counts';

function items(n: number, prefix = '000.00.21.H58'): ImportedNewDossier[] {
  return Array.from({ length: n }, (_, i) => {
    const date = isoFromDay(dayFromIso('2023-01-02') + (i % 400));
    return {
      dossier: { ...sampleDossier(date, 8 * 60 + (i % 500)), code: `${prefix}-${date.slice(2).replace(/-/g, '')}-${String(2001 + i)}`, applicantName: `Lê Thị ${i}` },
      line: i + 2,
    };
  });
}

function setup() {
  const db = openTempLedger();
  const batch = createImportBatchRepository(db).record({ sha256: 'b'.repeat(64), kind: 'ledger_csv', fileName: 'so-cu.csv', counts: {} }, ACTOR);
  return { db, batchId: batch.id, writer: createDossierImportWriter(db), repo: createDossierRepository(db), history: createHistoryRepository(db) };
}

const write = (db: LedgerDatabase, run: () => string[]) => db.transaction(run).immediate();

describe('dossier import writer', () => {
  it('logs every dossier with a time-ordered id and one compact import event of the batch', () => {
    const { db, batchId, writer, repo, history } = setup();
    const input = items(1_234);
    const progress: number[] = [];
    const ids = write(db, () => writer.insertNew(input, { ...ACTOR, batchId, fileName: 'so-cu.csv', onProgress: (n) => progress.push(n) }));
    expect(ids).toHaveLength(1_234);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress[progress.length - 1]).toBe(1_234);

    const first = repo.getById(ids[0] ?? '');
    expect(first).toMatchObject({ code: input[0]?.dossier.code, version: 1, desk: 2, applicantName: 'Lê Thị 0', createdBy: ACTOR.actor });
    const events = history.listForDossier(ids[7] ?? '');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ version: 1, action: 'import', batchId, actor: ACTOR.actor, at: '2024-03-07T03:00:00.000Z' });
    expect(events[0]?.changes).toEqual({
      import_file: [null, 'so-cu.csv'],
      import_line: [null, 9],
      code: [null, input[7]?.dossier.code],
      procedure_name: [null, 'Đăng ký khai sinh'],
      channel: [null, 'truc_tiep'],
      received_at: [null, '2023-01-09 08:07'],
      base_due_day: [null, dayFromIso('2023-01-09')],
      applicant_name: [null, 'Lê Thị 7'],
    });
    expect(timelineOf(events)[0]?.details).toEqual(
      expect.arrayContaining(['Tệp nhập: so-cu.csv', 'Dòng trong tệp: 9', 'Người nộp: Lê Thị 7']),
    );
    const perBatch = db.prepare('SELECT count(*) FROM dossier_history WHERE batch_id = ? AND version = 1').pluck().get(batchId);
    expect(perBatch).toBe(1_234);
  });

  it('runs the triggers of every insert: search index and month counts', () => {
    const { db, batchId, writer, repo } = setup();
    write(db, () => writer.insertNew(items(30), { ...ACTOR, batchId, fileName: 'so-cu.csv' }));
    expect(repo.searchDossiers('le thi 17').map((d) => d.applicantName)).toContain('Lê Thị 17');
    expect(storedCounts(db)).toEqual(recount(db));
  });

  it('refuses a code already in the ledger or twice in the file; the transaction then writes nothing', () => {
    const { db, batchId, writer, repo } = setup();
    const input = items(40);
    repo.insert({ ...input[25]!.dossier }, ACTOR);
    const count = () => db.prepare('SELECT count(*) FROM dossiers').pluck().get();
    expect(() => write(db, () => writer.insertNew(input, { ...ACTOR, batchId, fileName: 'so-cu.csv' }))).toThrow(DuplicateDossierCodeError);
    expect(() => write(db, () => writer.insertNew(input, { ...ACTOR, batchId, fileName: 'so-cu.csv' }))).toThrow(input[25]!.dossier.code);
    expect(count()).toBe(1);
    const twice = [...items(3, 'MOI'), ...items(1, 'MOI')];
    expect(() => write(db, () => writer.insertNew(twice, { ...ACTOR, batchId, fileName: 'so-cu.csv' }))).toThrow(DuplicateDossierCodeError);
    expect(count()).toBe(1);
  });

  it('leaves nothing of a failed write behind, even when the surrounding transaction goes on', () => {
    const { db, batchId, writer, repo } = setup();
    const input = items(1_200);
    repo.insert({ ...input[1_100]!.dossier }, ACTOR); // in the third group: two groups are in before it fails
    const count = () => db.prepare('SELECT count(*) FROM dossiers').pluck().get();
    const events = () => db.prepare('SELECT count(*) FROM dossier_history').pluck().get();
    db.transaction(() => {
      expect(() => writer.insertNew(input, { ...ACTOR, batchId, fileName: 'so-cu.csv' })).toThrow(DuplicateDossierCodeError);
      expect(count()).toBe(1);
    }).immediate();
    expect(count()).toBe(1);
    expect(events()).toBe(1);
    expect(storedCounts(db)).toEqual(recount(db));
    expect(repo.searchDossiers('le thi 5')).toEqual([]);
  });
});
