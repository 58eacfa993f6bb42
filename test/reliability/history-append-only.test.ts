// The dossier history cannot be changed after the fact, whoever asks: the app's own connection, a
// second plain connection to the file (no pragmas, foreign keys off), inside a transaction, or with
// INSERT OR REPLACE / UPSERT, which would otherwise remove a row without firing DELETE triggers.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDossierRepository, openLedger } from '../../electron/ledger';
import { track } from '../ledger/helpers';
import { ACTOR, ledgerWith } from './helpers';

interface Event {
  seq: number;
  dossier_id: string;
  version: number;
  at: string;
  actor: string;
  action: string;
  changes: string;
}

function ledgerWithHistory(): { file: string; before: Event[] } {
  const file = ledgerWith(3);
  const db = openLedger(file);
  const repo = createDossierRepository(db);
  const first = db.prepare('SELECT id FROM dossiers ORDER BY row_id LIMIT 1').pluck().get() as string;
  repo.update(first, { lateCause: 'Chờ xác minh' }, ACTOR);
  db.close();
  return { file, before: snapshot(file) };
}

function snapshot(file: string): Event[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], Event>('SELECT seq, dossier_id, version, at, actor, action, changes FROM dossier_history ORDER BY seq').all();
  } finally {
    db.close();
  }
}

const ATTACKS: Array<[string, string]> = [
  ['UPDATE of one event', "UPDATE dossier_history SET actor = 'người khác' WHERE seq = 1"],
  ['UPDATE of every event', "UPDATE dossier_history SET changes = '{}'"],
  ['UPDATE OR REPLACE', "UPDATE OR REPLACE dossier_history SET version = 1 WHERE seq = 4"],
  ['DELETE of one event', 'DELETE FROM dossier_history WHERE seq = 2'],
  ['DELETE of the whole table', 'DELETE FROM dossier_history'],
  [
    'INSERT OR REPLACE on the same seq',
    "INSERT OR REPLACE INTO dossier_history(seq, dossier_id, version, at, actor, action, changes) SELECT seq, dossier_id, version, at, 'giả mạo', action, '{}' FROM dossier_history WHERE seq = 1",
  ],
  [
    'REPLACE on the same dossier and version',
    "REPLACE INTO dossier_history(dossier_id, version, at, actor, action, changes) SELECT dossier_id, version, at, 'giả mạo', action, '{}' FROM dossier_history WHERE seq = 1",
  ],
  [
    'UPSERT',
    "INSERT INTO dossier_history(seq, dossier_id, version, at, actor, action, changes) SELECT seq, dossier_id, version, at, actor, action, changes FROM dossier_history WHERE seq = 1 ON CONFLICT(seq) DO UPDATE SET actor = 'giả mạo'",
  ],
];

describe('the dossier history is append-only', () => {
  for (const [name, sql] of ATTACKS) {
    it(`refuses ${name}, through the app's connection and through a second plain connection`, () => {
      const { file, before } = ledgerWithHistory();
      expect(before).toHaveLength(4);
      const app = track(openLedger(file));
      expect(() => app.exec(sql)).toThrow(/Lịch sử hồ sơ chỉ được ghi thêm/);
      // another program on the same file, with foreign keys off
      const second = track(new Database(file));
      second.pragma('foreign_keys = OFF');
      expect(() => second.exec(sql)).toThrow(/Lịch sử hồ sơ chỉ được ghi thêm/);
      expect(() => second.transaction(() => second.exec(sql))()).toThrow(/Lịch sử hồ sơ chỉ được ghi thêm/);
      app.close();
      second.close();
      expect(snapshot(file)).toEqual(before);
    });
  }

  it('still takes new events: appending is what it is for', () => {
    const { file, before } = ledgerWithHistory();
    const db = track(openLedger(file));
    const id = before[0]!.dossier_id;
    createDossierRepository(db).update(id, { lateCause: 'Đã xác minh' }, ACTOR);
    db.close();
    const after = snapshot(file);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.at(-1)).toMatchObject({ dossier_id: id, version: 3, action: 'update' });
  });
});
