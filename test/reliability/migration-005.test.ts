// Migration 005: operators and the chairman's PIN, and the history closed to INSERT OR REPLACE (which
// removes the row it collides with without firing DELETE triggers — the gap it closes is shown at 004).
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, createDossierRepository, openLedger } from '../../electron/ledger';
import { configureDesk, sampleDossier, tempFile, track } from '../ledger/helpers';
import { ACTOR } from './helpers';

const FORGE =
  "INSERT OR REPLACE INTO dossier_history(seq, dossier_id, version, at, actor, action, changes) SELECT seq, dossier_id, version, at, 'giả mạo', action, '{}' FROM dossier_history WHERE seq = 1";

function ledgerAt4(): { file: string; id: string } {
  const file = tempFile();
  const db = openLedger(file, { migrations: MIGRATIONS.slice(0, 4) });
  configureDesk(db);
  const id = createDossierRepository(db).insert(sampleDossier(), ACTOR).id;
  db.close();
  return { file, id };
}

describe('migration 005', () => {
  it('is the fifth migration and upgrades a ledger at 004 keeping its dossiers', () => {
    expect(MIGRATIONS[4]?.version).toBe(5);
    const { file, id } = ledgerAt4();
    const db = track(openLedger(file));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['operators', 'chairman_pins']));
    expect(createDossierRepository(db).getById(id)?.applicantName).toBe('Nguyễn Văn A');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('closes the INSERT OR REPLACE gap of the append-only history', () => {
    const before = ledgerAt4();
    const at4 = track(openLedger(before.file, { migrations: MIGRATIONS.slice(0, 4) }));
    at4.exec(FORGE);
    expect(at4.prepare('SELECT actor FROM dossier_history WHERE seq = 1').pluck().get()).toBe('giả mạo');
    at4.close();

    const after = ledgerAt4();
    const at5 = track(openLedger(after.file));
    expect(() => at5.exec(FORGE)).toThrow('Lịch sử hồ sơ chỉ được ghi thêm: đã có sự kiện này, không được ghi đè.');
    expect(at5.prepare('SELECT actor FROM dossier_history WHERE seq = 1').pluck().get()).toBe(ACTOR.actor);
  });
});
