// A consistent copy of a live ledger through SQLite's online backup API, verified before it is put in
// place: the copy is written beside the target, checked, then renamed over it.
import { existsSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { LedgerDatabase } from '../ledger';
import { LEDGER_APPLICATION_ID } from '../ledger';

export class BackupError extends Error {
  constructor(message: string) {
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
  const copy = new Database(file, { readonly: true, fileMustExist: true });
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

export async function backupLedger(db: LedgerDatabase, target: string): Promise<BackupResult> {
  const temporary = `${target}.dang-ghi-${process.pid}`;
  rmSync(temporary, { force: true });
  try {
    const { totalPages } = await db.backup(temporary);
    // A backup file is a single self-contained file: no WAL beside it.
    const fixup = new Database(temporary);
    fixup.pragma('journal_mode = DELETE');
    fixup.close();
    const { dossiers } = verifyLedgerFile(temporary);
    renameSync(temporary, target);
    return { file: target, pages: totalPages, dossiers };
  } catch (error) {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Không sao lưu được: ${error instanceof Error ? error.message : String(error)}`);
  }
}
