// The desk app's ledger for the life of the host: opened through the start-up check, blocked with its
// diagnosis until a way forward is taken (restore, a new ledger, a recheck), held back from logging while
// the clock is earlier than the ledger's latest entry, acting as the operator chosen at the desk, backed
// up automatically, and reopened through the same check after a restore.
import { existsSync } from 'node:fs';
import type { LedgerHolder } from '../api/context';
import { sqliteErrorText } from '../ledger';
import type { BackupRun } from '../reliability/auto-backup';
import { loadBackupConfig } from '../reliability/backup-config';
import { checkClockOf } from '../reliability/clock-check';
import { ReliabilityError } from '../reliability/errors';
import { type RestoreOutcome, removeUnfinishedRestores, restoreLedger } from '../reliability/restore';
import type { StartupDiagnosis, StartupProblem } from '../reliability/startup-problems';
import { diagnoseStartup } from '../reliability/startup-diagnosis';
import { type LossWarning, acknowledgeLossWarnings, pendingLossWarnings } from '../reliability/loss-warnings';
import { viInstant } from '../reliability/vi-time';
import { runInWorker } from '../workers/run-task';
import type { IntegrityOutcome, WorkerProgress } from '../workers/worker-tasks';
import type { BackupResult } from '../services/backup-service';
import { hasOperatorRegistry, listOperators, operatorActor } from '../security/operators';
import type { LedgerSession } from '../services/ledger-session';
import { type AutomaticBackup, type StartupWorkView, automaticBackupOf, createEmptyLedger, keepAside, openDeskLedgerFile, sqliteOpenFailure } from './desk-open';
import { deskSession } from './desk-session';
import { restoreInWorkers } from './restore-in-workers';

export class DeskError extends ReliabilityError {}

export interface DeskLedgerOptions {
  ledgerFile: string;
  /** The host itself, e.g. "ứng dụng (lan)": records start-up bookkeeping and the very first operator. */
  hostActor: string;
  appVersion: string;
  /** Epoch milliseconds. */
  clock: () => number;
  /**
   * How long after the ledger opens the background work starts (the full integrity_check, then the
   * daily backup), so the first screen is answered first. Default 2 s; negative: never by itself.
   */
  backgroundDelayMs?: number;
}

/** The full integrity check run in the background after a bounded start-up check. */
export interface IntegrityCheck {
  at: number;
  ok: boolean;
  detail: string[];
  ms: number;
}

export type DeskState =
  | { kind: 'opening' }
  /** The long start-up work after an upgrade, in the worker (desk-open): the screen shows what is done. */
  | { kind: 'upgrading'; work: StartupWorkView }
  | { kind: 'closed' }
  | { kind: 'blocked'; diagnosis: StartupDiagnosis; failure: string | null }
  | { kind: 'open'; diagnosis: StartupDiagnosis; notes: string[]; clock: StartupProblem | null; clockConfirmed: boolean; losses: LossWarning[] };

