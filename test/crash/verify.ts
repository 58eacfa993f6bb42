// What must hold after every kill. The ledger opens (raw and through the app), integrity_check is ok,
// every acknowledged write is there, each dossier's history has one event per version, and every import
// is all there or not there at all. For a migration: the schema is the old one or the new one, never in
// between, the data is whole, and each backup taken before it is whole.
import Database from 'better-sqlite3';
import { openLedger } from '../../electron/ledger';
import { listBackupFiles } from '../../electron/reliability/backup-files';
import { probeLedgerFile } from '../../electron/reliability/ledger-probe';
import { CRASH_MIGRATIONS_LENGTH, PROBE_ROWS_PER_DOSSIER, PROBE_TABLE, crashProbeMigration, importPrefix } from './fixtures';
import { MIGRATIONS } from '../../electron/ledger';

export class CrashCheckError extends Error {}

function check(condition: boolean, message: () => string): void {
  if (!condition) throw new CrashCheckError(message());
}

function checkIntegrity(file: string): number {
  const raw = new Database(file, { fileMustExist: true });
  try {
    const integrity = raw.pragma('integrity_check', { simple: true });
    check(integrity === 'ok', () => `integrity_check of ${file}: ${String(integrity)}`);
    const fk = raw.pragma('foreign_key_check') as unknown[];
    check(fk.length === 0, () => `${fk.length} foreign key problems in ${file}`);
    return raw.pragma('user_version', { simple: true }) as number;
  } finally {
    raw.close();
  }
}

export interface WorkExpectations {
  /** code → the highest version acknowledged. */
  acked: ReadonlyMap<string, number>;
  /** tag → rows of the import, and whether its commit was acknowledged. */
  imports: ReadonlyMap<string, { rows: number; done: boolean }>;
}

export interface WorkLedgerState {
  dossiers: number;
  batches: number;
  /** tag → whether the import is in the ledger. */
  applied: Map<string, boolean>;
}

const upperBound = (prefix: string) => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);

/** How many acknowledged writes (a dossier, or its version) the ledger no longer holds. */
export function missingAcknowledged(file: string, acked: ReadonlyMap<string, number>): number {
  const db = new Database(file, { fileMustExist: true });
  try {
    const versions = new Map(db.prepare<[], { code: string; version: number }>('SELECT code, version FROM dossiers').all().map((r) => [r.code, r.version]));
    return [...acked].filter(([code, version]) => (versions.get(code) ?? 0) < version).length;
  } finally {
    db.close();
  }
}

export function verifyWorkLedger(file: string, expected: WorkExpectations): WorkLedgerState {
  checkIntegrity(file);
  const db = openLedger(file, { mustExist: true });
  try {
    const versions = new Map(
      db.prepare<[], { code: string; version: number }>('SELECT code, version FROM dossiers').all().map((r) => [r.code, r.version]),
    );
    const broken = db
      .prepare<[], { code: string }>(
        `SELECT d.code FROM dossiers d LEFT JOIN (SELECT dossier_id, count(*) AS n, max(version) AS v FROM dossier_history GROUP BY dossier_id) h
         ON h.dossier_id = d.id WHERE h.n IS NOT d.version OR h.v IS NOT d.version`,
      )
      .all();
    check(broken.length === 0, () => `history does not match the version of ${broken.map((b) => b.code).slice(0, 5).join(', ')}`);
    for (const [code, version] of expected.acked) {
      const stored = versions.get(code);
      check(stored !== undefined, () => `acknowledged dossier ${code} is missing`);
      check((stored ?? 0) >= version, () => `acknowledged version ${version} of ${code} is lost (ledger has ${stored})`);
    }
    const countPrefix = db.prepare<[string, string], { n: number }>('SELECT count(*) AS n FROM dossiers WHERE code >= ? AND code < ?');
    const applied = new Map<string, boolean>();
    for (const [tag, { rows, done }] of expected.imports) {
      const prefix = importPrefix(tag);
      const n = countPrefix.get(prefix, upperBound(prefix))?.n ?? 0;
      check(n === 0 || n === rows, () => `import ${tag} is half-applied: ${n} of ${rows} dossiers`);
      check(!done || n === rows, () => `acknowledged import ${tag} is missing (${n} of ${rows})`);
      applied.set(tag, n === rows);
    }
    const batches = db
      .prepare<[], { id: number; written: number; n: number }>(
        `SELECT b.id, json_extract(b.counts, '$.written') AS written, (SELECT count(*) FROM dossier_history h WHERE h.batch_id = b.id) AS n
         FROM import_batches b`,
      )
      .all();
    for (const b of batches) check(b.written === b.n, () => `import batch ${b.id} wrote ${b.n} of ${b.written} history events`);
    return { dossiers: versions.size, batches: batches.length, applied };
  } finally {
    db.close();
  }
}

export interface MigrationExpectations {
  codes: readonly string[];
  oldVersion: number;
  done: boolean;
  backupDir: string;
  backedUp: boolean;
}

const tableNames = (db: Database.Database) => new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);

/** Returns whether the migration had committed before the kill. */
export function verifyMigratedLedger(file: string, expected: MigrationExpectations): boolean {
  const version = checkIntegrity(file);
  check(version === expected.oldVersion || version === CRASH_MIGRATIONS_LENGTH, () => `half-migrated ledger at user_version ${version}`);
  check(!expected.done || version === CRASH_MIGRATIONS_LENGTH, () => `acknowledged migration lost: user_version ${version}`);
  const raw = new Database(file, { fileMustExist: true });
  try {
    const tables = tableNames(raw);
    const added = ['dossier_search', 'operators', PROBE_TABLE];
    const present = added.filter((t) => tables.has(t));
    const migrated = version === CRASH_MIGRATIONS_LENGTH;
    check(present.length === (migrated ? added.length : 0), () => `schema at version ${version} has tables ${present.join(', ')}`);
    const codes = (raw.prepare('SELECT code FROM dossiers ORDER BY code').pluck().all() as string[]).join('\n');
    check(codes === [...expected.codes].sort().join('\n'), () => 'the dossiers of the migrated ledger differ from the ones logged');
  } finally {
    raw.close();
  }
  const backups = listBackupFiles(file, expected.backupDir);
  check(!expected.backedUp || backups.length > 0, () => 'the acknowledged backup before the migration is missing');
  for (const backup of backups) {
    const probe = probeLedgerFile(backup.file, { thorough: true });
    check(probe.status === 'ok', () => `backup ${backup.file} is ${probe.status}: ${probe.detail.join('; ')}`);
    check(probe.schemaVersion === expected.oldVersion, () => `backup ${backup.file} is at schema ${probe.schemaVersion}`);
    check(probe.dossiers === expected.codes.length, () => `backup ${backup.file} has ${probe.dossiers} dossiers`);
  }
  const db = openLedger(file, { mustExist: true, migrations: [...MIGRATIONS, crashProbeMigration(() => undefined)] });
  try {
    const probeRows = db.prepare(`SELECT count(*) FROM ${PROBE_TABLE}`).pluck().get() as number;
    check(probeRows === expected.codes.length * PROBE_ROWS_PER_DOSSIER, () => `the migration wrote ${probeRows} probe rows`);
  } finally {
    db.close();
  }
  return version === CRASH_MIGRATIONS_LENGTH;
}
