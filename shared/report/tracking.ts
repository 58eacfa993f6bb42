// Indicators the office may not record at all: digitisation, online payment, satisfaction. The ledger
// keeps them as marks set when they happen, so a period where not one dossier carries the mark means the
// indicator was not followed ("không theo dõi"), not a measured 0 %: such an indicator is left out of the
// prose and marked in the tables.
import type { CompiledReport } from './compile';
import type { ExtendedKey } from './figures';
import type { Rates } from './rates';

interface Indicator {
  /** The figures that record it; none above 0 in the period = not followed. */
  figures: ExtendedKey[];
  rates: (keyof Rates)[];
}

const INDICATORS: Record<'digitised_dossier' | 'digitised_result' | 'stored_result' | 'online_payment' | 'satisfaction', Indicator> = {
  digitised_dossier: { figures: ['digitised_dossier'], rates: ['digitised_dossier_rate'] },
  digitised_result: { figures: ['digitised_result'], rates: ['digitised_result_rate'] },
  stored_result: { figures: ['stored_result'], rates: ['stored_result_rate'] },
  online_payment: { figures: ['paid_online'], rates: ['online_payment_rate'] },
  satisfaction: {
    figures: ['rated_very_satisfied', 'rated_satisfied', 'rated_unsatisfied'],
    rates: ['very_satisfied_share', 'satisfied_share', 'unsatisfied_share'],
  },
};

export type TrackedIndicator = keyof typeof INDICATORS;

export const NOT_TRACKED_VI = 'không theo dõi';

export interface Tracking {
  indicators: Set<TrackedIndicator>;
  figures: Set<ExtendedKey>;
  rates: Set<keyof Rates>;
}

/** The indicators with no data in the report's period. */
export function untracked(report: CompiledReport): Tracking {
  const out: Tracking = { indicators: new Set(), figures: new Set(), rates: new Set() };
  for (const [name, indicator] of Object.entries(INDICATORS) as [TrackedIndicator, Indicator][]) {
    if (indicator.figures.some((key) => report.extended.total[key] > 0)) continue;
    out.indicators.add(name);
    for (const key of indicator.figures) out.figures.add(key);
    for (const key of indicator.rates) out.rates.add(key);
  }
  return out;
}
