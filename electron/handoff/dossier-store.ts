// Reading and writing dossier rows and history events exactly as another ledger stored them: a merged or
// restored dossier keeps its id, its content and each event's when, who, what and recorded change. The
// ledger's own triggers still run (search index, version growth, corrections of signed periods).
import type Database from 'better-sqlite3';
import type { DossierRow } from '../ledger/dossier-row';
import { presentDossierColumns } from '../ledger/present-columns';
import type { PackageEvent } from './dossier-content';
import type { EventContent } from './lineage';

export interface DossierStore {
  row(id: string): DossierRow | undefined;
  rowByCode(code: string): DossierRow | undefined;
  /** The dossier's history, oldest first. */
  events(id: string): PackageEvent[];
  insertRow(row: DossierRow): void;
  /** Replaces every column of the row; refuses when the stored version is not `expectedVersion`. */
  replaceRow(row: DossierRow, expectedVersion: number): void;
  appendEvent(dossierId: string, event: EventContent, version: number, batchId: number | null): number;
  /** Appends a restored event with its original sequence number and batch. */
  restoreEvent(dossierId: string, event: PackageEvent): void;
}

export function createDossierStore(db: Database.Database): DossierStore {
  const present = presentDossierColumns(db);
  const columns = present.join(', ');
  const byId = db.prepare<[string], DossierRow>(`SELECT ${columns} FROM dossiers WHERE id = ?`);
  const byCode = db.prepare<[string], DossierRow>(`SELECT ${columns} FROM dossiers WHERE code = ?`);
  const history = db.prepare<[string], PackageEvent>(
    'SELECT seq, version, at, actor, action, changes, batch_id FROM dossier_history WHERE dossier_id = ? ORDER BY version',
  );
  const insert = db.prepare<DossierRow>(`INSERT INTO dossiers(${columns}) VALUES (${present.map((c) => `@${c}`).join(', ')})`);
  const replace = db.prepare<DossierRow & { expected_version: number }>(
    `UPDATE dossiers SET ${present.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')}
     WHERE id = @id AND version = @expected_version`,
  );
  const append = db.prepare<[string, number, string, string, string, string, number | null]>(
    'INSERT INTO dossier_history(dossier_id, version, at, actor, action, changes, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const restore = db.prepare<[number, string, number, string, string, string, string, number | null]>(
    'INSERT INTO dossier_history(seq, dossier_id, version, at, actor, action, changes, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );

  return {
    row: (id) => byId.get(id),
    rowByCode: (code) => byCode.get(code),
    events: (id) => history.all(id),
    insertRow: (row) => {
      insert.run(row);
    },
    replaceRow(row, expectedVersion) {
      const info = replace.run({ ...row, expected_version: expectedVersion });
      if (info.changes !== 1) throw new Error(`dossier ${row.code} was not at version ${expectedVersion}`);
    },
    appendEvent: (dossierId, e, version, batchId) =>
      Number(append.run(dossierId, version, e.at, e.actor, e.action, e.changes, batchId).lastInsertRowid),
    restoreEvent: (dossierId, e) => {
      restore.run(e.seq, dossierId, e.version, e.at, e.actor, e.action, e.changes, e.batch_id);
    },
  };
}
