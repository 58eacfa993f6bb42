// Opening the desk's ledger through the start-up check (reliability/startup): the first run creates it;
// a missing ledger with backups, a damaged one, one from a newer app, one that could not be backed up
// before its upgrade come back as "blocked" with the diagnosis and its ways forward — never a dead end.
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { LATEST_SCHEMA_VERSION, type StorageFault, openLedger, sqliteCodeOf, sqliteErrorText, storageFaultOf } from '../ledger';
import { type BackupRun, describeRun } from '../reliability/auto-backup';
import { ReliabilityError } from '../reliability/errors';
import { StartupBlockedError, openLedgerForWork } from '../reliability/startup';
import { diagnoseStartup } from '../reliability/startup-diagnosis';
import type { StartupDiagnosis, StartupProblem } from '../reliability/startup-problems';
import { fileStamp } from '../reliability/vi-time';
import { resetCommitStamp } from '../reliability/commit-stamp';
import { type LossWarning, pendingLossWarnings } from '../reliability/loss-warnings';
import { loadBackupConfig, resolvedDirectories } from '../reliability/backup-config';
import { removeUnfinishedCopies } from '../services/unfinished-copies';
import type { LedgerSession } from '../services/ledger-session';
import { restrictFolder, restrictLedgerFile } from '../ledger/private-files';

/**
 * How long a write at the desk waits for another program's write lock (the command line importing a big
 * file holds it for the whole import): under a second, then the officer reads "đang nhập dữ liệu, thử lại
 * sau" (ledger/sqlite-error-text BUSY_TEXT) instead of a frozen screen and an error five seconds later.
 */
export const DESK_WRITE_WAIT_MS = 800;

export interface OpenRequest {
  ledgerFile: string;
  /** The host itself: records the start-up bookkeeping (app-version stamp). */
  hostActor: string;
  appVersion: string;
  /** Epoch milliseconds. */
  now: number;
}

/** The latest automatic backup, as the backup settings show it. */
export interface AutomaticBackup {
  at: number;
  ok: boolean;
  lines: string[];
}

export type OpenOutcome =
  | { kind: 'blocked'; diagnosis: StartupDiagnosis; failure: string | null }
  | {
      kind: 'open';
      session: LedgerSession;
      diagnosis: StartupDiagnosis;
      notes: string[];
      /** The clock is earlier than the latest entry: nothing is logged until fixed or confirmed. */
      clock: StartupProblem | null;
      /** Acknowledged changes found missing, shown until an officer acknowledges them (reliability/loss-warnings). */
      losses: LossWarning[];
      dailyBackup: AutomaticBackup | null;
    };

export function automaticBackupOf(run: BackupRun, at: number): AutomaticBackup {
  const lines = describeRun(run);
  if (run.written.length === 0 && lines.length === 0) lines.push('Không có thư mục sao lưu nào để ghi.');
  return { at, ok: run.written.length > 0 && run.skipped.length === 0, lines };
}

/** What start-up did or found that the desk should read, though nothing waits for it. */
function notesOf(diagnosis: StartupDiagnosis, upgradeBackup: BackupRun | null, daily: BackupRun | null): string[] {
  const notes: string[] = [];
  if (upgradeBackup) {
    notes.push(...describeRun(upgradeBackup));
    notes.push(`Đã nâng cấp sổ lên lược đồ số ${LATEST_SCHEMA_VERSION} sau khi sao lưu.`);
  }
  for (const problem of diagnosis.problems) {
    // Missing changes are not a note to dismiss: they stay until acknowledged (losses).
    if (problem.severity === 'info' && problem.kind !== 'upgrade-pending' && problem.kind !== 'changes-missing') notes.push(problem.message);
  }
  for (const skipped of daily?.skipped ?? []) notes.push(`Chưa sao lưu hằng ngày được vào "${skipped.directory}": ${skipped.reason}.`);
  return [...new Set(notes)];
}

function diagnose(request: OpenRequest, knownStorageFault?: StorageFault): StartupDiagnosis {
  return diagnoseStartup({ ledgerFile: request.ledgerFile, now: request.now, appVersion: request.appVersion, ...(knownStorageFault ? { knownStorageFault } : {}) });
}

/**
 * An SQLite error while the ledger was being opened (a migration, the start-up bookkeeping), in Vietnamese:
 * a full disk or a ledger that cannot be written is diagnosed as such (never a restore: it cannot help);
 * a lock held by another program says to wait and check again; damage keeps its own advice. Null for an
 * error that is not SQLite's.
 */
