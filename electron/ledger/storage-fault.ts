// A full disk or a ledger the app may not write is not a damaged ledger: SQLite reports both with codes
// that look like damage (SQLITE_IOERR when the -shm cannot grow, SQLITE_CANTOPEN, SQLITE_READONLY), and
// restoring a backup onto a full or read-only disk cannot help. This module tells them apart by the
// error code and by looking at the folder itself (free space, write permission).
import { accessSync, constants, existsSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';

export type StorageFault = 'disk-full' | 'read-only';

/** Below this much free space SQLite cannot be trusted to finish a write (one WAL frame, a -shm page). */
export const MIN_FREE_BYTES = 1024 * 1024;

export function sqliteCodeOf(error: unknown): string | null {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_') ? error.code : null;
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Free bytes for an unprivileged writer in the folder, or null when the system cannot say. */
export function freeBytesIn(folder: string): number | null {
  try {
    const stats = statfsSync(folder);
    return Number(stats.bavail) * Number(stats.bsize);
  } catch {
    return null;
  }
}

/**
 * Whether the ledger's folder is full or the ledger cannot be written (read-only file, folder or drive),
 * regardless of any error. The folder must be writable too: SQLite creates the -wal and -shm beside it.
 */
export function storageFaultAt(ledgerFile: string): StorageFault | null {
  const fault = folderStorageFault(dirname(ledgerFile));
  if (fault === null && existsSync(ledgerFile) && !canWrite(ledgerFile)) return 'read-only';
  return fault;
}

/** Whether a folder (of the ledger, of backups) is on a full disk or cannot be written; null when absent. */
export function folderStorageFault(folder: string): StorageFault | null {
  if (!existsSync(folder)) return null;
  const free = freeBytesIn(folder);
  if (free !== null && free < MIN_FREE_BYTES) return 'disk-full';
  return canWrite(folder) ? null : 'read-only';
}

/** The storage fault behind an SQLite error, if that is what it is. */
export function storageFaultOf(error: unknown, ledgerFile: string): StorageFault | null {
  const code = sqliteCodeOf(error) ?? '';
  if (code === 'SQLITE_FULL') return 'disk-full';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM') return 'read-only';
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') return storageFaultAt(ledgerFile);
  return null;
}
