// Looks at a ledger file without changing it and without migrating it: can SQLite read it, is it a Sổ
// Một Cửa ledger, at which schema version, is it intact, how many dossiers, what is its latest entry.
// Every failure becomes a typed status with the detail SQLite gave, so the start-up screen can explain it.
import { existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { openDatabase } from '../ledger/database';
import { LATEST_SCHEMA_VERSION, LEDGER_APPLICATION_ID, type StorageFault, storageFaultAt, storageFaultOf } from '../ledger';
import { type LatestEntry, latestLedgerEntry } from './latest-entry';
import { readAppVersionStamps } from './schema-stamps';

export type ProbeStatus = 'missing' | 'empty' | 'unreadable' | 'not-a-ledger' | 'corrupt' | 'ok' | StorageFault;

export interface LedgerProbe {
  file: string;
  status: ProbeStatus;
  /** `PRAGMA user_version`, when readable. */
  schemaVersion: number | null;
  dossiers: number | null;
  latestEntry: LatestEntry | null;
  /** The app version that wrote each schema version, when the file records it. */
  appVersions: Record<string, string>;
  /** What SQLite said (integrity_check lines, an error message): for the "details" of a report. */
  detail: string[];
  /** A full disk or a ledger that cannot be written, even when it reads well. */
  storage: StorageFault | null;
  /** The highest history event (every change writes one), when readable. */
  historySeq: number | null;
  /** A -shm was beside the ledger without its -wal before the probe opened it: the -wal was removed. */
  walRemoved: boolean;
}

export interface ProbeOptions {
  /** integrity_check (every index checked) instead of quick_check. Default false. */
  thorough?: boolean;
  /**
   * The start-up check, bounded whatever the ledger's size: quick_check of every table up to
   * BOUNDED_CHECK_ROWS rows (with its indexes), and for larger tables their first and last rows (the
   * root page and both edges of the tree); the full integrity_check then runs in the background.
   * Ignored when `thorough`. Default false (quick_check of the whole file).
   */
  bounded?: boolean;
  /** The newest schema this app reads; a newer file is only checked, never queried. Default: the app's. */
  supportedVersion?: number;
  /**
   * Opened read-only and not checked at all: what a file says it is (schema, dossiers, last history
   * event), in a few milliseconds — the list of backups. Wins over `thorough` and `bounded`.
   */
  metadataOnly?: boolean;
}

function sqliteCode(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
}

/** What SQLite answers when the bytes of a file are damaged (truncated, overwritten). */
const DAMAGE_CODES = ['SQLITE_CORRUPT', 'SQLITE_IOERR', 'SQLITE_FORMAT', 'SQLITE_CANTOPEN', 'SQLITE_RANGE'];

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Read-write when possible (a crashed WAL ledger needs recovery to be read; closing removes the -wal and
 * -shm a reader would leave), read-only otherwise. Only read through it.
 */
export function openForProbe(file: string): Database.Database {
  try {
    return openDatabase(file, { fileMustExist: true });
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
      return openDatabase(file, { fileMustExist: true, readonly: true });
    }
    throw error;
  }
}

/** A probe that read nothing: the status alone (also what is already known without probing). */
export function statusOnly(file: string, status: ProbeStatus, detail: string[] = []): LedgerProbe {
  return { file, status, schemaVersion: null, dossiers: null, latestEntry: null, appVersions: {}, detail, storage: status === 'disk-full' || status === 'read-only' ? status : null, historySeq: null, walRemoved: false };
}

/** Above this many rows (by the largest rowid) a table is sampled at start-up, not checked in full. */
export const BOUNDED_CHECK_ROWS = 20_000;

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

function checkLines(db: Database.Database, pragma: string): string[] {
  return (db.pragma(pragma) as Record<string, string>[]).map((row) => Object.values(row)[0] ?? '');
}

