// Interconnected ("liên thông") dossiers: to which level or agency each is sent on (migration 020).
import type Database from 'better-sqlite3';
import { type AuditContext, stampOf } from './audit';
import { INTERCONNECTIONS_TABLE } from './migrations/020-provincial-codes';

export interface InterconnectionRepository {
  /** Target by dossier id, for the ids given. */
  targetsOf(ids: readonly string[]): Map<string, string>;
  /** Sets (or, with an empty target, clears) the dossier's interconnection. */
  set(dossierId: string, target: string, ctx: AuditContext): void;
}

export function createInterconnectionRepository(db: Database.Database): InterconnectionRepository {
  const select = db.prepare<[string], { dossier_id: string; target: string }>(
    `SELECT dossier_id, target FROM ${INTERCONNECTIONS_TABLE} WHERE dossier_id IN (SELECT value FROM json_each(?))`,
  );
  const upsert = db.prepare<[string, string, string, string]>(
    `INSERT INTO ${INTERCONNECTIONS_TABLE}(dossier_id, target, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT(dossier_id) DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const remove = db.prepare<[string]>(`DELETE FROM ${INTERCONNECTIONS_TABLE} WHERE dossier_id = ?`);
  return {
    targetsOf: (ids) => new Map(select.all(JSON.stringify(ids)).map((r) => [r.dossier_id, r.target])),
    set: (dossierId, target, ctx) => {
      if (target.trim() === '') remove.run(dossierId);
      else upsert.run(dossierId, target.trim(), stampOf(ctx), ctx.actor);
    },
  };
}
