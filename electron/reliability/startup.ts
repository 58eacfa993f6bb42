// Opening a ledger for a day's work, for any host (the desk app, the command line): the start-up check,
// a backup before an upgrade, the upgrade, the app-version stamp, then the daily backup. A ledger that
// cannot be opened raises StartupBlockedError carrying the diagnosis, whose actions are the way forward.
import { openDatabase } from '../ledger/database';
import { type AuditContext, DEFAULT_BUSY_TIMEOUT_MS, type Migration, openLedger } from '../ledger';
import { recordLossWarning } from './loss-warnings';
import { calendarFollowPending, followCalendar } from '../services/due-date-recompute';
import { type LedgerSession, sessionOver } from '../services/ledger-session';
import { type BackupRun, runDailyBackup, takeRequiredBackup } from './auto-backup';
import { type BackupConfig, loadBackupConfig } from './backup-config';
import { ReliabilityError } from './errors';
import { stampAppVersion } from './schema-stamps';
import { diagnoseStartup } from './startup-diagnosis';
import type { StartupDiagnosis } from './startup-problems';

export class StartupBlockedError extends ReliabilityError {
  constructor(readonly diagnosis: StartupDiagnosis) {
    super(
      diagnosis.problems
        .filter((p) => p.severity === 'blocking')
        .map((p) => p.message)
        .join(' '),
    );
  }
}

export interface PrepareOptions {
  ledgerFile: string;
  /** Epoch milliseconds, read by the caller. */
  now: number;
  appVersion: string;
  actor: string;
  config?: BackupConfig;
  /** For tests of the migration machinery; default: every migration the app knows. */
  migrations?: readonly Migration[];
  /**
   * Take the daily backup before returning (default true, for the command line). The desk app passes
   * false and takes it in a worker once its window answers (desk/desk-ledger).
   */
  dailyBackup?: boolean;
}

export interface PreparedLedger {
  diagnosis: StartupDiagnosis;
  /** The backup taken before an upgrade, when one was due. */
  upgradeBackup: BackupRun | null;
}

/**
 * Everything before the ledger is opened: the diagnosis (throws StartupBlockedError when blocked) and,
 * when the schema is older than the app's, a verified backup in the configured folders (throws
 * BackupFailedError when none could be written: no upgrade without a backup).
 */
export async function prepareLedger(options: PrepareOptions): Promise<PreparedLedger> {
  const config = options.config ?? loadBackupConfig(options.ledgerFile).config;
  const supportedVersion = options.migrations?.length;
  const diagnosis = diagnoseStartup({ ...options, config, ...(supportedVersion !== undefined ? { supportedVersion } : {}) });
  if (diagnosis.status === 'blocked') throw new StartupBlockedError(diagnosis);
  recordLosses(options.ledgerFile, diagnosis, { actor: options.actor, at: new Date(options.now) });
  let upgradeBackup: BackupRun | null = null;
  if (diagnosis.problems.some((p) => p.kind === 'upgrade-pending')) {
    const raw = openDatabase(options.ledgerFile, { fileMustExist: true });
    try {
      upgradeBackup = await takeRequiredBackup(raw, options.ledgerFile, 'before-migration', { config, now: options.now });
    } finally {
      raw.close();
    }
  }
  return { diagnosis, upgradeBackup };
}

/** Acknowledged changes found missing are kept in the ledger until an officer acknowledges them (loss-warnings). */
export function recordLosses(ledgerFile: string, diagnosis: StartupDiagnosis, ctx: AuditContext): void {
  const found = diagnosis.problems.flatMap((p) => (p.kind === 'changes-missing' ? [p] : []));
  if (found.length === 0) return;
  const raw = openDatabase(ledgerFile, { fileMustExist: true, timeout: DEFAULT_BUSY_TIMEOUT_MS });
  try {
    for (const p of found) recordLossWarning(raw, { at: (ctx.at ?? new Date()).getTime(), message: p.message, missing: p.missing }, ctx);
  } finally {
    raw.close();
  }
}

export interface LedgerForWork extends PreparedLedger {
  session: LedgerSession;
  /** The daily backup, when one was due today. */
  dailyBackup: BackupRun | null;
}

