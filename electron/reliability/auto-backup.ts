// Automatic backups through SQLite's online backup API (services/backup-service): into every configured
// folder, each copy verified after writing, older copies of the same kind rotated out (N kept). A folder
// that is not there (the USB drive is unplugged) is skipped with a reason; backups that must not be
// skipped (before an upgrade or a restore) fail when no folder received a copy.
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LedgerDatabase } from '../ledger';
import { type BackupProgress, BackupError, backupLedger } from '../services/backup-service';
import { backupFailureReason } from '../services/backup-failure';
import { makePrivateFolder, restrictFolder } from '../ledger/private-files';
import { type BackupConfig, resolvedDirectories } from './backup-config';
import { type BackupReason, REASON_LABEL, listBackupFiles, newBackupPath } from './backup-files';
import { ReliabilityError } from './errors';
import { vietnamDayOf } from './vi-time';

export interface WrittenBackup {
  file: string;
  directory: string;
  dossiers: number;
}

export interface SkippedDirectory {
  directory: string;
  /** Vietnamese. */
  reason: string;
}

export interface BackupRun {
  reason: BackupReason;
  written: WrittenBackup[];
  skipped: SkippedDirectory[];
  /** Older backups deleted by the rotation. */
  removed: string[];
}

export class BackupFailedError extends ReliabilityError {
  constructor(
    readonly run: BackupRun,
    purpose: string,
  ) {
    super(
      `Không tạo được bản sao lưu nào nên chưa ${purpose}. ` +
        run.skipped.map((s) => `${s.directory}: ${s.reason}`).join('; '),
    );
  }
}

/** Why a folder received no copy, in Vietnamese (services/backup-failure). */
function reasonOf(error: unknown, directory: string): string {
  return error instanceof BackupError ? error.reason : backupFailureReason(error, directory);
}

/** Creates the last folder of the path only: a missing drive or parent folder is reported, never made up. */
function ensureDirectory(directory: string): string | null {
  if (existsSync(directory)) {
    if (!statSync(directory).isDirectory()) return 'đường dẫn này là một tệp, không phải thư mục';
    restrictFolder(directory);
    return null;
  }
  if (!existsSync(dirname(directory))) return 'không tìm thấy ổ đĩa hoặc thư mục chứa (USB chưa cắm?)';
  makePrivateFolder(directory);
  return null;
}

/** Deletes the oldest backups of `reason` beyond `keep`, never the one just written. */
function rotate(ledgerFile: string, directory: string, reason: BackupReason, keep: number, justWritten: string): string[] {
  const sameKind = listBackupFiles(ledgerFile, directory).filter((b) => b.reason === reason && b.file !== justWritten);
  const excess = sameKind.slice(Math.max(0, keep - 1));
  for (const old of excess) rmSync(old.file, { force: true });
  return excess.map((b) => b.file);
}

export interface TakeBackupOptions {
  config: BackupConfig;
  /** Epoch milliseconds. */
  now: number;
  /** What is being done (the copy's pages, then its check), for the screen's progress bar. */
  onProgress?: BackupProgress;
}

/** Takes one backup of `db` into every configured folder. */
export async function takeBackup(db: LedgerDatabase, ledgerFile: string, reason: BackupReason, options: TakeBackupOptions): Promise<BackupRun> {
  const run: BackupRun = { reason, written: [], skipped: [], removed: [] };
  for (const directory of resolvedDirectories(ledgerFile, options.config)) {
    try {
      const unavailable = ensureDirectory(directory);
      if (unavailable) {
        run.skipped.push({ directory, reason: unavailable });
        continue;
      }
      const result = await backupLedger(db, newBackupPath(directory, ledgerFile, reason, options.now), options.onProgress);
      run.written.push({ file: result.file, directory, dossiers: result.dossiers });
      run.removed.push(...rotate(ledgerFile, directory, reason, options.config.keep, result.file));
    } catch (error) {
      run.skipped.push({ directory, reason: reasonOf(error, directory) });
    }
  }
  return run;
}

/** Like takeBackup, but throws BackupFailedError when no folder received a copy. */
export async function takeRequiredBackup(
  db: LedgerDatabase,
  ledgerFile: string,
  reason: Exclude<BackupReason, 'daily'>,
  options: TakeBackupOptions,
): Promise<BackupRun> {
  const run = await takeBackup(db, ledgerFile, reason, options);
  if (run.written.length === 0) {
    throw new BackupFailedError(run, reason === 'before-migration' ? 'nâng cấp sổ' : reason === 'before-restore' ? 'khôi phục' : 'làm tiếp');
  }
  return run;
}

/** The folders that have no daily backup of this ledger for today (Vietnam date of `now`). */
export function foldersDueForDailyBackup(ledgerFile: string, config: BackupConfig, now: number): string[] {
  const today = vietnamDayOf(now);
  return resolvedDirectories(ledgerFile, config).filter(
    (directory) => !listBackupFiles(ledgerFile, directory).some((b) => b.reason === 'daily' && vietnamDayOf(b.takenAt) === today),
  );
}

/** The daily backup: into each folder that has none for today yet. `null` when none is due. */
export async function runDailyBackup(db: LedgerDatabase, ledgerFile: string, options: TakeBackupOptions): Promise<BackupRun | null> {
  const due = foldersDueForDailyBackup(ledgerFile, options.config, options.now);
  if (due.length === 0) return null;
  return takeBackup(db, ledgerFile, 'daily', { ...options, config: { ...options.config, directories: due } });
}

export function describeRun(run: BackupRun): string[] {
  const lines = run.written.map((w) => `Đã ${REASON_LABEL[run.reason]} (${w.dossiers} hồ sơ) vào "${w.file}" và kiểm tra bản sao: tốt.`);
  for (const s of run.skipped) lines.push(`Không sao lưu được vào "${s.directory}": ${s.reason}.`);
  if (run.removed.length > 0) lines.push(`Đã xóa ${run.removed.length} bản sao lưu cũ (giữ lại các bản mới nhất).`);
  return lines;
}
