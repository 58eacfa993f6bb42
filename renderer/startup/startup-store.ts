// What the start-up check found and the ways forward taken from the start-up screen (or the banner):
// recheck, confirm the clock, only read for now, restore from a backup, start a new ledger.
import { create } from 'zustand';
import type { RestoreOutcomeView, StartupView } from '../../shared/api/startup-schemas';
import { call, messageOf } from '../api/client';
import { viewRunner } from '../api/view-runner';
import { fileToBase64 } from '../api/files';
import { type PinRequest, pinRequestOf } from '../backups/restore-pin';

/** A restore waiting for the chairman's PIN: the same restore, sent again with it. */
export interface PendingPinRestore extends PinRequest {
  retry(chairmanPin: string): Promise<boolean>;
}

type RestoreWork = (chairmanPin: string | undefined) => Promise<RestoreOutcomeView | null>;

interface StartupState {
  view: StartupView | null;
  error: string | null;
  busy: boolean;
  /** The desk chose to only read while the clock is in doubt: the app opens, logging stays refused. */
  readOnly: boolean;
  /** A restore refused because the backup predates a sign-off, until the PIN is given or it is cancelled. */
  pinRestore: PendingPinRestore | null;
  /** What the last restore did (Vietnamese lines). */
  restored: string[];
  /** Notes of this start-up the desk has dismissed. */
  notesDismissed: boolean;
  load(): Promise<void>;
  recheck(): Promise<void>;
  confirmClock(): Promise<void>;
  createNew(): Promise<void>;
  /** The operator has dealt with the changes found missing: recorded in the ledger, the warning goes. */
  acknowledgeLosses(): Promise<void>;
  restoreFrom(backupFile: string): Promise<boolean>;
  restoreUpload(file: File): Promise<boolean>;
  /** Desktop app: the native dialog, then the file restored from where it lies (false: cancelled). */
  restoreChosen(): Promise<boolean>;
  /** After a restore made elsewhere (Thiết lập): the ledger was reopened through the check. */
  restoredWith(outcome: RestoreOutcomeView): void;
  cancelPinRestore(): void;
  chooseReadOnly(): void;
  dismissNotes(): void;
}

export const useStartup = create<StartupState>((set, get) => {
  const run = viewRunner<StartupView>(set);
  /** Null from `work`: the native dialog was cancelled, nothing changed. */
  async function restoreWith(work: RestoreWork, chairmanPin?: string): Promise<boolean> {
    set({ busy: true, error: null });
    try {
      const outcome = await work(chairmanPin);
      set({ pinRestore: null });
      if (outcome) get().restoredWith(outcome);
      else if (!get().view) set({ view: await call('startup.status', {}) });
      return outcome !== null;
    } catch (error) {
      const request = pinRequestOf(error);
      if (request) set({ pinRestore: { ...request, retry: (pin) => restoreWith(work, pin) } });
      else set({ error: messageOf(error) });
      return false;
    } finally {
      set({ busy: false });
    }
  }
  const withPin = (chairmanPin: string | undefined) => (chairmanPin === undefined ? {} : { chairmanPin });
  return {
    view: null,
    error: null,
    busy: false,
    readOnly: false,
    pinRestore: null,
    restored: [],
    notesDismissed: false,
    load: async () => {
      await run(() => call('startup.status', {}));
    },
    recheck: async () => {
      await run(() => call('startup.recheck', {}));
    },
    confirmClock: async () => {
      if (await run(() => call('startup.confirmClock', {}))) set({ readOnly: false });
    },
    createNew: async () => {
      await run(() => call('startup.createNew', {}));
    },
    acknowledgeLosses: async () => {
      await run(() => call('startup.acknowledgeLosses', {}));
    },
    restoreFrom: (backupFile) => restoreWith((pin) => call('backup.restoreFrom', { backupFile, ...withPin(pin) })),
    restoreUpload: (file) => restoreWith(async (pin) => call('backup.restore', { fileName: file.name, contentBase64: await fileToBase64(file), ...withPin(pin) })),
    restoreChosen: async () => {
      set({ error: null });
      let chosen: string | null;
      try {
        chosen = (await call('backup.chooseFile', {})).path;
      } catch (error) {
        set({ error: messageOf(error) });
        return false;
      }
      if (chosen === null) return false;
      const file = chosen;
      // A retry with the chairman's PIN restores the same file: the dialog does not open again.
      return restoreWith((pin) => call('backup.restoreChosen', { path: file, ...withPin(pin) }));
    },
    cancelPinRestore: () => set({ pinRestore: null, error: null }),
    restoredWith(outcome) {
      set({ view: outcome.startup, restored: outcome.lines, readOnly: false, notesDismissed: false, pinRestore: null });
    },
    chooseReadOnly: () => set({ readOnly: true }),
    dismissNotes: () => set({ notesDismissed: true }),
  };
});
