// One ledger page: 100 rows through the repository's listPage with the UI's filters and offset.
import type { LedgerSession } from '../../electron/services/ledger-session';
import { nowMs } from '../stats';
import type { PageRequest } from '../workload/page-requests';
import { type LatencySummary, summarise } from './search';

export const PAGE_ROWS = 100;

export function measurePages(session: LedgerSession, requests: readonly PageRequest[]): LatencySummary {
  const times = requests.map((request) => {
    const start = nowMs();
    session.dossiers.listPage({ filter: request.filter, offset: request.offset, limit: PAGE_ROWS });
    return { label: `${request.label} ${JSON.stringify(request.filter)} offset ${request.offset}`, ms: nowMs() - start };
  });
  return summarise(times);
}
