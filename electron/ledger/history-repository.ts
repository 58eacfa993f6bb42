// The dossier history: one event per version, append-only (triggers refuse UPDATE and DELETE).
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { DossierChanges } from './dossier-row';
import type { JsonValue } from './json';

/** What happened: `create`, `update`, `import`, … (free text, English, for code to branch on). */
export type HistoryAction = string;

export interface HistoryEvent {
  seq: number;
  dossierId: string;
  version: number;
  /** ISO 8601 UTC. */
  at: string;
  actor: string;
  action: HistoryAction;
  /** { column: [before, after] } for the content columns that changed. */
  changes: DossierChanges;
  /** The import batch that made the change, if any. */
  batchId: number | null;
}

export type NewHistoryEvent = Omit<HistoryEvent, 'seq'>;

export interface HistoryRepository {
  append(event: NewHistoryEvent): number;
  /** A dossier's events, oldest first. */
  listForDossier(dossierId: string): HistoryEvent[];
}

interface HistoryRow {
  seq: number;
  dossier_id: string;
  version: number;
  at: string;
  actor: string;
  action: string;
  changes: string;
  batch_id: number | null;
}

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);
const changesSchema = z.record(z.string(), z.tuple([jsonValue, jsonValue]));

export function createHistoryRepository(db: Database.Database): HistoryRepository {
  const insert = db.prepare<[string, number, string, string, string, string, number | null]>(
    'INSERT INTO dossier_history(dossier_id, version, at, actor, action, changes, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const select = db.prepare<[string], HistoryRow>('SELECT * FROM dossier_history WHERE dossier_id = ? ORDER BY seq');

  return {
    append(e) {
      const info = insert.run(e.dossierId, e.version, e.at, e.actor, e.action, JSON.stringify(e.changes), e.batchId);
      return Number(info.lastInsertRowid);
    },
    listForDossier(dossierId) {
      return select.all(dossierId).map((r) => ({
        seq: r.seq,
        dossierId: r.dossier_id,
        version: r.version,
        at: r.at,
        actor: r.actor,
        action: r.action,
        changes: changesSchema.parse(JSON.parse(r.changes)),
        batchId: r.batch_id,
      }));
    },
  };
}
