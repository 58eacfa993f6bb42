// The ledger view as CSV (api/ledger-csv), read page by page with each dossier in full: seconds at 100k
// dossiers, so the desk runs it in the worker (heavy-worker.ts) over a read-only session of its own.
import { classifyAt } from '../../shared/classification/classify';
import type { DayNumber } from '../../shared/time/day';
import { ledgerCsv } from '../api/ledger-csv';
import { stateOf } from '../api/presenters/state';
import type { DossierListFilter, DossierRecord } from '../ledger';
import type { LedgerSession } from '../services/ledger-session';

export function ledgerViewCsv(session: LedgerSession, filter: DossierListFilter, today: DayNumber): Uint8Array {
  const rules = { calendar: session.calendar(), policy: session.policy() };
  function* records(): Generator<DossierRecord> {
    let after = null;
    do {
      const page = session.dossiers.listPage({ filter, after, limit: 500 });
      for (const item of page.items) {
        const record = session.dossiers.getById(item.id);
        if (record) yield record;
      }
      after = page.next;
    } while (after !== null);
  }
  return new TextEncoder().encode(ledgerCsv(records(), (r) => stateOf(classifyAt(r, today, rules)).label));
}
