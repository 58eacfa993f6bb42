// Writes the new dossiers of an import batch, each with its first history event (import-event.ts), all or
// nothing: in a savepoint of the caller's transaction (the import's one transaction, which also records
// the batch), so a failure leaves nothing of them behind even if the caller carried on.
//
// Rows go in by groups, one multi-row INSERT per group (and one for their events), not one statement per
// dossier: every statement on the dossiers table opens a statement savepoint (its triggers may abort), and
// at each savepoint the full-text index writes its pending terms to disk as a new segment, to be merged
// later. One statement per dossier made a segment per dossier; one per group keeps the terms in memory
// for the whole group. The statements are prepared once per group size and reused. Every trigger of the
// schema runs as for any insert (search index, no silent replace, corrections of signed periods).
import type Database from 'better-sqlite3';
import { parseDossierCode } from '../../shared/dossier/dossier-code';
import { type AuditContext, stampOf } from './audit';
import { newDossierId } from './dossier-id';
import type { NewDossier } from './dossier-record';
import { DOSSIER_COLUMNS, type DossierChanges, toRow } from './dossier-row';
import { DuplicateDossierCodeError } from './errors';
import { importEventChanges } from './import-event';
import { newDossierRecord } from './new-dossier';

/** At most this many dossiers per statement (39 values each, under SQLite's 32,766 bound values). */
export const MAX_ROWS_PER_STATEMENT = 500;
/** An import is written in at least this many groups (when it has that many dossiers), so progress shows. */
const MIN_GROUPS = 16;

export interface ImportedNewDossier {
  dossier: Omit<NewDossier, 'id'> & { code: string };
  /** The record's line in the file. */
  line: number;
  /** Facts of the first event that are not columns (the "liên thông" target of a province's list). */
  details?: DossierChanges;
}

export interface ImportWriteContext extends AuditContext {
  batchId: number;
  fileName: string;
  /** Called after each group is written (still inside the transaction) with the number written so far. */
  onProgress?: (written: number) => void;
}

export interface DossierImportWriter {
  /**
   * Logs the dossiers with new ids, each with an `import` event of the batch; returns the ids in order.
   * Throws DuplicateDossierCodeError, having written none of them, when a code is already in the ledger
   * (or twice in `items`).
   */
  insertNew(items: readonly ImportedNewDossier[], ctx: ImportWriteContext): string[];
}

type Value = string | number | null;

const groupSize = (total: number) => Math.min(MAX_ROWS_PER_STATEMENT, Math.max(1, Math.ceil(total / MIN_GROUPS)));

export function createDossierImportWriter(db: Database.Database): DossierImportWriter {
  const rowValues = `(${DOSSIER_COLUMNS.map(() => '?').join(', ')})`;
  const eventValues = "(?, 1, ?, ?, 'import', ?, ?)";
  const rowStatements = new Map<number, Database.Statement<[Value[]]>>();
  const eventStatements = new Map<number, Database.Statement<[Value[]]>>();
  const existingCode = db.prepare<[string], string>('SELECT code FROM dossiers WHERE code IN (SELECT value FROM json_each(?)) LIMIT 1').pluck();

  function statement(cache: Map<number, Database.Statement<[Value[]]>>, sql: (n: number) => string, n: number): Database.Statement<[Value[]]> {
    let prepared = cache.get(n);
    if (!prepared) {
      prepared = db.prepare<[Value[]]>(sql(n));
      cache.set(n, prepared);
    }
    return prepared;
  }
  const insertRows = (n: number) =>
    statement(rowStatements, (k) => `INSERT INTO dossiers(${DOSSIER_COLUMNS.join(', ')}) VALUES ${Array<string>(k).fill(rowValues).join(', ')}`, n);
  const insertEvents = (n: number) =>
    statement(eventStatements, (k) => `INSERT INTO dossier_history(dossier_id, version, at, actor, action, changes, batch_id) VALUES ${Array<string>(k).fill(eventValues).join(', ')}`, n);

  function assertNewCodes(items: readonly ImportedNewDossier[]): void {
    const seen = new Set<string>();
    for (const { dossier } of items) {
      if (seen.has(dossier.code)) throw new DuplicateDossierCodeError(dossier.code);
      seen.add(dossier.code);
    }
  }

  /** The rows failed: a code already in the ledger (written since the plan) gets its own message. */
  function explain(error: unknown, codes: readonly string[]): never {
    const taken = existingCode.get(JSON.stringify(codes));
    if (taken !== undefined) throw new DuplicateDossierCodeError(taken);
    throw error;
  }

  const insertAll = db.transaction((items: readonly ImportedNewDossier[], ctx: ImportWriteContext): string[] => {
    const at = stampOf(ctx);
    const size = groupSize(items.length);
    const ids: string[] = [];
    for (let start = 0; start < items.length; start += size) {
      const group = items.slice(start, start + size);
      const rows: Value[] = [];
      const events: Value[] = [];
      for (const { dossier, line, details } of group) {
        const id = newDossierId();
        const desk = dossier.desk ?? parseDossierCode(dossier.code)?.desk ?? null;
        const row = toRow(newDossierRecord(dossier, id, dossier.code, desk, at, ctx.actor));
        for (const column of DOSSIER_COLUMNS) rows.push(row[column]);
        events.push(id, at, ctx.actor, JSON.stringify({ ...importEventChanges(row, { fileName: ctx.fileName, line }), ...details }), ctx.batchId);
        ids.push(id);
      }
      try {
        insertRows(group.length).run(rows);
      } catch (error) {
        explain(error, group.map((g) => g.dossier.code));
      }
      insertEvents(group.length).run(events);
      ctx.onProgress?.(ids.length);
    }
    return ids;
  });

  return {
    insertNew(items, ctx) {
      assertNewCodes(items);
      return insertAll(items, ctx);
    },
  };
}
