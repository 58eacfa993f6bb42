// Brings a ledger's schema up to date: every pending migration (those above `PRAGMA user_version`) runs
// in one transaction, so a ledger is always at a version the app knows, never half-migrated. A ledger
// from a newer app is refused, never touched.
import type Database from 'better-sqlite3';
import { LedgerTooNewError } from './errors';
import type { Migration } from './migrations/migration';

export function schemaVersionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function applicationIdOf(db: Database.Database): number {
  return db.pragma('application_id', { simple: true }) as number;
}

function assertWellFormed(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration "${m.name}" has version ${m.version}, expected ${i + 1}`);
  });
}

/** Whether the database has no tables yet (a new file). */
export function isEmptyDatabase(db: Database.Database): boolean {
  return db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").pluck().get() === 0;
}

export interface MigrationResult {
  from: number;
  to: number;
  applied: string[];
}

/**
 * Applies the pending migrations. Throws `LedgerTooNewError` when the file's version is above the last
 * known one. On any failure nothing is applied. Foreign keys are checked before commit. `onStep` hears
 * how many of the pending migrations are done, before each and after the last (a progress bar).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[], onStep?: (done: number, total: number) => void): MigrationResult {
  assertWellFormed(migrations);
  const latest = migrations.length;
  const current = schemaVersionOf(db);
  if (current > latest) throw new LedgerTooNewError(current, latest);
  // Up to date: no write transaction, so opening never waits for (or blocks) another writer.
  if (current === latest) return { from: current, to: current, applied: [] };
  const run = db.transaction((): MigrationResult => {
    const from = schemaVersionOf(db);
    if (from > latest) throw new LedgerTooNewError(from, latest);
    const pending = migrations.slice(from);
    for (const [i, m] of pending.entries()) {
      onStep?.(i, pending.length);
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
    if (pending.length > 0) onStep?.(pending.length, pending.length);
    if (pending.length > 0) {
      const problems = db.pragma('foreign_key_check') as unknown[];
      if (problems.length > 0) throw new Error(`Migration left ${problems.length} foreign key violation(s)`);
    }
    return { from, to: Math.max(from, latest), applied: pending.map((m) => m.name) };
  });
  return run.immediate();
}

