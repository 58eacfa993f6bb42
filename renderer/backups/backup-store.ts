// The backup settings screen's state: folders and count, the backups found, "sao lưu ngay".
import { create } from 'zustand';
import type { BackupSettingsView } from '../../shared/api/startup-schemas';
import { call, messageOf } from '../api/client';

interface BackupState {
  settings: BackupSettingsView | null;
  error: string | null;
  busy: boolean;
  /** What the last action did (Vietnamese lines). */
  lines: string[];
  load(): Promise<void>;
  save(directories: string[], keep: number): Promise<void>;
  backupNow(): Promise<void>;
}

export const useBackups = create<BackupState>((set) => ({
  settings: null,
  error: null,
  busy: false,
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
    set({ busy: true, error: null, lines: [] });
    try {
      const result = await call('backup.now', {});
      set({ settings: result.settings, lines: result.lines });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  },
}));