/** What a migration step, the upgrade backup or the due-date recompute is doing (Vietnamese), for a progress bar. */
export type StartupProgress = (label: string, done: number, total: number) => void;

export interface OpenForWorkOptions {
  ledgerFile: string;
  now: number;
  appVersion: string;
  actor: string;
  migrations?: readonly Migration[];
  onProgress?: StartupProgress;
}

/** Opens (migrating), stamps the app version and moves the due dates the calendar moved. */
export function openForWork(options: OpenForWorkOptions): LedgerSession {
  const progress = options.onProgress;
  const db = openLedger(options.ledgerFile, {
    mustExist: true,
    ...(options.migrations ? { migrations: options.migrations } : {}),
    ...(progress ? { onMigration: (done: number, total: number) => progress(`Đang nâng cấp sổ: bước ${Math.min(done + 1, total)}/${total}`, done, total) } : {}),
  });
  const session = sessionOver(db, options.ledgerFile, options.actor);
  try {
    stampAppVersion(db, options.appVersion, { actor: options.actor, at: new Date(options.now) });
    if (calendarFollowPending(session)) {
      progress?.('Đang tính lại hạn trả của hồ sơ theo lịch nghỉ mới', 0, 0);
      followCalendar(session, new Date(options.now));
    }
    return session;
  } catch (error) {
    session.close();
    throw error;
  }
}

/**
 * Prepares, opens (migrating), stamps the app version and takes the daily backup. A host that stays
 * open for days calls runDailyBackup again from time to time. When `diagnosis.status` is `confirm`
 * (the clock), the host must not log anything until the user has chosen a way forward.
 */
export async function openLedgerForWork(options: PrepareOptions): Promise<LedgerForWork> {
  const config = options.config ?? loadBackupConfig(options.ledgerFile).config;
  const prepared = await prepareLedger({ ...options, config });
  const session = openForWork(options);
  try {
    const dailyBackup = options.dailyBackup === false ? null : await runDailyBackup(session.db, options.ledgerFile, { config, now: options.now });
    return { ...prepared, session, dailyBackup };
  } catch (error) {
    session.close();
    throw error;
  }
}

export interface StartupWorkOptions {
  ledgerFile: string;
  now: number;
  appVersion: string;
  actor: string;
  config: BackupConfig;
  /** The schema is older than the app's (the diagnosis said upgrade-pending): back up, then migrate. */
  upgrade: boolean;
}

export interface StartupWork {
  /** The verified backup taken before the upgrade. */
  upgradeBackup: BackupRun | null;
}

/**
 * The long part of a first start after an upgrade, for the desk to run in its worker before it opens
 * its own connection: the backup before the upgrade (with its full check; BackupFailedError when none
 * could be written: no upgrade without a backup), the migrations, and the due dates the new calendar
 * moves. The connection is closed after; opening the ledger again then finds nothing left to do.
 */
export async function runStartupWork(options: StartupWorkOptions, onProgress: StartupProgress = () => undefined): Promise<StartupWork> {
  let upgradeBackup: BackupRun | null = null;
  if (options.upgrade) {
    onProgress('Đang sao lưu và kiểm tra bản sao lưu trước khi nâng cấp', 0, 0);
    const raw = openDatabase(options.ledgerFile, { fileMustExist: true });
    try {
      upgradeBackup = await takeRequiredBackup(raw, options.ledgerFile, 'before-migration', { config: options.config, now: options.now });
    } finally {
      raw.close();
    }
  }
  openForWork({ ...options, onProgress }).close();
  return { upgradeBackup };
}

/**
 * Whether opening `ledgerFile` would recompute due dates (the calendar changed since they were computed),
 * for a ledger at the app's schema (call it only when no upgrade is pending). Reads only; the connection
 * is a writer's so that a WAL ledger opens as the desk's own connection would.
 */
export function calendarFollowPendingIn(ledgerFile: string, actor: string): boolean {
  const db = openDatabase(ledgerFile, { fileMustExist: true });
  try {
    return calendarFollowPending(sessionOver(db, ledgerFile, actor));
  } finally {
    db.close();
  }
}