export interface DeskLedger extends LedgerHolder {
  /** Resolves once the ledger is open or blocked (never rejects). */
  settled(): Promise<void>;
  /** Resolves once the start-up screen has something to show: settled, or the long upgrade work begun. */
  answerable(): Promise<void>;
  state(): DeskState;
  /** The session recording the host itself, for the very first operator of a ledger. */
  hostSession(): LedgerSession;
  operator(): string | null;
  /** Checks the name against the ledger's active operators; null clears the choice. */
  selectOperator(name: string | null): string | null;
  /** Why nothing may be logged now (the clock), or null. */
  loggingRefusal(): string | null;
  confirmClock(): void;
  /**
   * The operator at the desk has dealt with the acknowledged changes found missing (looked for the -wal,
   * re-entered what was lost): recorded in the ledger with their name; the warning is no longer shown.
   */
  acknowledgeLosses(): void;
  /** Runs the start-up check again (blocked), or the clock check (open). */
  recheck(): Promise<void>;
  /** `chairmanPin` when the backup predates a sign-off (reliability/restore); `onProgress`: the steps in the worker. */
  restore(backupFile: string, chairmanPin?: string, onProgress?: Progress): Promise<RestoreOutcome>;
  /** For a missing or empty ledger: keeps an empty file aside and starts a new ledger. */
  createNew(): Promise<void>;
  /**
   * The daily backup into each folder that has none today, in a worker; the result is kept for the
   * settings screen. Never two backups at once: a call while one runs queues one more (joined by
   * further calls until it starts).
   */
  runAutomaticBackup(): Promise<void>;
  lastAutomaticBackup(): AutomaticBackup | null;
  /** One backup into every configured folder ("Sao lưu ngay"), in a worker, after any running one. */
  backupNow(onProgress?: Progress): Promise<BackupRun>;
  /** One verified copy of the ledger at `target` ("Lưu bản sao ra tệp"), in a worker, after any backup or check under way. */
  copyTo(target: string, onProgress?: Progress): Promise<BackupResult>;
  /** The full integrity_check in a worker; a damaged ledger is then blocked with its diagnosis. */
  checkIntegrity(onProgress?: Progress): Promise<IntegrityCheck | null>;
  lastIntegrityCheck(): IntegrityCheck | null;
  /** Resolves when the background work queued so far (checks, backups) has finished. */
  backgroundSettled(): Promise<void>;
  /** Runs `work` when no restore, reopening or automatic backup is under way, and none starts meanwhile. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

/** What a background job is doing, for the screen that follows it (api/jobs). */
export type Progress = (progress: WorkerProgress) => void;

const WAITING: WorkerProgress = { label: 'Đang chờ việc sao lưu hoặc kiểm tra đang chạy xong', done: 0, total: 0 };

const NOT_OPEN: Record<'opening' | 'upgrading' | 'closed' | 'blocked', string> = {
  opening: 'Sổ dữ liệu đang được mở, hãy thử lại sau giây lát.',
  upgrading: 'Sổ dữ liệu đang được nâng cấp, hãy chờ đến khi xong.',
  closed: 'Sổ dữ liệu đã đóng.',
  blocked: 'Sổ dữ liệu chưa mở được: hãy xem hướng xử lý trên màn hình khởi động.',
};

export function openDeskLedger(options: DeskLedgerOptions, onError: (error: unknown) => void): DeskLedger {
  const file = options.ledgerFile;
  let state: DeskState = { kind: 'opening' };
  let session: LedgerSession | null = null;
  let operator: string | null = null;
  let lastAutomatic: AutomaticBackup | null = null;
  let closed = false;
  let lastIntegrity: IntegrityCheck | null = null;
  let lock: Promise<unknown> = Promise.resolve();
  let opening: Promise<void> = Promise.resolve();
  /** Resolves when the opening under way starts its long work (never, for an opening without any). */
  let working: Promise<void> = Promise.resolve();
  /** Background work (backups, the full check) runs in workers one at a time, off the commands' path. */
  let backgroundTail: Promise<unknown> = Promise.resolve();
  let queuedBackup: Promise<void> | null = null;
  let backgroundTimer: NodeJS.Timeout | null = null;
  const stopWorkers = new AbortController();

  /**
   * One change of the ledger file at a time (restore, reopening), after the background work queued
   * before it. Each chain waits only for what the other had queued earlier, so neither waits on itself.
   */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const background = backgroundTail;
    const next = lock.then(() => background).then(work);
    lock = next.catch(() => undefined);
    return next;
  }

  /** Queues `work` after the earlier background work and the changes of the file queued before it. */
  function inBackground<T>(work: () => Promise<T>): Promise<T> {
    const changes = lock;
    const next = backgroundTail.then(() => changes).then(work);
    backgroundTail = next.catch(() => undefined);
    return next;
  }

  async function dailyBackupInWorker(): Promise<void> {
    if (state.kind !== 'open' || session === null) return;
    const now = options.clock();
    try {
      const run = await runInWorker({ kind: 'daily-backup', ledgerFile: file, config: loadBackupConfig(file).config, now }, { signal: stopWorkers.signal });
      if (run) {
        lastAutomatic = automaticBackupOf(run, now);
        if (state.kind === 'open') {
          const skipped = run.skipped.map((s) => `Chưa sao lưu hằng ngày được vào "${s.directory}": ${s.reason}.`);
          state = { ...state, notes: [...new Set([...state.notes, ...skipped])] };
        }
      }
    } catch (error) {
      if (closed) return;
      const why = sqliteErrorText(error, file) ?? (error instanceof Error ? error.message : String(error));
      lastAutomatic = { at: now, ok: false, lines: [`Sao lưu tự động không được: ${why}`] };
      onError(error);
    }
  }

