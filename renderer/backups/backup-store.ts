// The backup settings screen's state: folders and count, the backups found, "sao lưu ngay" and the full
// integrity check (jobs in the worker, followed on the progress bar: `running` says which).
import { create } from 'zustand';
import type { BackupSettingsView } from '../../shared/api/startup-schemas';
import { call, messageOf } from '../api/client';
import { runJob } from '../api/jobs';
import { useStartup } from '../startup/startup-store';

interface BackupState {
  settings: BackupSettingsView | null;
  error: string | null;
  busy: boolean;
  /** The job under way, for the progress bar to show beside its button. */
  running: 'backup' | 'integrity' | null;
  /** What the last action did (Vietnamese lines). */
  lines: string[];
  load(): Promise<void>;
  save(directories: string[], keep: number): Promise<void>;
  backupNow(): Promise<void>;
  checkIntegrity(): Promise<void>;
}

export const useBackups = create<BackupState>((set) => ({
  settings: null,
  error: null,
  busy: false,
  running: null,
  lines: [],
  async load() {
    set({ busy: true, error: null });
    try {
      set({ settings: await call('backup.settings', {}) });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  },
  async save(directories, keep) {
    set({ busy: true, error: null, lines: [] });
    try {
      const settings = await call('backup.saveSettings', { directories, keep });
      set({ settings, lines: ['Đã lưu cài đặt sao lưu.', ...(settings.lastAutomatic?.lines ?? [])] });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  },
  async backupNow() {
    set({ busy: true, running: 'backup', error: null, lines: [] });
    try {
      const result = await runJob('Đang chuẩn bị sao lưu', (jobId) => call('backup.now', { jobId }), { cancellable: false });
      set({ settings: result.settings, lines: result.lines });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: false, running: null });
    }
  },
  async checkIntegrity() {
    set({ busy: true, running: 'integrity', error: null, lines: [] });
    try {
      const result = await runJob('Đang chuẩn bị kiểm tra toàn vẹn', (jobId) => call('backup.checkIntegrity', { jobId }), { cancellable: false });
      set({ settings: result.settings });
      // A damaged ledger is closed: the start-up screen takes over with the ways forward.
      if (!result.check.ok) await useStartup.getState().load();
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: false, running: null });
    }
  },
}));
