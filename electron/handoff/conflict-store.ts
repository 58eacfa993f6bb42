// The dossier_conflicts table: both versions of a dossier changed on two desks, kept until a person
// chooses. Rows are never deleted; a conflict is closed once, with the choice made.
import type Database from 'better-sqlite3';
import type { DossierRow } from '../ledger/dossier-row';
import type { PackageEvent } from './dossier-content';

export type ConflictResolution = 'local' | 'incoming' | 'superseded';

export interface StoredConflict {
  id: number;
  dossierId: string;
  code: string;
  /** The ledger's version when the conflict was found. */
  localVersion: number;
  localRow: DossierRow;
  incomingRow: DossierRow;
  incomingEvents: PackageEvent[];
  incomingLineage: string;
  /** Where the other version came from, in words. */
  source: string;
  batchId: number | null;
  detectedAt: string;
  detectedBy: string;
  resolution: ConflictResolution | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export interface NewConflict {
  dossierId: string;
  code: string;
  localRow: DossierRow;
  incomingRow: DossierRow;
  incomingEvents: PackageEvent[];
  incomingLineage: string;
  source: string;
  batchId: number | null;
  at: string;
  actor: string;
}

interface Row {
  id: number;
  dossier_id: string;
  code: string;
  local_version: number;
  local_row: string;
  incoming_row: string;
  incoming_events: string;
  incoming_lineage: string;
  source: string;
  batch_id: number | null;
  detected_at: string;
  detected_by: string;
  resolution: ConflictResolution | null;
  resolved_at: string | null;
  resolved_by: string | null;
}

const toConflict = (r: Row): StoredConflict => ({
  id: r.id,
  dossierId: r.dossier_id,
  code: r.code,
  localVersion: r.local_version,
  localRow: JSON.parse(r.local_row) as DossierRow,
  incomingRow: JSON.parse(r.incoming_row) as DossierRow,
  incomingEvents: JSON.parse(r.incoming_events) as PackageEvent[],
  incomingLineage: r.incoming_lineage,
  source: r.source,
  batchId: r.batch_id,
  detectedAt: r.detected_at,
  detectedBy: r.detected_by,
  resolution: r.resolution,
  resolvedAt: r.resolved_at,
  resolvedBy: r.resolved_by,
});

export interface ConflictStore {
  get(id: number): StoredConflict | null;
  /** The conflict already recorded for this incoming version of the dossier, if any. */
  findByLineage(dossierId: string, lineage: string): StoredConflict | null;
  openFor(dossierId: string): StoredConflict[];
  list(options?: { includeResolved?: boolean }): StoredConflict[];
  insert(conflict: NewConflict): number;
  close(id: number, resolution: ConflictResolution, at: string, actor: string): void;
}

export function createConflictStore(db: Database.Database): ConflictStore {
  const byId = db.prepare<[number], Row>('SELECT * FROM dossier_conflicts WHERE id = ?');
  const byLineage = db.prepare<[string, string], Row>('SELECT * FROM dossier_conflicts WHERE dossier_id = ? AND incoming_lineage = ?');
  const openForDossier = db.prepare<[string], Row>('SELECT * FROM dossier_conflicts WHERE dossier_id = ? AND resolution IS NULL ORDER BY id');
  const openAll = db.prepare<[], Row>('SELECT * FROM dossier_conflicts WHERE resolution IS NULL ORDER BY id');
  const all = db.prepare<[], Row>('SELECT * FROM dossier_conflicts ORDER BY id');
  const insert = db.prepare(
    `INSERT INTO dossier_conflicts(dossier_id, code, local_version, local_row, incoming_row, incoming_events, incoming_lineage, source,
       batch_id, detected_at, detected_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const close = db.prepare<[ConflictResolution, string, string, number]>(
    'UPDATE dossier_conflicts SET resolution = ?, resolved_at = ?, resolved_by = ? WHERE id = ? AND resolution IS NULL',
  );
  return {
    get: (id) => {
      const row = byId.get(id);
      return row ? toConflict(row) : null;
    },
    findByLineage: (dossierId, lineage) => {
      const row = byLineage.get(dossierId, lineage);
      return row ? toConflict(row) : null;
    },
    openFor: (dossierId) => openForDossier.all(dossierId).map(toConflict),
    list: (options = {}) => (options.includeResolved ? all : openAll).all().map(toConflict),
    insert: (c) =>
      Number(
        insert.run(
          c.dossierId,
          c.code,
          c.localRow.version,
          JSON.stringify(c.localRow),
          JSON.stringify(c.incomingRow),
          JSON.stringify(c.incomingEvents),
          c.incomingLineage,
          c.source,
          c.batchId,
          c.at,
          c.actor,
        ).lastInsertRowid,
      ),
    close: (id, resolution, at, actor) => {
      if (close.run(resolution, at, actor, id).changes !== 1) throw new Error(`conflict ${id} is not open`);
    },
  };
}
