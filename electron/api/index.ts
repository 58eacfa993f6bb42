// The app's API, host-agnostic: every handler of the contract over one ledger, behind one dispatcher.
// The Electron main process serves it over IPC, the web host over loopback HTTP.
import type { ApiContext, HostServices } from './context';
import { type Dispatch, type Handlers, createDispatcher } from './dispatch';
import { createCommitKeeper } from '../desk/commit-keeper';
import { calendarHandlers } from './handlers/calendar';
import { catalogueHandlers } from './handlers/catalogue';
import { dataHandlers } from './handlers/data';
import { deskDayHandlers } from './handlers/desk-day';
import { importMappingHandlers } from './handlers/import-mapping';
import { dossierHandlers } from './handlers/dossiers';
import { formHandlers } from './handlers/forms';
import { handoffHandlers } from './handlers/handoff';
import { rulesHandlers } from './handoff/rules-handlers';
import { hostHandlers } from './handlers/host';
import { documentHandlers } from './handlers/documents';
import { reportHandlers } from './handlers/reports';
import { settingsHandlers } from './handlers/settings';
import { createImportPlanStore } from './import-plans';
import { jobHandlers } from './handlers/jobs';
import { createJobs } from './jobs';
import { guardLedgerWriter } from './ledger-writer';
import { AUTOMATIC_BACKUP_EVERY_MS, scheduleAutomaticBackups } from '../desk/backup-schedule';
import { type DeskLedger, openDeskLedger } from '../desk/desk-ledger';
import { guardHandlers } from './desk-guards';
import { backupHandlers } from './handlers/backups';
import { packageRestoreHandlers } from './handlers/package-restore';
import { operatorHandlers } from './handlers/operators';
import { startupHandlers } from './handlers/startup';
import type { DriveProbe } from '../services/removable-drives';

export type { ApiContext, FileBytes, HostKind, HostServices, LedgerHolder } from './context';
export type { Dispatch, Handlers } from './dispatch';

export function createHandlers(ctx: ApiContext): Handlers {
  return {
    ...settingsHandlers(ctx),
    ...catalogueHandlers(ctx),
    ...dossierHandlers(ctx),
    ...deskDayHandlers(ctx),
    ...formHandlers(ctx),
    ...reportHandlers(ctx),
    ...calendarHandlers(ctx),
    ...dataHandlers(ctx),
    ...importMappingHandlers(ctx),
    ...hostHandlers(ctx),
    ...handoffHandlers(ctx),
    ...rulesHandlers(ctx),
    ...documentHandlers(ctx),
    ...startupHandlers(ctx),
    ...backupHandlers(ctx),
    ...packageRestoreHandlers(ctx),
    ...operatorHandlers(ctx),
    ...jobHandlers(ctx),
  };
}

export interface AppApiOptions {
  ledgerFile: string;
  actor: string;
  host: HostServices;
  appVersion: string;
  /** Epoch milliseconds; defaults to the computer's clock. */
  clock?: () => number;
  onInternalError?: (error: unknown) => void;
  /** How often the daily backup is looked at while the app runs (default: every 3 hours). */
  backupCheckEveryMs?: number;
  /** When the background work (full check, daily backup) starts after the ledger opens (desk-ledger). */
  backgroundDelayMs?: number;
  /** How removable drives are found (default: the system's; tests play a slow PowerShell). */
  driveProbe?: DriveProbe;
}

export interface AppApi {
  dispatch: Dispatch;
  ledger: DeskLedger;
  close(): void;
}

/**
 * Opens the ledger through the start-up check (creating it on the first run) and serves the whole contract
 * over it. Commands wait until the ledger is open or blocked; a blocked ledger answers the start-up and
 * backup commands only, with the way forward.
 */
export function createAppApi(options: AppApiOptions): AppApi {
  const clock = options.clock ?? (() => Date.now());
  const onError = options.onInternalError ?? ((e: unknown) => console.error(e));
  const desk = openDeskLedger(
    {
      ledgerFile: options.ledgerFile,
      hostActor: options.actor,
      appVersion: options.appVersion,
      clock,
      ...(options.backgroundDelayMs !== undefined ? { backgroundDelayMs: options.backgroundDelayMs } : {}),
    },
    onError,
  );
  const ctx: ApiContext = {
    ledger: desk,
    desk,
    clock,
    host: options.host,
    appVersion: options.appVersion,
    imports: createImportPlanStore(),
    jobs: createJobs(clock),
    ...(options.driveProbe ? { driveProbe: options.driveProbe } : {}),
  };
  const stopBackups = scheduleAutomaticBackups(desk, options.backupCheckEveryMs ?? AUTOMATIC_BACKUP_EVERY_MS, onError);
  const commits = createCommitKeeper(() => (desk.state().kind === 'open' ? { db: desk.hostSession().db, file: desk.file } : null), clock, onError);
  const dispatch = createDispatcher(guardLedgerWriter(guardHandlers(createHandlers(ctx), desk)), onError, options.ledgerFile);
  return {
    // The mark of the last acknowledged change is durable before the answer leaves (desk/commit-keeper).
    dispatch: async (command, input) => {
      const result = await dispatch(command, input);
      commits.afterCommand();
      return result;
    },
    ledger: desk,
    close: () => {
      stopBackups();
      commits.flush();
      desk.close();
    },
  };
}
