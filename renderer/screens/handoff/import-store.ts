// The package import's state: the chosen file (uploaded in the browser, a path from the native dialog in
// the desktop app), the passphrase, the dry run — refused with its reason, or grouped by what it would
// do — then the import of exactly what was previewed.
import { create } from 'zustand';
import type { CommandInput } from '../../../shared/api/contract';
import type { PreviewView } from '../../../shared/api/handoff-schemas';
import { call, messageOf } from '../../api/client';
import { fileToBase64 } from '../../api/files';
import { JobCancelledError, runJob } from '../../api/jobs';
import { useIdentity } from './identity-store';

export type PackageSource = { kind: 'file'; file: File } | { kind: 'path'; path: string };

interface ImportState {
  source: PackageSource | null;
  passphrase: string;
  trustNewUnit: boolean;
  busy: 'reading' | 'checking' | 'writing' | null;
  preview: PreviewView | null;
  outcome: { message: string; written: boolean } | null;
  error: string | null;
  setSource(source: PackageSource | null): void;
  set(patch: Partial<Pick<ImportState, 'passphrase' | 'trustNewUnit'>>): void;
  choosePath(): Promise<void>;
  runPreview(): Promise<void>;
  apply(): Promise<boolean>;
}

const CLEAR = { preview: null, outcome: null, error: null };

/** The chosen package as the API takes it (read in the browser, or the path for the main process). */
export async function sourceInput(source: PackageSource): Promise<CommandInput<'handoff.preview'>['source']> {
  if (source.kind === 'path') return { kind: 'path', path: source.path };
  return { kind: 'upload', fileName: source.file.name, contentBase64: await fileToBase64(source.file) };
}

/** The package file chosen in the desktop app's open dialog (null: the dialog was cancelled). */
export async function pickPackagePath(): Promise<{ source: PackageSource } | { error: string } | null> {
  try {
    const chosen = await call('handoff.choosePackageFile', {});
    return chosen.path ? { source: { kind: 'path', path: chosen.path } } : null;
  } catch (error) {
    return { error: messageOf(error) };
  }
}

/** What a failed package import leaves on screen: a cancelled one wrote nothing and spent its preview. */
export function failedImport(error: unknown): { error: string; preview?: null } {
  return { error: messageOf(error), ...(error instanceof JobCancelledError ? { preview: null } : {}) };
}

export const useImportPackage = create<ImportState>((set, get) => ({
  source: null,
  passphrase: '',
  trustNewUnit: false,
  busy: null,
  ...CLEAR,
  setSource(source) {
    set({ source, ...CLEAR });
  },
  set(patch) {
    set({ ...patch, preview: null, error: null });
  },
  async choosePath() {
    const picked = await pickPackagePath();
    if (picked) set('source' in picked ? { ...CLEAR, ...picked } : picked);
  },
  async runPreview() {
    const { source, passphrase, trustNewUnit } = get();
    if (!source) return;
    set({ busy: 'reading', ...CLEAR });
    try {
      const input = await sourceInput(source);
      set({ busy: 'checking' });
      set({ preview: await call('handoff.preview', { source: input, passphrase: passphrase === '' ? null : passphrase, trustNewUnit }) });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: null });
    }
  },
  async apply() {
    const preview = get().preview;
    if (preview?.status !== 'ready') return false;
    set({ busy: 'writing', error: null });
    try {
      const outcome = await runJob('Đang mở gói', (jobId) => call('handoff.import', { previewId: preview.previewId, jobId }));
      set({ outcome, preview: null, passphrase: '' });
      void useIdentity.getState().load(); // a new desk adopts the unit's key from its first full package
      return true;
    } catch (error) {
      set(failedImport(error));
      return false;
    } finally {
      set({ busy: null });
    }
  },
}));
