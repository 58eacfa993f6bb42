// Opening the desk's ledger through the start-up check (reliability/startup): the first run creates it;
// a missing ledger with backups, a damaged one, one from a newer app, one that could not be backed up
// before its upgrade come back as "blocked" with the diagnosis and its ways forward — never a dead end.
// The long work of a first start after an upgrade (the backup before it with its full check, the
// migrations, the due dates a new calendar moves) runs in the worker, before the desk opens its own
// connection, while the thread that answers the screen says what is being done.
import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { LATEST_SCHEMA_VERSION, type StorageFault, openLedger, sqliteCodeOf, sqliteErrorText, storageFaultOf } from '../ledger';
import { type BackupRun, describeRun } from '../reliability/auto-backup';
import { ReliabilityError } from '../reliability/errors';
import { calendarFollowPendingIn, openForWork, recordLosses } from '../reliability/startup';
import { diagnoseStartup } from '../reliability/startup-diagnosis';
import { followCalendar } from '../services/due-date-recompute';
import { sessionOver } from '../services/ledger-session';
import { WorkerStartError, runInWorker } from '../workers/run-task';
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

/** The long start-up work under way (Vietnamese), for the start-up screen. */
export interface StartupWorkView {
  /** "Đang nâng cấp sổ…" */
  title: string;
  /** The step: "Đang nâng cấp sổ: bước 3/7". */
  label: string;
  done: number;
  /** 0 when the step cannot be counted. */
  total: number;
}

export interface OpenHooks {
  /** The long start-up work has begun, or moved on a step. */
  onWork?: (work: StartupWorkView) => void;
  /** Failures the officer reads on the start-up screen that the log must keep too (a worker that cannot start). */
  onError?: (error: unknown) => void;
  /** Closing the desk stops the work (nothing half-done stays: the migrations are one transaction). */
  signal?: AbortSignal;
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

/**
 * A new, empty ledger at the latest schema (the first run, or "Tạo sổ mới"), its (no) due dates
 * following the calendar, so its first opening has nothing to recompute.
 */
export function createEmptyLedger(ledgerFile: string): void {
  const db = openLedger(ledgerFile, { mustExist: false });
  try {
    resetCommitStamp(db, ledgerFile, Date.now());
    followCalendar(sessionOver(db, ledgerFile, 'ứng dụng'));
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

const UPGRADE_TITLE = 'Đang nâng cấp sổ…';
const CALENDAR_TITLE = 'Đang cập nhật hạn trả theo lịch nghỉ mới…';

/**
 * The start-up work in the worker when there is any: an older schema to upgrade, or due dates to move
 * because the calendar changed (a new app version with new holidays). Null when there was none.
 */
async function startupWorkInWorker(request: OpenRequest, diagnosis: StartupDiagnosis, hooks: OpenHooks): Promise<BackupRun | null> {
  const upgrade = diagnosis.problems.some((p) => p.kind === 'upgrade-pending');
  if (!upgrade && !calendarFollowPendingIn(request.ledgerFile, request.hostActor)) return null;
  const title = upgrade ? UPGRADE_TITLE : CALENDAR_TITLE;
  hooks.onWork?.({ title, label: upgrade ? 'Đang chuẩn bị sao lưu trước khi nâng cấp' : 'Đang chuẩn bị', done: 0, total: 0 });
  const task = { kind: 'startup-work', ledgerFile: request.ledgerFile, now: request.now, appVersion: request.appVersion, actor: request.hostActor, config: loadBackupConfig(request.ledgerFile).config, upgrade } as const;
  const work = await runInWorker(task, { onProgress: (p) => hooks.onWork?.({ title, ...p }), ...(hooks.signal ? { signal: hooks.signal } : {}) });
  return work.upgradeBackup;
}

export async function openDeskLedgerFile(request: OpenRequest, hooks: OpenHooks = {}): Promise<OpenOutcome> {
  if (!existsSync(request.ledgerFile)) {
    // The first run, unless backups say a ledger was here: then offer them before starting afresh.
    const diagnosis = diagnose(request);
    const lost = diagnosis.problems.some((p) => (p.kind === 'missing' || p.kind === 'empty') && p.backups.some((b) => b.good));
    if (lost) return { kind: 'blocked', diagnosis, failure: null };
    createEmptyLedger(request.ledgerFile);
  }
  try {
    const diagnosis = diagnose(request);
    if (diagnosis.status === 'blocked') return { kind: 'blocked', diagnosis, failure: null };
    recordLosses(request.ledgerFile, diagnosis, { actor: request.hostActor, at: new Date(request.now) });
    const upgradeBackup = await startupWorkInWorker(request, diagnosis, hooks);
    // Then the desk's own connection, with nothing left to migrate or recompute. The daily backup is the
    // desk's to take in the background (desk-ledger), not before the first answer.
    const session = openForWork({ ledgerFile: request.ledgerFile, now: request.now, appVersion: request.appVersion, actor: request.hostActor });
    // The desk's own data: the ledger and its folder for the user only, whatever made them.
    restrictLedgerFile(request.ledgerFile);
    const backupFolders = resolvedDirectories(request.ledgerFile, loadBackupConfig(request.ledgerFile).config);
    // On this thread, whose failures reach the app's log (on Windows: icacls, in the background).
    for (const folder of [dirname(request.ledgerFile), ...backupFolders.filter((f) => existsSync(f))]) restrictFolder(folder);
    const swept = sweepUnfinishedCopies(request.ledgerFile, backupFolders);
    // Opening (a migration) may wait the usual five seconds; the day's writes do not.
    session.db.pragma(`busy_timeout = ${DESK_WRITE_WAIT_MS}`);
    return {
      kind: 'open',
      session,
      diagnosis,
      notes: [...notesOf(diagnosis, upgradeBackup, null), ...swept],
      clock: diagnosis.problems.find((p) => p.kind === 'clock-behind') ?? null,
      losses: pendingLossWarnings(session.db),
      dailyBackup: null,
    };
  } catch (error) {
    if (error instanceof WorkerStartError) hooks.onError?.(error);
    // No backup could be written before the upgrade (BackupFailedError), or another refusal in Vietnamese.
    if (error instanceof ReliabilityError) return { kind: 'blocked', diagnosis: diagnose(request), failure: error.message };
    throw error;
  }
}
