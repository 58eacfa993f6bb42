// "Khôi phục từ bản sao lưu mã hóa (.somc)": the file (the desktop's open dialog gives its path, the
// browser uploads it) and its passphrase, what the copy holds before anything is written
// (backup.previewPackage, in the worker), then the restore of exactly those bytes (backup.restorePackage)
// — with the chairman's PIN when the copy predates a sign-off of the ledger it replaces. Used in Thiết lập
// › Sao lưu, the first-run wizard and the start-up screen.
import { create } from 'zustand';
import type { PackageRestorePreviewView } from '../../shared/api/package-restore-schemas';
import type { RestoreOutcomeView } from '../../shared/api/startup-schemas';
import { ApiCallError, call, inputFieldOf, messageOf } from '../api/client';
import { fileToBase64 } from '../api/files';
import { runJob } from '../api/jobs';
import { type PinRequest, pinRequestOf } from './restore-pin';

export type EncryptedSource = { kind: 'file'; file: File } | { kind: 'path'; path: string };

interface EncryptedRestoreState {
  source: EncryptedSource | null;
  passphrase: string;
  busy: 'opening' | 'restoring' | null;
  preview: PackageRestorePreviewView | null;
  error: string | null;
  /** Lines under the error (what to do). */
  details: string[];
  /** The box the error is about ('passphrase', 'file'), so the form marks it. */
  errorField: 'passphrase' | 'file' | null;
  /** The restore waits for the chairman's PIN: the copy predates a sign-off of the ledger it replaces. */
  pin: PinRequest | null;
  setSource(source: EncryptedSource | null): void;
  setPassphrase(passphrase: string): void;
  choosePath(): Promise<void>;
  open(): Promise<void>;
  /** The outcome, or null when refused or cancelled (said on the screen). */
  restore(chairmanPin?: string): Promise<RestoreOutcomeView | null>;
  reset(): void;
}

export const NO_FILE = 'Hãy chọn tệp bản sao lưu mã hóa (.somc).';
export const NO_PASSPHRASE = 'Hãy gõ mật khẩu của bản sao lưu.';

const CLEAR: Pick<EncryptedRestoreState, 'preview' | 'error' | 'details' | 'errorField' | 'pin'> = { preview: null, error: null, details: [], errorField: null, pin: null };

/** The signed periods the copy lacks, as the PIN prompt lists them (the same words the API refuses with). */
function pinRequestFor(preview: PackageRestorePreviewView): PinRequest | null {
  if (preview.periodsAtRisk.length === 0) return null;
  return { periods: preview.periodsAtRisk, message: '' };
}

export const useEncryptedRestore = create<EncryptedRestoreState>((set, get) => ({
  source: null,
  passphrase: '',
  busy: null,
  ...CLEAR,
  setSource(source) {
    set({ source, ...CLEAR });
  },
  setPassphrase(passphrase) {
    set({ passphrase, ...CLEAR });
  },
  async choosePath() {
    try {
      const chosen = await call('backup.choosePackageFile', {});
      if (chosen.path) set({ source: { kind: 'path', path: chosen.path }, ...CLEAR });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async open() {
    const { source, passphrase } = get();
    if (!source) {
      set({ ...CLEAR, error: NO_FILE, errorField: 'file' });
      return;
    }
    if (passphrase === '') {
      set({ ...CLEAR, error: NO_PASSPHRASE, errorField: 'passphrase' });
      return;
    }
    set({ busy: 'opening', ...CLEAR });
    try {
      const input =
        source.kind === 'path' ? { kind: 'path' as const, path: source.path } : { kind: 'upload' as const, fileName: source.file.name, contentBase64: await fileToBase64(source.file) };
      const preview = await runJob('Đang mở bản sao lưu', (jobId) => call('backup.previewPackage', { source: input, passphrase, jobId }));
      set({ preview, pin: pinRequestFor(preview) });
    } catch (error) {
      const field = inputFieldOf(error);
      set({ error: messageOf(error), details: detailsOf(error), errorField: field === 'passphrase' ? 'passphrase' : null });
    } finally {
      set({ busy: null });
    }
  },
  async restore(chairmanPin) {
    const preview = get().preview;
    if (!preview) return null;
    set({ busy: 'restoring', error: null, details: [] });
    try {
      const outcome = await runJob('Đang giải mã bản sao lưu', (jobId) =>
        call('backup.restorePackage', { previewId: preview.previewId, jobId, ...(chairmanPin === undefined ? {} : { chairmanPin }) }),
      );
      set({ source: null, passphrase: '', ...CLEAR });
      return outcome;
    } catch (error) {
      const pin = pinRequestOf(error);
      set(pin ? { pin, error: null } : { error: messageOf(error) });
      return null;
    } finally {
      set({ busy: null });
    }
  },
  reset() {
    set({ source: null, passphrase: '', busy: null, ...CLEAR });
  },
}));

const detailsOf = (error: unknown): string[] => (error instanceof ApiCallError ? error.details : []);
