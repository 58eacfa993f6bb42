// A consistent copy of a live ledger through SQLite's online backup API, verified before it is put in
// place: the copy is written beside the target, checked, then renamed over it. The copy is readable by the
// user only from its first byte (it holds every citizen's personal data), and copies a killed process left
// unfinished in the target's folder are removed (services/unfinished-copies).
import { closeSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { openDatabase } from '../ledger/database';
import type { LedgerDatabase } from '../ledger';
import { LEDGER_APPLICATION_ID } from '../ledger';
import { PRIVATE_FILE_MODE, restrictLedgerFile } from '../ledger/private-files';
import { backupFailureReason } from './backup-failure';
import { removeUnfinishedCopies, unfinishedName } from './unfinished-copies';

export class BackupError extends Error {
  /**
   * @param reason Why, as a clause that follows "Không sao lưu được …:" (the automatic backups' notes);
   * the message itself by default.
   */
  constructor(
    message: string,
    readonly reason: string = message,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface BackupResult {
  file: string;
  pages: number;
  dossiers: number;
}

/** Opens a finished backup read-only and checks it is a whole, healthy ledger. */
export function verifyLedgerFile(file: string): { dossiers: number } {
  const copy = openDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`Bản sao lưu bị lỗi (integrity_check: ${String(integrity)}).`);
    if (copy.pragma('application_id', { simple: true }) !== LEDGER_APPLICATION_ID) {
      throw new BackupError('Tệp không phải sổ dữ liệu Sổ Một Cửa.');
    }
    const row = copy.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number };
    return { dossiers: row.n };
  } finally {
    copy.close();
  }
}

/** Pages copied per step of the online backup (SQLite's default in better-sqlite3), between which others may write. */
const BACKUP_STEP_PAGES = 100;

/** What a backup is doing, for a progress bar: Vietnamese, with the pages copied so far (0 of 0 while unknown). */
export type BackupProgress = (label: string, done: number, total: number) => void;

export async function backupLedger(db: LedgerDatabase, target: string, onProgress?: BackupProgress): Promise<BackupResult> {
  const temporary = unfinishedName(target);
  // Copies a killed process left unfinished in this folder, whatever name they were meant to have.
  removeUnfinishedCopies(dirname(target));
  rmSync(temporary, { force: true });
  try {
    // An empty file is an empty database: SQLite writes the copy into it, keeping its mode.
    closeSync(openSync(temporary, 'wx', PRIVATE_FILE_MODE));
    restrictLedgerFile(temporary);
    const copying = `Đang chép sổ vào "${dirname(target)}"`;
    onProgress?.(copying, 0, 0);
    const { totalPages } = await db.backup(temporary, {
      progress: ({ totalPages: total, remainingPages }) => {
        onProgress?.(copying, total - remainingPages, total);
        return BACKUP_STEP_PAGES;
      },
    });
    onProgress?.(copying, totalPages, totalPages);
    // A backup file is a single self-contained file: no WAL beside it.
    const fixup = openDatabase(temporary);
    fixup.pragma('journal_mode = DELETE');
    fixup.close();
    onProgress?.('Đang kiểm tra toàn vẹn bản sao vừa chép (mọi trang, mọi chỉ mục)', 0, 0);
    const { dossiers } = verifyLedgerFile(temporary);
    renameSync(temporary, target);
    return { file: target, pages: totalPages, dossiers };
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
    if (error instanceof BackupError) throw error;
    const reason = backupFailureReason(error, dirname(target));
    throw new BackupError(`Không sao lưu được vào "${target}": ${reason}.`, reason);
  }
}
