// A consistent copy of a live ledger through SQLite's online backup API, verified before it is put in
// place: the copy is written beside the target, checked, then renamed over it. The copy is readable by the
// user only from its first byte (it holds every citizen's personal data), and copies a killed process left
// unfinished beside the target are removed.
import { closeSync, existsSync, openSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { openDatabase } from '../ledger/database';
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

/** Removes `<target>.dang-ghi-<pid>` (and its journal files) left by processes that died writing them. */
export function removeUnfinishedCopies(target: string): string[] {
  const folder = dirname(target);
  if (!existsSync(folder)) return [];
  const pattern = new RegExp(`^${escapeRegExp(basename(target))}\\.dang-ghi-(\\d+)(?:-wal|-shm|-journal)?$`);
  const removed: string[] = [];
  for (const name of readdirSync(folder)) {
    const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
    if (Number.isNaN(pid) || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(join(folder, name));
  }
  return removed;
}

export async function backupLedger(db: LedgerDatabase, target: string): Promise<BackupResult> {
  const temporary = `${target}.dang-ghi-${process.pid}`;
  removeUnfinishedCopies(target);
  rmSync(temporary, { force: true });
  try {
    // An empty file is an empty database: SQLite writes the copy into it, keeping its mode.
    closeSync(openSync(temporary, 'wx', PRIVATE_FILE_MODE));
    restrictLedgerFile(temporary);
    const { totalPages } = await db.backup(temporary);
    // A backup file is a single self-contained file: no WAL beside it.
    const fixup = openDatabase(temporary);
    fixup.pragma('journal_mode = DELETE');
    fixup.close();
    const { dossiers } = verifyLedgerFile(temporary);
    renameSync(temporary, target);
    return { file: target, pages: totalPages, dossiers };
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(temporary + suffix, { force: true });
    if (error instanceof BackupError) throw error;
    throw new BackupError(`Không sao lưu được: ${error instanceof Error ? error.message : String(error)}`);
  }
}
