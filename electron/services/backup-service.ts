// A consistent copy of a live ledger through SQLite's online backup API, verified before it is put in
// place: the copy is written beside the target, checked, then renamed over it. The copy is readable by the
// user only from its first byte (it holds every citizen's personal data), and copies a killed process left
// unfinished beside the target are removed.
import { closeSync, existsSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { LedgerDatabase } from '../ledger';
import { LEDGER_APPLICATION_ID } from '../ledger';
import { PRIVATE_FILE_MODE, restrictLedgerFile } from '../ledger/private-files';

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

/** Whether process `pid` still runs (a copy it is writing is not unfinished). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Removes `<target>.dang-ghi-<pid>` (and its journal files) left by processes that died writing them; with
 * `marker`, `<target>.<marker>-<pid>` (a restore's staged copy: `dang-khoi-phuc`).
 */
export function removeUnfinishedCopies(target: string, marker = 'dang-ghi'): string[] {
  const folder = dirname(target);
  if (!existsSync(folder)) return [];
  const pattern = new RegExp(`^${escapeRegExp(basename(target))}\\.${escapeRegExp(marker)}-(\\d+)(?:-wal|-shm|-journal)?$`);
  const removed: string[] = [];
  for (const name of readdirSync(folder)) {
    const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(pid) || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(join(folder, name));
  }
  return removed;
}

/** Pages copied per step of the online backup (SQLite's default in better-sqlite3), between which others may write. */
const BACKUP_STEP_PAGES = 100;

/** What a backup is doing, for a progress bar: Vietnamese, with the pages copied so far (0 of 0 while unknown). */
export type BackupProgress = (label: string, done: number, total: number) => void;

export async function backupLedger(db: LedgerDatabase, target: string, onProgress?: BackupProgress): Promise<BackupResult> {
  const temporary = `${target}.dang-ghi-${process.pid}`;
  removeUnfinishedCopies(target);
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
    const fixup = new Database(temporary);
    fixup.pragma('journal_mode = DELETE');
    fixup.close();
    onProgress?.('Đang kiểm tra toàn vẹn bản sao vừa chép (mọi trang, mọi chỉ mục)', 0, 0);
    const { dossiers } = verifyLedgerFile(temporary);
    renameSync(temporary, target);
    return { file: target, pages: totalPages, dossiers };
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Không sao lưu được: ${error instanceof Error ? error.message : String(error)}`);
  }
}
