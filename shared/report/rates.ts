// Rates of rules.md §8: percent with two decimals, half-up, null when the denominator is 0.
import type { Figures } from './figures';

/** numerator / denominator × 100, rounded half-up to 2 decimals with exact integer arithmetic. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  const hundredths = Math.floor((2 * numerator * 10_000 + denominator) / (2 * denominator));
  return hundredths / 100;
}

export interface Rates {
  on_time_rate: number | null;
  online_rate: number | null;
  /** Online share among new dossiers of procedures that can be submitted online (the other reading). */
  online_rate_of_online_capable: number | null;
  digitised_dossier_rate: number | null;
  digitised_result_rate: number | null;
  stored_result_rate: number | null;
  online_payment_rate: number | null;
  very_satisfied_share: number | null;
  satisfied_share: number | null;
  unsatisfied_share: number | null;
}

export function ratesOf(f: Figures, newOfOnlineCapable: number): Rates {
  const fresh = f.new_online + f.new_direct_postal;
  const rated = f.rated_very_satisfied + f.rated_satisfied + f.rated_unsatisfied;
  return {
    on_time_rate: percent(f.early + f.on_time, f.resolved),
    online_rate: percent(f.new_online, fresh),
    online_rate_of_online_capable: percent(f.new_online, newOfOnlineCapable),
    digitised_dossier_rate: percent(f.digitised_dossier, fresh),
    digitised_result_rate: percent(f.digitised_result, f.resolved),
    stored_result_rate: percent(f.stored_result, f.resolved),
    online_payment_rate: percent(f.paid_online, f.with_fee),
    very_satisfied_share: percent(f.rated_very_satisfied, rated),
    satisfied_share: percent(f.rated_satisfied, rated),
    unsatisfied_share: percent(f.rated_unsatisfied, rated),
  };
}
