// The worker's read-only connection to the ledger file, for every task but the writes of
// ledger-write-tasks (then the one writer): opened for the task, closed after it.
import type Database from 'better-sqlite3';
import { openDatabase } from '../ledger/database';
import { openForProbe } from '../reliability/ledger-probe';

const BUSY_TIMEOUT_MS = 10_000;

export function readConnection(ledgerFile: string): Database.Database {
  const db = openDatabase(ledgerFile, { readonly: true, fileMustExist: true });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return db;
}

/**
 * `closed`: the ledger is closed on the answering thread (a restore is under way): opened read-write but
 * only read, so that closing it removes the -wal and -shm a read-only connection would leave beside it.
 */
export async function withConnection<T>(ledgerFile: string, work: (db: Database.Database) => Promise<T> | T, closed = false): Promise<T> {
  const db = closed ? openForProbe(ledgerFile) : readConnection(ledgerFile);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}