  /** On demand (`onProgress` given) a failure is the caller's to report; in the background it is logged. */
  async function integrityInWorker(onProgress?: Progress): Promise<IntegrityCheck | null> {
    if (state.kind !== 'open' || session === null) return null;
    const at = options.clock();
    let outcome: IntegrityOutcome;
    try {
      outcome = await runInWorker({ kind: 'integrity-check', ledgerFile: file }, { signal: stopWorkers.signal, ...(onProgress ? { onProgress } : {}) });
    } catch (error) {
      if (onProgress) throw error;
      if (!closed) onError(error);
      return null;
    }
    lastIntegrity = { at, ...outcome };
    if (!outcome.ok && state.kind === 'open' && !closed) {
      // Damage the bounded start-up check could not see: stop working on the file, show the ways forward.
      closeSession();
      const diagnosis = diagnoseStartup({ ledgerFile: file, now: at, appVersion: options.appVersion, knownDamage: outcome.detail });
      state = { kind: 'blocked', diagnosis, failure: null };
    }
    return lastIntegrity;
  }

  function startBackgroundWork(): void {
    const delay = options.backgroundDelayMs ?? 2000;
    if (delay < 0 || closed) return;
    if (backgroundTimer) clearTimeout(backgroundTimer);
    backgroundTimer = setTimeout(() => {
      backgroundTimer = null;
      void inBackground(() => integrityInWorker()).then(() => api.runAutomaticBackup());
    }, delay);
    backgroundTimer.unref();
  }

  function closeSession(): void {
    session?.close();
    session = null;
    if (!closed) state = { kind: 'opening' };
  }

  /** Keeps the chosen operator when still active; otherwise the only active one, if there is just one. */
  function chooseOperator(db: LedgerSession['db']): void {
    if (!hasOperatorRegistry(db)) {
      operator = null;
      return;
    }
    const active = listOperators(db);
    if (operator !== null && active.some((o) => o.name === operator)) return;
    operator = active.length === 1 ? (active[0]?.name ?? null) : null;
  }

  async function openNow(startedWork: () => void): Promise<void> {
    const onWork = (work: StartupWorkView) => {
      if (closed) return;
      state = { kind: 'upgrading', work };
      startedWork();
    };
    const request = { ledgerFile: file, hostActor: options.hostActor, appVersion: options.appVersion, now: options.clock() };
    try {
      // A restore killed half-way left its staged copy (personal data) beside the ledger.
      removeUnfinishedRestores(file);
      const outcome = await openDeskLedgerFile(request, { onWork, onError, signal: stopWorkers.signal });
      if (outcome.kind === 'blocked') {
        state = closed ? { kind: 'closed' } : outcome;
        return;
      }
      if (closed) {
        outcome.session.close();
        return;
      }
      session = outcome.session;
      chooseOperator(session.db);
      if (outcome.dailyBackup) lastAutomatic = outcome.dailyBackup;
      state = { kind: 'open', diagnosis: outcome.diagnosis, notes: outcome.notes, clock: outcome.clock, clockConfirmed: false, losses: outcome.losses };
      startBackgroundWork();
    } catch (error) {
      // Closed while the start-up work ran in the worker: it was stopped, nothing to report.
      if (closed) {
        state = { kind: 'closed' };
        return;
      }
      // SQLite's own words never reach the officer; a full or read-only disk is not offered a restore.
      const known = sqliteOpenFailure(error, request);
      if (known) {
        state = known;
        return;
      }
      onError(error);
      const why = error instanceof Error ? error.message : String(error);
      state = {
        kind: 'blocked',
        diagnosis: { ledgerFile: file, status: 'blocked', schemaVersion: null, dossiers: null, problems: [] },
        failure: `Lỗi không mong đợi khi mở sổ dữ liệu "${file}": ${why}. Hãy thử "Kiểm tra lại"; nếu vẫn lỗi, khôi phục từ bản sao lưu.`,
      };
    }
  }

  /** Reopens through the start-up check; commands wait for it (settled). */
  function reopen(): Promise<void> {
    let startedWork: () => void = () => undefined;
    working = new Promise<void>((resolve) => {
      startedWork = resolve;
    });
    opening = openNow(startedWork);
    return opening;
  }

  function openSession(): LedgerSession {
    if (state.kind !== 'open' || session === null) throw new DeskError(NOT_OPEN[state.kind === 'open' ? 'opening' : state.kind]);
    return session;
  }

  function lostLedger(): boolean {
    return state.kind === 'blocked' && state.diagnosis.problems.some((p) => p.kind === 'missing' || p.kind === 'empty');
  }

