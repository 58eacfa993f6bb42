// Restoring a backup taken before a sign-off must not drop the sign-off (issue 15 §2): the period could
// then be signed again with other figures and no correction recorded. Before a restore, the signed periods
// of the current ledger that the backup lacks are found; the restore says so and needs the chairman's PIN;
// then each is carried over into the restored ledger with its frozen figures, signer and instant, and the
// dossiers it counted that the backup still has (those logged after the backup must be entered again, and
// are then recorded as corrections of the signed period by the ledger's triggers).
import type Database from 'better-sqlite3';
import { openDatabase } from '../ledger/database';
import type { LedgerDatabase } from '../ledger';
import type { SignoffRow } from '../ledger/signoff-repository';

export interface SignedPeriodToCarry {
  row: Omit<SignoffRow, 'id'>;
  /** dossier id → the version the sign-off counted. */
  counted: Array<{ dossierId: string; version: number }>;
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function signedKeys(db: Database.Database): Set<string> {
  return new Set(hasTable(db, 'period_signoffs') ? (db.prepare('SELECT period_key FROM period_signoffs').pluck().all() as string[]) : []);
}

/** The signed periods of `ledgerFile` that `backupFile` does not have; [] when the ledger cannot be read. */
export function signedPeriodsMissingFrom(ledgerFile: string, backupFile: string): SignedPeriodToCarry[] {
  let current: Database.Database;
  try {
    current = openDatabase(ledgerFile, { readonly: true, fileMustExist: true });
  } catch {
    return [];
  }
  const backup = openDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    if (!hasTable(current, 'period_signoffs')) return [];
    const kept = signedKeys(backup);
    const rows = current.prepare<[], SignoffRow>('SELECT * FROM period_signoffs ORDER BY id').all();
    const counted = current.prepare<[number], { dossier_id: string; version: number }>('SELECT dossier_id, version FROM signoff_dossiers WHERE signoff_id = ?');
    return rows
      .filter((r) => !kept.has(r.period_key))
      .map(({ id, ...row }) => ({ row, counted: counted.all(id).map((c) => ({ dossierId: c.dossier_id, version: c.version })) }));
  } catch {
    return [];
  } finally {
    current.close();
    backup.close();
  }
}

/** The dossiers each signed period counted that `backupFile` lacks. */
export function countedDossiersMissing(periods: readonly SignedPeriodToCarry[], backupFile: string): number {
  const backup = openDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    const has = backup.prepare<[string], number>('SELECT 1 FROM dossiers WHERE id = ?').pluck();
    return new Set(periods.flatMap((p) => p.counted.filter((c) => has.get(c.dossierId) === undefined).map((c) => c.dossierId))).size;
  } finally {
    backup.close();
  }
}

/** Writes the carried sign-offs into the restored ledger, in one transaction; returns their labels. */
export function carrySignedPeriods(db: LedgerDatabase, periods: readonly SignedPeriodToCarry[]): string[] {
  const insert = db.prepare(
    `INSERT INTO period_signoffs (period_key, label, from_day, to_day, figures, signer_name, signed_at, signed_by)
     VALUES (@period_key, @label, @from_day, @to_day, @figures, @signer_name, @signed_at, @signed_by)`,
  );
  const exists = db.prepare<[string], number>('SELECT 1 FROM dossiers WHERE id = ?').pluck();
  const count = db.prepare('INSERT INTO signoff_dossiers (signoff_id, dossier_id, version) VALUES (?, ?, ?)');
  return db.transaction(() =>
    periods.map((p) => {
      const id = Number(insert.run(p.row).lastInsertRowid);
      for (const c of p.counted) if (exists.get(c.dossierId) !== undefined) count.run(id, c.dossierId, c.version);
      return p.row.label;
    }),
  )();
}
