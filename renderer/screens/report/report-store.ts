// The Báo cáo screen's state: the chosen period and rule, the compiled report, and the open drill-down.
import { create } from 'zustand';
import type { CellView, ReportView } from '../../../shared/api/report-schemas';
import { call, messageOf } from '../../api/client';
import { type PeriodRule, periodText } from '../../components/PeriodPicker';

export { type PeriodRule, periodText };

interface ReportState {
  year: number;
  part: string;
  rule: PeriodRule;
  view: ReportView | null;
  loading: boolean;
  error: string | null;
  cell: (CellView & { key: string; field: string | null }) | null;
  cellLoading: boolean;
  setPeriod(patch: Partial<Pick<ReportState, 'year' | 'part' | 'rule'>>): void;
  compile(): Promise<void>;
  openCell(key: string, field: string | null): Promise<void>;
  closeCell(): void;
}

export const useReport = create<ReportState>((set, get) => ({
  year: 2024,
  part: 'Q1',
  rule: 'nd09',
  view: null,
  loading: false,
  error: null,
  cell: null,
  cellLoading: false,
  setPeriod(patch) {
    set({ ...patch, cell: null });
    void get().compile();
  },
  async compile() {
    const { year, part, rule } = get();
    set({ loading: true, error: null });
    try {
      set({ view: await call('report.compile', { period: periodText(year, part), rule }) });
    } catch (error) {
      set({ error: messageOf(error), view: null });
    } finally {
      set({ loading: false });
    }
  },
  async openCell(key, field) {
    const { year, part, rule } = get();
    set({ cellLoading: true });
    try {
      const cell = await call('report.cell', { period: periodText(year, part), rule, key, field });
      set({ cell: { ...cell, key, field } });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ cellLoading: false });
    }
  },
  closeCell() {
    set({ cell: null });
  },
}));
