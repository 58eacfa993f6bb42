// Restoring a backup taken before a sign-off must not drop the sign-off (issue 15 §2): the period could
// then be signed again with other figures and no correction recorded. Before a restore, the signed periods
// of the current ledger that the backup lacks are found — read from the ledger (only read) even when it fails
// its quick check, else (it cannot be read at all) from the archive of sign-offs kept beside it
// (signed-periods-archive); the restore says so and needs the chairman's PIN; then each is carried over
// into the restored ledger with its frozen figures, signer and instant, and the dossiers it counted that
// the backup still has (those logged after the backup must be entered again, and are then recorded as
// corrections of the signed period by the ledger's triggers). The archive does not list those dossiers.
import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { periodFromKey } from '../../shared/periods/period';
import type { LedgerDatabase } from '../ledger';
import type { SignoffRow } from '../ledger/signoff-repository';
import { openDatabase } from '../ledger/database';
import { openForProbe } from './ledger-probe';
import { archivedSignoffs } from './signed-periods-archive';

export interface SignedPeriodToCarry {
  row: Omit<SignoffRow, 'id'>;
  /** dossier id → the version the sign-off counted; null when that list could not be read (the archive). */
  counted: Array<{ dossierId: string; version: number }> | null;
}

export interface SignedPeriods {
  periods: SignedPeriodToCarry[];
  /** Where they were read: the ledger itself, or the archive beside it when the ledger could not be read. */
  source: 'ledger' | 'archive';
}

/** Recorded as the one who carried a sign-off read from the archive of an older version (it did not keep who). */
const UNKNOWN_RECORDER = 'không rõ (lấy từ tệp lưu chữ ký duyệt)';

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function signedKeys(db: Database.Database): Set<string> {
  return new Set(hasTable(db, 'period_signoffs') ? (db.prepare('SELECT period_key FROM period_signoffs').pluck().all() as string[]) : []);
}

/** What SQLite answers for a file it cannot read as a database (damaged, not there, not a database). */
function isUnreadable(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  return ['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CANTOPEN', 'SQLITE_IOERR', 'SQLITE_FORMAT', 'SQLITE_RANGE'].some((prefix) => code.startsWith(prefix));
}

/** The ledger's own sign-offs, only read (as the start-up probe opens it); null when it cannot be read. */
function fromLedger(ledgerFile: string): SignedPeriodToCarry[] | null {
  if (!existsSync(ledgerFile)) return null;
  let db: Database.Database;
  try {
    db = openForProbe(ledgerFile);
  } catch (error) {
    if (isUnreadable(error)) return null;
    throw error;
  }
  try {
    if (!hasTable(db, 'period_signoffs')) return [];
    const rows = db.prepare<[], SignoffRow>('SELECT * FROM period_signoffs ORDER BY id').all();
    const counted = db.prepare<[number], { dossier_id: string; version: number }>('SELECT dossier_id, version FROM signoff_dossiers WHERE signoff_id = ?');
    return rows.map(({ id, ...row }) => {
      try {
        return { row, counted: counted.all(id).map((c) => ({ dossierId: c.dossier_id, version: c.version })) };
      } catch (error) {
        // The sign-off itself was read; only the list of its dossiers sits on a damaged page.
        if (isUnreadable(error)) return { row, counted: null };
        throw error;
      }
    });
  } catch (error) {
    if (isUnreadable(error)) return null;
    throw error;
  } finally {
    db.close();
  }
}

/** The archived sign-offs as rows (the period's days from its key). */
function fromArchive(ledgerFile: string): SignedPeriodToCarry[] {
  const periods: SignedPeriodToCarry[] = [];
  for (const entry of archivedSignoffs(ledgerFile)) {
    const period = periodFromKey(entry.periodKey);
    if (!period) continue;
    periods.push({
      row: {
        period_key: entry.periodKey,
        label: entry.label,
        from_day: period.from,
        to_day: period.to,
        figures: entry.figuresJson,
        signer_name: entry.signerName,
        signed_at: entry.signedAt,
        signed_by: entry.signedBy ?? UNKNOWN_RECORDER,
      },
      counted: null,
    });
  }
  return periods;
}

/** The signed periods of `ledgerFile`: its own when it can be read (even damaged elsewhere), else the archive's. */
export function signedPeriodsOf(ledgerFile: string): SignedPeriods {
  const own = fromLedger(ledgerFile);
  return own === null ? { periods: fromArchive(ledgerFile), source: 'archive' } : { periods: own, source: 'ledger' };
}

/** The signed periods of `ledgerFile` that `backupFile` (checked, so readable) does not have. */
export function signedPeriodsMissingFrom(ledgerFile: string, backupFile: string): SignedPeriods {
  const current = signedPeriodsOf(ledgerFile);
  if (current.periods.length === 0) return current;
  const backup = openDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    const kept = signedKeys(backup);
    return { ...current, periods: current.periods.filter((p) => !kept.has(p.row.period_key)) };
  } finally {
    backup.close();
  }
}

/** The dossiers each signed period counted that `backupFile` lacks (of the lists that could be read). */
export function countedDossiersMissing(periods: readonly SignedPeriodToCarry[], backupFile: string): number {
  const backup = openDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    const has = backup.prepare<[string], number>('SELECT 1 FROM dossiers WHERE id = ?').pluck();
    return new Set(periods.flatMap((p) => (p.counted ?? []).filter((c) => has.get(c.dossierId) === undefined).map((c) => c.dossierId))).size;
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
      for (const c of p.counted ?? []) if (exists.get(c.dossierId) !== undefined) count.run(id, c.dossierId, c.version);
      return p.row.label;
    }),
  )();
}
