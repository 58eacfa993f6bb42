// The app's API, host-agnostic: every handler of the contract over one ledger, behind one dispatcher.
// The Electron main process serves it over IPC, the web host over loopback HTTP.
import type { ApiContext, HostServices, LedgerHolder } from './context';
import { type Dispatch, type Handlers, createDispatcher } from './dispatch';
import { calendarHandlers } from './handlers/calendar';
import { catalogueHandlers } from './handlers/catalogue';
import { dataHandlers } from './handlers/data';
import { dossierHandlers } from './handlers/dossiers';
import { formHandlers } from './handlers/forms';
import { hostHandlers } from './handlers/host';
import { reportHandlers } from './handlers/reports';
import { settingsHandlers } from './handlers/settings';
import { createImportPlanStore } from './import-plans';
import { holdLedger } from './ledger-holder';

export type { ApiContext, FileBytes, HostKind, HostServices, LedgerHolder } from './context';
export type { Dispatch, Handlers } from './dispatch';

export function createHandlers(ctx: ApiContext): Handlers {
  return {
    ...settingsHandlers(ctx),
    ...catalogueHandlers(ctx),
    ...dossierHandlers(ctx),
    ...formHandlers(ctx),
    ...reportHandlers(ctx),
    ...calendarHandlers(ctx),
    ...dataHandlers(ctx),
    ...hostHandlers(ctx),
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
}

export interface AppApi {
  dispatch: Dispatch;
  ledger: LedgerHolder;
  close(): void;
}

/** Opens (or creates) the ledger and serves the whole contract over it. */
export function createAppApi(options: AppApiOptions): AppApi {
  const ledger = holdLedger(options.ledgerFile, options.actor);
  const ctx: ApiContext = {
    ledger,
    clock: options.clock ?? (() => Date.now()),
    host: options.host,
    appVersion: options.appVersion,
    imports: createImportPlanStore(),
  };
  return { dispatch: createDispatcher(createHandlers(ctx), options.onInternalError), ledger, close: () => ledger.close() };
}