export function sqliteOpenFailure(error: unknown, request: OpenRequest): Extract<OpenOutcome, { kind: 'blocked' }> | null {
  const fault = storageFaultOf(error, request.ledgerFile);
  if (fault) return { kind: 'blocked', diagnosis: diagnose(request, fault), failure: null };
  const text = sqliteErrorText(error, request.ledgerFile);
  if (text === null) return null;
  const busy = /^SQLITE_(BUSY|LOCKED)/.test(sqliteCodeOf(error) ?? '');
  const then = busy ? ' Khi chương trình kia xong, bấm "Kiểm tra lại".' : '';
  return { kind: 'blocked', diagnosis: diagnose(request), failure: `Chưa mở được sổ dữ liệu "${request.ledgerFile}". ${text}${then}` };
}

/** A new, empty ledger at the latest schema (the first run, or "Tạo sổ mới"). */
export function createEmptyLedger(ledgerFile: string): void {
  const db = openLedger(ledgerFile, { mustExist: false });
  try {
    resetCommitStamp(db, ledgerFile, Date.now());
  } finally {
    db.close();
  }
}

/** Renames an unusable ledger file (and its WAL files) aside, never deleting it; returns the new name. */
export function keepAside(ledgerFile: string, now: number): string {
  const ext = extname(ledgerFile);
  const stem = basename(ledgerFile, ext);
  for (let attempt = 1; ; attempt++) {
    const aside = join(dirname(ledgerFile), `${stem}.cu-${fileStamp(now)}${attempt > 1 ? `-${attempt}` : ''}${ext}`);
    if (['', '-wal', '-shm'].some((s) => existsSync(aside + s))) continue;
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(ledgerFile + suffix)) renameSync(ledgerFile + suffix, aside + suffix);
    return aside;
  }
}

/** Copies a killed backup left half-written beside the ledger and in the backup folders: removed, and said. */
function sweepUnfinishedCopies(ledgerFile: string, backupFolders: readonly string[]): string[] {
  const folders = new Set([dirname(ledgerFile), ...backupFolders]);
  const removed = [...folders].flatMap((folder) => removeUnfinishedCopies(folder));
  return removed.length === 0 ? [] : [`Đã xóa ${removed.length} tệp sao chép dở dang do một lần sao lưu bị ngắt giữa chừng để lại (${removed.map((f) => `"${f}"`).join(', ')}).`];
}

export async function openDeskLedgerFile(request: OpenRequest): Promise<OpenOutcome> {
  if (!existsSync(request.ledgerFile)) {
    // The first run, unless backups say a ledger was here: then offer them before starting afresh.
    const diagnosis = diagnose(request);
    const lost = diagnosis.problems.some((p) => (p.kind === 'missing' || p.kind === 'empty') && p.backups.some((b) => b.good));
    if (lost) return { kind: 'blocked', diagnosis, failure: null };
    createEmptyLedger(request.ledgerFile);
  }
  try {
    // The daily backup is the desk's to take in the background (desk-ledger), not before the first answer.
    const work = await openLedgerForWork({ ledgerFile: request.ledgerFile, now: request.now, appVersion: request.appVersion, actor: request.hostActor, dailyBackup: false });
    // The desk's own data: the ledger and its folder for the user only, whatever made them.
    restrictLedgerFile(request.ledgerFile);
    const backupFolders = resolvedDirectories(request.ledgerFile, loadBackupConfig(request.ledgerFile).config);
    // On this thread, whose failures reach the app's log (on Windows: icacls, in the background).
    for (const folder of [dirname(request.ledgerFile), ...backupFolders.filter((f) => existsSync(f))]) restrictFolder(folder);
    const swept = sweepUnfinishedCopies(request.ledgerFile, backupFolders);
    // Opening (a migration) may wait the usual five seconds; the day's writes do not.
    work.session.db.pragma(`busy_timeout = ${DESK_WRITE_WAIT_MS}`);
    return {
      kind: 'open',
      session: work.session,
      diagnosis: work.diagnosis,
      notes: [...notesOf(work.diagnosis, work.upgradeBackup, work.dailyBackup), ...swept],
      clock: work.diagnosis.problems.find((p) => p.kind === 'clock-behind') ?? null,
      losses: pendingLossWarnings(work.session.db),
      dailyBackup: work.dailyBackup ? automaticBackupOf(work.dailyBackup, request.now) : null,
    };
  } catch (error) {
    if (error instanceof StartupBlockedError) return { kind: 'blocked', diagnosis: error.diagnosis, failure: null };
    // No backup could be written before the upgrade (BackupFailedError), or another refusal in Vietnamese.
    if (error instanceof ReliabilityError) return { kind: 'blocked', diagnosis: diagnose(request), failure: error.message };
    throw error;
  }
}
