// Import batches: one row per imported ledger file or package, with the file's SHA-256, so a second
// import of the same file can be recognised and each history event can name the batch that made it.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { type AuditContext, stampOf } from './audit';

export type ImportCounts = Record<string, number>;

export interface ImportBatch {
  id: number;
  sha256: string;
  /** `ledger_csv`, `ledger_xlsx`, `package` … */
  kind: string;
  fileName: string;
  at: string;
  actor: string;
  /** new, updated, unchanged, conflicts, rejected … */
  counts: ImportCounts;
}

export interface ImportBatchRepository {
  record(batch: Omit<ImportBatch, 'id' | 'at' | 'actor'>, ctx: AuditContext): ImportBatch;
  /** Earlier imports of the file with this checksum, oldest first. */
  findBySha256(sha256: string): ImportBatch[];
}

interface BatchRow {
  id: number;
  sha256: string;
  kind: string;
  file_name: string;
  at: string;
  actor: string;
  counts: string;
}

const countsSchema = z.record(z.string(), z.number());

const toBatch = (r: BatchRow): ImportBatch => ({
  id: r.id,
  sha256: r.sha256,
  kind: r.kind,
  fileName: r.file_name,
  at: r.at,
  actor: r.actor,
  counts: countsSchema.parse(JSON.parse(r.counts)),
});

export function createImportBatchRepository(db: Database.Database): ImportBatchRepository {
  const insert = db.prepare<[string, string, string, string, string, string], BatchRow>(
    'INSERT INTO import_batches(sha256, kind, file_name, at, actor, counts) VALUES (?, ?, ?, ?, ?, ?) RETURNING *',
  );
  const select = db.prepare<[string], BatchRow>('SELECT * FROM import_batches WHERE sha256 = ? ORDER BY id');
  return {
    record(batch, ctx) {
      const row = insert.get(batch.sha256.toLowerCase(), batch.kind, batch.fileName, stampOf(ctx), ctx.actor, JSON.stringify(batch.counts));
      if (!row) throw new Error('import batch not inserted');
      return toBatch(row);
    },
    findBySha256: (sha256) => select.all(sha256.toLowerCase()).map(toBatch),
  };
}
