// What the start-up check found and the ways forward taken from the start-up screen (or the banner):
// recheck, confirm the clock, only read for now, restore from a backup, start a new ledger.
import { create } from 'zustand';
import type { RestoreOutcomeView, StartupView } from '../../shared/api/startup-schemas';
import { call } from '../api/client';
import { viewRunner } from '../api/view-runner';
import { fileToBase64 } from '../api/files';

interface StartupState {
  view: StartupView | null;
  error: string | null;
  busy: boolean;
  /** The desk chose to only read while the clock is in doubt: the app opens, logging stays refused. */
  readOnly: boolean;
  /** What the last restore did (Vietnamese lines). */
  restored: string[];
  /** Notes of this start-up the desk has dismissed. */
  notesDismissed: boolean;
  load(): Promise<void>;
  recheck(): Promise<void>;
  confirmClock(): Promise<void>;
  createNew(): Promise<void>;
  restoreFrom(backupFile: string): Promise<boolean>;
  restoreUpload(file: File): Promise<boolean>;
  /** Desktop app: the native dialog, the file restored from where it lies. */
  restoreChosen(): Promise<boolean>;
  /** After a restore made elsewhere (Thiết lập): the ledger was reopened through the check. */
  restoredWith(outcome: RestoreOutcomeView): void;
  chooseReadOnly(): void;
  dismissNotes(): void;
}

export const useStartup = create<StartupState>((set, get) => {
  const run = viewRunner<StartupView>(set);
  async function restoreWith(work: () => Promise<RestoreOutcomeView>): Promise<boolean> {
    return run(async () => {
      const outcome = await work();
      get().restoredWith(outcome);
      return outcome.startup;
    });
  }
  return {
    view: null,
    error: null,
    busy: false,
    readOnly: false,
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
    restoreFrom: (backupFile) => restoreWith(() => call('backup.restoreFrom', { backupFile })),
    restoreUpload: (file) => restoreWith(async () => call('backup.restore', { fileName: file.name, contentBase64: await fileToBase64(file) })),
    restoreChosen: () =>
      run(async () => {
        const outcome = await call('backup.restoreChosen', {});
        const current = get().view;
        // The dialog was cancelled: nothing changed.
        if (outcome === null && current) return current;
        if (outcome === null) return call('startup.status', {});
        get().restoredWith(outcome);
        return outcome.startup;
      }),
    restoredWith(outcome) {
      set({ view: outcome.startup, restored: outcome.lines, readOnly: false, notesDismissed: false });
    },
    chooseReadOnly: () => set({ readOnly: true }),
    dismissNotes: () => set({ notesDismissed: true }),
  };
});