  void reopen();

  const api: DeskLedger = {
    file,
    settled: () => opening.then(() => lock).then(() => undefined),
    answerable: () => Promise.race([api.settled(), working]),
    state: () => state,
    session: () => deskSession(openSession(), operator),
    hostSession: openSession,
    operator: () => operator,
    selectOperator(name) {
      operator = name === null ? null : operatorActor(openSession().db, name);
      return operator;
    },
    loggingRefusal() {
      if (state.kind !== 'open' || state.clock?.kind !== 'clock-behind' || state.clockConfirmed) return null;
      return (
        `Chưa ghi được: đồng hồ của máy tính đang chỉ ${viInstant(options.clock())}, sớm hơn mục mới nhất trong sổ ` +
        `(${viInstant(state.clock.latestEntry.at)}); ngày giờ ghi trong sổ là căn cứ pháp lý. Hãy chỉnh lại ngày giờ của máy tính ` +
        'rồi bấm "Kiểm tra lại", hoặc xác nhận ngày giờ của máy là đúng ở thông báo trên cùng.'
      );
    },
    confirmClock() {
      if (state.kind !== 'open') throw new DeskError(NOT_OPEN[state.kind]);
      state = { ...state, clockConfirmed: true };
    },
    acknowledgeLosses() {
      const desk = api.session();
      acknowledgeLossWarnings(desk.db, file, { actor: desk.actor, at: new Date(options.clock()) });
      if (state.kind === 'open') state = { ...state, losses: pendingLossWarnings(desk.db) };
    },
    recheck: () =>
      exclusive(async () => {
        if (state.kind === 'blocked') {
          await reopen();
          return;
        }
        if (state.kind === 'open' && state.clock !== null && session !== null && checkClockOf(session.db, options.clock()) === null) {
          state = { ...state, clock: null };
        }
      }),
    restore: (backupFile, chairmanPin, onProgress) =>
      exclusive(async () => {
        const { config } = loadBackupConfig(file);
        closeSession();
        try {
          const work = restoreInWorkers(stopWorkers.signal, onProgress);
          return await restoreLedger({ ledgerFile: file, backupFile, config, now: options.clock(), work, ...(chairmanPin === undefined ? {} : { chairmanPin }) });
        } finally {
          // The restored ledger, or the old one when the restore was refused, goes through the check again.
          await reopen();
        }
      }),
    createNew: () =>
      exclusive(async () => {
        if (!lostLedger()) throw new DeskError('Chỉ tạo sổ mới khi không có sổ dữ liệu hoặc tệp sổ trống; sổ hiện tại vẫn được giữ nguyên.');
        if (existsSync(file)) keepAside(file, options.clock());
        createEmptyLedger(file);
        await reopen();
      }),
    runAutomaticBackup() {
      if (queuedBackup) return queuedBackup;
      const queued = inBackground(async () => {
        queuedBackup = null;
        await dailyBackupInWorker();
      });
      queuedBackup = queued;
      return queued;
    },
    lastAutomaticBackup: () => lastAutomatic,
    backupNow(onProgress) {
      onProgress?.(WAITING);
      return inBackground(async () => {
        openSession();
        const task = { kind: 'backup', ledgerFile: file, reason: 'manual', config: loadBackupConfig(file).config, now: options.clock() } as const;
        return runInWorker(task, { signal: stopWorkers.signal, ...(onProgress ? { onProgress } : {}) });
      });
    },
    copyTo(target, onProgress) {
      onProgress?.(WAITING);
      return inBackground(async () => {
        openSession();
        return runInWorker({ kind: 'backup-to', ledgerFile: file, target }, { signal: stopWorkers.signal, ...(onProgress ? { onProgress } : {}) });
      });
    },
    checkIntegrity(onProgress) {
      onProgress?.(WAITING);
      return inBackground(() => integrityInWorker(onProgress ?? (() => {})));
    },
    lastIntegrityCheck: () => lastIntegrity,
    backgroundSettled: () => backgroundTail.then(() => undefined),
    exclusive,
    reopenAfter(change) {
      closeSession();
      try {
        return change();
      } finally {
        void reopen();
      }
    },
    close() {
      closed = true;
      if (backgroundTimer) clearTimeout(backgroundTimer);
      stopWorkers.abort();
      session?.close();
      session = null;
      state = { kind: 'closed' };
    },
  };
  return api;
}
