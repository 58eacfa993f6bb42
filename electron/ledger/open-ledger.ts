// Opens a ledger file: WAL journal (readers never block the desk's writes), synchronous=FULL (a
// committed dossier survives a power cut), foreign keys on, a busy timeout for a second process (the
// command line beside the app), a 64 MiB page cache, then the schema migrations.
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { openDatabase } from './database';
import { LedgerNotFoundError, LedgerNotRecognisedError, LedgerTooNewError } from './errors';
import { applicationIdOf, isEmptyDatabase, migrate, schemaVersionOf } from './migrate';
import { LEDGER_APPLICATION_ID, type Migration } from './migrations/migration';
import { MIGRATIONS } from './migrations/index';
import { restrictLedgerFile } from './private-files';

export type LedgerDatabase = Database.Database;

export interface OpenLedgerOptions {
  /** Refuse to create a new file (every command but `init`). Default false. */
  mustExist?: boolean;
  /** How long a write waits for another process's lock, in ms. Default 5000. */
  busyTimeoutMs?: number;
  /** For tests of the migration machinery; default: every migration the app knows. */
  migrations?: readonly Migration[];
  /** How many pending migrations are done (migrate's onStep): the upgrade's progress. */
  onMigration?: (done: number, total: number) => void;
}

export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

function isSqliteNotADatabase(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'SQLITE_NOTADB' || error.code === 'SQLITE_CORRUPT');
}

/**
 * The page cache of each connection, in KiB: 64 MiB rather than SQLite's 2 MiB, so the index pages a ledger
 * page, a search or a report walk stay in memory between requests (at 1M dossiers: ledger page p99
 * 7.2 → 5.6 ms). Pages are allocated as they are read: a small ledger uses little of it.
 */
export const PAGE_CACHE_KIB = 65_536;

function configure(db: LedgerDatabase, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
}

/** Refuses, before anything is written, a file that is not a ledger or is from a newer app. */
function assertOpenable(db: LedgerDatabase, file: string, latest: number): void {
  const version = schemaVersionOf(db);
  const known = applicationIdOf(db) === LEDGER_APPLICATION_ID;
  const fresh = version === 0 && isEmptyDatabase(db);
  if (!known && !fresh) throw new LedgerNotRecognisedError(file);
  if (version > latest) throw new LedgerTooNewError(version, latest);
}

/**
 * Opens (or creates) the ledger at `file` and migrates it to the latest schema. Throws a `LedgerError`
 * with a Vietnamese message for a missing file (with `mustExist`), a file that is not a ledger, or a
 * ledger written by a newer app (`LedgerTooNewError`); the file is left untouched then.
 */
export function openLedger(file: string, options: OpenLedgerOptions = {}): LedgerDatabase {
  if (options.mustExist && !fs.existsSync(file)) throw new LedgerNotFoundError(file);
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const migrations = options.migrations ?? MIGRATIONS;
  const creating = !fs.existsSync(file);
  const db = openDatabase(file, { timeout: busyTimeoutMs });
  // A new ledger (and the -wal / -shm SQLite makes with the same mode) is for the user only.
  if (creating) restrictLedgerFile(file);
  try {
    try {
      assertOpenable(db, file, migrations.length);
    } catch (error) {
      if (isSqliteNotADatabase(error)) throw new LedgerNotRecognisedError(file);
      throw error;
    }
    configure(db, busyTimeoutMs);
    migrate(db, migrations, options.onMigration);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
