// Search-as-you-type: each prefix through the repository's searchDossiers, as the search box calls it.
import type { LedgerSession } from '../../electron/services/ledger-session';
import { nowMs, percentile } from '../stats';

export interface LatencySummary {
  p50: number;
  p99: number;
  /** The slowest request, to say what bounds p99. */
  slowest: { label: string; ms: number };
}

export function summarise(times: readonly { label: string; ms: number }[]): LatencySummary {
  const ms = times.map((t) => t.ms);
  const slowest = times.reduce((a, b) => (b.ms > a.ms ? b : a), { label: '', ms: 0 });
  return { p50: percentile(ms, 50), p99: percentile(ms, 99), slowest };
}

export function measureSearch(session: LedgerSession, prefixes: readonly string[]): LatencySummary {
  session.dossiers.searchDossiers('nguyen'); // prepares the statements, as the first keystroke does
  const times = prefixes.map((prefix) => {
    const start = nowMs();
    session.dossiers.searchDossiers(prefix);
    return { label: prefix, ms: nowMs() - start };
  });
  return summarise(times);
}
