// The rules update at a commune: the receiving offices it accepts updates from, the chosen package (an
// upload in the browser, a path from the native dialog in the desktop app), its dry run — refused with
// the reason, or every day and procedure that changes and the dossiers that move — then the import of
// exactly what was previewed.
import { create } from 'zustand';
import type { RulesPreviewView, RulesSenderView } from '../../../shared/api/rules-update-schemas';
import { call, messageOf } from '../../api/client';
import { runJob } from '../../api/jobs';
import { type PackageSource, failedImport, pickPackagePath, sourceInput } from './import-store';

interface RulesUpdateState {
  senders: RulesSenderView[] | null;
  source: PackageSource | null;
  busy: 'checking' | 'writing' | null;
  preview: RulesPreviewView | null;
  outcome: string | null;
  error: string | null;
  loadSenders(): Promise<void>;
  register(sender: { unitCode: string; unitName: string; fingerprint: string }): Promise<RulesSenderView>;
  setSource(source: PackageSource | null): void;
  choosePath(): Promise<void>;
  runPreview(): Promise<void>;
  apply(): Promise<boolean>;
}

const CLEAR = { preview: null, outcome: null, error: null };

export const useRulesUpdate = create<RulesUpdateState>((set, get) => ({
  senders: null,
  source: null,
  busy: null,
  ...CLEAR,
  async loadSenders() {
    try {
      set({ senders: (await call('rules.senders', {})).senders });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async register(sender) {
    const registered = await call('rules.registerSender', sender);
    await get().loadSenders();
    return registered;
  },
  setSource(source) {
    set({ source, ...CLEAR });
  },
  async choosePath() {
    const picked = await pickPackagePath();
    if (picked) set('source' in picked ? { ...CLEAR, ...picked } : picked);
  },
  async runPreview() {
    const { source } = get();
    if (!source) return;
    set({ busy: 'checking', ...CLEAR });
    try {
      set({ preview: await call('rules.preview', { source: await sourceInput(source) }) });
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
      const outcome = await runJob('Đang mở gói', (jobId) => call('rules.import', { previewId: preview.previewId, jobId }));
      set({ outcome: outcome.message, preview: null });
      return true;
    } catch (error) {
      set(failedImport(error));
      return false;
    } finally {
      set({ busy: null });
    }
  },
}));