/** quick_check of the small tables, first and last rows of the large ones; ['ok'] when nothing is wrong. */
function boundedCheck(db: Database.Database): string[] {
  const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND rootpage > 0").all() as { name: string; sql: string | null }[];
  const problems: string[] = [];
  for (const { name, sql } of tables) {
    const withoutRowid = /\bWITHOUT\s+ROWID\b/i.test(sql ?? '');
    const largest = withoutRowid ? null : (db.prepare(`SELECT max(rowid) FROM ${quoted(name)}`).pluck().get() as number | null);
    if (largest !== null && largest > BOUNDED_CHECK_ROWS) {
      db.prepare(`SELECT * FROM ${quoted(name)} ORDER BY rowid LIMIT 1`).get();
      db.prepare(`SELECT * FROM ${quoted(name)} ORDER BY rowid DESC LIMIT 1`).get();
      continue;
    }
    problems.push(...checkLines(db, `quick_check(${quoted(name)})`).filter((line) => line !== 'ok'));
  }
  return problems.length === 0 ? ['ok'] : problems;
}

function inspect(db: Database.Database, file: string, options: ProbeOptions): LedgerProbe {
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  const tableCount = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number;
  if (applicationId !== LEDGER_APPLICATION_ID) {
    if (schemaVersion === 0 && tableCount === 0) return { ...statusOnly(file, 'empty'), schemaVersion };
    return { ...statusOnly(file, 'not-a-ledger'), schemaVersion };
  }
  const check = options.metadataOnly ? ['ok'] : options.thorough ? checkLines(db, 'integrity_check') : options.bounded ? boundedCheck(db) : checkLines(db, 'quick_check');
  if (check.length !== 1 || check[0] !== 'ok') return { ...statusOnly(file, 'corrupt', check), schemaVersion };
  const appVersions = readAppVersionStamps(db);
  // A newer app's tables may differ: nothing more is read from them.
  if (schemaVersion > (options.supportedVersion ?? LATEST_SCHEMA_VERSION)) return { ...statusOnly(file, 'ok'), schemaVersion, appVersions };
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  const dossiers = tables.has('dossiers') ? (db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number) : null;
  const historySeq = tables.has('dossier_history') ? ((db.prepare('SELECT max(seq) FROM dossier_history').pluck().get() as number | null) ?? 0) : null;
  return {
    file,
    status: 'ok',
    schemaVersion,
    dossiers,
    latestEntry: latestLedgerEntry(db),
    appVersions,
    detail: [],
    storage: null,
    historySeq,
    walRemoved: false,
  };
}

/** Probes `file`. Never throws for a damaged file: the damage is the answer. */
export function probeLedgerFile(file: string, options: ProbeOptions = {}): LedgerProbe {
  if (!existsSync(file)) return statusOnly(file, 'missing');
  if (statSync(file).size === 0) return statusOnly(file, 'empty');
  // Looked at before SQLite opens the file (opening makes a new -wal).
  const walRemoved = existsSync(`${file}-shm`) && !existsSync(`${file}-wal`);
  let db: Database.Database;
  try {
    db = options.metadataOnly ? openDatabase(file, { fileMustExist: true, readonly: true }) : openForProbe(file);
  } catch (error) {
    return statusOnly(file, storageFaultOf(error, file) ?? 'unreadable', [messageOf(error)]);
  }
  try {
    const probe = inspect(db, file, options);
    return { ...probe, storage: storageFaultAt(file), walRemoved };
  } catch (error) {
    // A -shm that cannot grow on a full disk says "disk I/O error": that is not damage.
    const fault = storageFaultOf(error, file);
    if (fault) return statusOnly(file, fault, [messageOf(error)]);
    const code = sqliteCode(error) ?? '';
    if (code === 'SQLITE_NOTADB') return statusOnly(file, 'unreadable', [messageOf(error)]);
    if (DAMAGE_CODES.some((prefix) => code.startsWith(prefix))) return statusOnly(file, 'corrupt', [messageOf(error)]);
    throw error;
  } finally {
    db.close();
  }
}
