// The slow parts of a restore: the full check of a file (the backup, then the copy made of it), the quick
// check of the current ledger, the backup of the current ledger taken first (each copy checked in full),
// and the copy of the backup that becomes the ledger (its last step writes the whole file out). The command line runs them in its own process; the desk runs them in its worker
// (desk/desk-ledger), so the thread that answers the window never does.
import { openDatabase } from '../ledger/database';
import { type BackupRun, type TakeBackupOptions, takeBackup } from './auto-backup';
import { type BackupChecker, checkInProcess } from './backup-check';
import { type LedgerProbe, probeLedgerFile } from './ledger-probe';

export interface RestoreWork {
  /** integrity_check of a file and whether it can be restored from. */
  checkBackup: BackupChecker;
  /** quick_check of the current ledger (never throws for a damaged file: the damage is the answer). */
  probeCurrent(ledgerFile: string): Promise<LedgerProbe>;
  /** One backup of the current ledger (reason before-restore) into every folder; `written` is empty when none could be. */
  safetyBackup(ledgerFile: string, options: TakeBackupOptions): Promise<BackupRun>;
  /** Copies `backupFile` into `target` (made empty, for the user only) through SQLite's backup API. */
  copyInto(backupFile: string, target: string): Promise<void>;
}

/** The copy of a backup that becomes the ledger: into an empty file already restricted to the user (SQLite keeps its mode). */
export async function copyLedgerInto(backupFile: string, target: string): Promise<void> {
  const source = openDatabase(backupFile, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
}

export const IN_PROCESS_RESTORE_WORK: RestoreWork = {
  checkBackup: checkInProcess,
  probeCurrent: async (ledgerFile) => probeLedgerFile(ledgerFile),
  async safetyBackup(ledgerFile, options) {
    const db = openDatabase(ledgerFile, { fileMustExist: true });
    try {
      return await takeBackup(db, ledgerFile, 'before-restore', options);
    } finally {
      db.close();
    }
  },
  copyInto: copyLedgerInto,
};
