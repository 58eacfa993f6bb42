// The receiving office's dashboard: the period chosen, which units sent it, the consolidated Biểu 06,
// and the registered units.
import { create } from 'zustand';
import type { ConsolidatedView, PeriodStatusView, UnitView } from '../../../shared/api/handoff-schemas';
import { call, messageOf } from '../../api/client';
import { type PeriodChoice, periodText } from '../../components/PeriodPicker';

interface OfficeState {
  period: PeriodChoice | null;
  status: PeriodStatusView | null;
  consolidated: ConsolidatedView | null;
  units: UnitView[] | null;
  loading: boolean;
  error: string | null;
  setPeriod(patch: Partial<PeriodChoice>, fallback: PeriodChoice): void;
  load(fallback: PeriodChoice): Promise<void>;
  loadUnits(): Promise<void>;
  register(unit: { unitCode: string; unitName: string; fingerprint: string }): Promise<UnitView>;
}

export const useOffice = create<OfficeState>((set, get) => ({
  period: null,
  status: null,
  consolidated: null,
  units: null,
  loading: false,
  error: null,
  setPeriod(patch, fallback) {
    const period = { ...(get().period ?? fallback), ...patch };
    set({ period });
    void get().load(period);
  },
  async load(fallback) {
    const p = get().period ?? fallback;
    const input = { period: periodText(p.year, p.part), rule: p.rule };
    set({ loading: true, error: null });
    try {
      const [status, consolidated, units] = await Promise.all([call('handoff.periodStatus', input), call('handoff.consolidated', input), call('handoff.units', {})]);
      set({ status, consolidated, units: units.units });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ loading: false });
    }
  },
  async loadUnits() {
    try {
      set({ units: (await call('handoff.units', {})).units });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  async register(unit) {
    return call('handoff.registerUnit', unit);
  },
}));
