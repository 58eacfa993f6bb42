// The export wizard's state: the kind of package (the period, or the passphrase typed twice), the
// destination (a detected drive or a folder), then the written package's file, size and checksum.
import { create } from 'zustand';
import type { DrivesView, ExportOutcome } from '../../../shared/api/handoff-schemas';
import { passphrasePairProblem } from '../../../shared/api/handoff-schemas';
import { call, messageOf } from '../../api/client';
import { runJob } from '../../api/jobs';
import { destinationActions } from './destination-actions';
import { type PeriodChoice, periodText } from '../../components/PeriodPicker';
import { useIdentity } from './identity-store';

export type ExportKind = 'report' | 'full';
export type Step = 1 | 2 | 3;

interface ExportState {
  step: Step;
  kind: ExportKind;
  period: PeriodChoice | null;
  passphrase: string;
  passphraseAgain: string;
  drives: DrivesView | null;
  detecting: boolean;
  /** The folder the package goes into: a drive's root, a chosen or a typed folder. */
  folder: string;
  writing: boolean;
  error: string | null;
  outcome: ExportOutcome | null;
  set(patch: Partial<Pick<ExportState, 'kind' | 'passphrase' | 'passphraseAgain' | 'folder' | 'step'>>): void;
  setPeriod(patch: Partial<PeriodChoice>, fallback: PeriodChoice): void;
  detect(): Promise<void>;
  chooseFolder(): Promise<void>;
  write(period: PeriodChoice): Promise<void>;
  restart(): void;
}

/** Why the first step cannot go on yet, or null. */
export function kindProblem(s: Pick<ExportState, 'kind' | 'passphrase' | 'passphraseAgain'>): string | null {
  return s.kind === 'report' ? null : passphrasePairProblem(s.passphrase, s.passphraseAgain);
}

const START = { step: 1 as Step, passphrase: '', passphraseAgain: '', error: null, outcome: null, writing: false };

export const useExport = create<ExportState>((set, get) => ({
  ...START,
  kind: 'report',
  period: null,
  drives: null,
  detecting: false,
  folder: '',
  set(patch) {
    set({ ...patch, error: null });
  },
  setPeriod(patch, fallback) {
    set({ period: { ...(get().period ?? fallback), ...patch } });
  },
  ...destinationActions(set, get),
  async write(period) {
    const s = get();
    set({ writing: true, error: null });
    try {
      const outcome = await runJob('Đang tạo gói', (jobId) =>
        s.kind === 'full'
          ? call('handoff.export', { kind: 'full', folder: s.folder, passphrase: s.passphrase, passphraseAgain: s.passphraseAgain, jobId })
          : call('handoff.export', { kind: 'report', folder: s.folder, period: periodText(period.year, period.part), rule: period.rule, jobId }),
      );
      set({ outcome, passphrase: '', passphraseAgain: '' });
      void useIdentity.getState().load(); // the unit's key is made at the first export
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ writing: false });
    }
  },
  restart() {
    set({ ...START });
  },
}));
