import { describe, expect, it } from 'vitest';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { createHistoryRepository } from '../../electron/ledger/history-repository';
import { ACTOR, configureDesk, openTempLedger, sampleDossier } from './helpers';

describe('dossier history', () => {
  function ledgerWithHistory() {
    const db = openTempLedger();
    configureDesk(db);
    const repo = createDossierRepository(db);
    const d = repo.insert(sampleDossier(), ACTOR);
    repo.update(d.id, { lateCause: 'Chờ xác minh' }, ACTOR);
    return { db, id: d.id };
  }

  it('refuses UPDATE of a history event', () => {
    const { db, id } = ledgerWithHistory();
    expect(() => db.prepare("UPDATE dossier_history SET actor = 'kẻ gian' WHERE dossier_id = ?").run(id)).toThrow(
      'Lịch sử hồ sơ chỉ được ghi thêm: không được sửa.',
    );
    expect(() => db.prepare('UPDATE dossier_history SET changes = ?').run('{}')).toThrow(/chỉ được ghi thêm/);
  });

  it('refuses DELETE of a history event', () => {
    const { db, id } = ledgerWithHistory();
    expect(() => db.prepare('DELETE FROM dossier_history WHERE dossier_id = ?').run(id)).toThrow(
      'Lịch sử hồ sơ chỉ được ghi thêm: không được xóa.',
    );
    expect(() => db.exec('DELETE FROM dossier_history')).toThrow(/không được xóa/);
    expect(createHistoryRepository(db).listForDossier(id).map((e) => e.version)).toEqual([1, 2]);
  });

  it('keeps a dossier that has history from being deleted', () => {
    const { db, id } = ledgerWithHistory();
    expect(() => db.prepare('DELETE FROM dossiers WHERE id = ?').run(id)).toThrow(/Không được xóa hồ sơ/);
  });

  it('allows one event per dossier version', () => {
    const { db, id } = ledgerWithHistory();
    const history = createHistoryRepository(db);
    expect(() =>
      history.append({ dossierId: id, version: 2, at: '2024-03-07T03:00:00.000Z', actor: 'x', action: 'update', changes: {}, batchId: null }),
    ).toThrow(/UNIQUE|không được ghi đè/);
  });
});
