// Thiết lập › Sao lưu › "Sao lưu mã hóa (mang ra khỏi máy)": the passphrase typed twice, the folder (a
// detected USB drive, a chosen or typed folder), then the copy — the full package of every dossier with
// its history, encrypted (handoff.export, kind "full", the same command and rules as Bàn giao's full
// package), written, read back and checked in a worker.
import { create } from 'zustand';
import type { DrivesView, ExportOutcome } from '../../shared/api/handoff-schemas';
import { passphrasePairProblem } from '../../shared/api/handoff-schemas';
import { call, messageOf } from '../api/client';
import { runJob } from '../api/jobs';
import { destinationActions } from '../screens/handoff/destination-actions';

interface EncryptedBackupState {
  passphrase: string;
  again: string;
  folder: string;
  drives: DrivesView | null;
  detecting: boolean;
  writing: boolean;
  error: string | null;
  outcome: ExportOutcome | null;
  set(patch: Partial<Pick<EncryptedBackupState, 'passphrase' | 'again' | 'folder'>>): void;
  detect(): Promise<void>;
  chooseFolder(): Promise<void>;
  write(): Promise<void>;
}

export const NO_FOLDER = 'Hãy chọn ổ USB hoặc thư mục để lưu bản sao.';

export const useEncryptedBackup = create<EncryptedBackupState>((set, get) => ({
  passphrase: '',
  again: '',
  folder: '',
  drives: null,
  detecting: false,
  writing: false,
  error: null,
  outcome: null,
  set(patch) {
    set({ ...patch, error: null });
  },
  ...destinationActions(set, get),
  async write() {
    const s = get();
    const problem = passphrasePairProblem(s.passphrase, s.again) ?? (s.folder.trim() === '' ? NO_FOLDER : null);
    if (problem) {
      set({ error: problem });
      return;
    }
    set({ writing: true, error: null, outcome: null });
    try {
      const outcome = await runJob('Đang tạo bản sao lưu mã hóa', (jobId) =>
        call('handoff.export', { kind: 'full', folder: s.folder.trim(), passphrase: s.passphrase, passphraseAgain: s.again, jobId }),
      );
      set({ outcome, passphrase: '', again: '' });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ writing: false });
    }
  },
}));
