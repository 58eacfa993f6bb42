// The ledger view as CSV (api/ledger-csv), read page by page with each dossier in full: seconds at 100k
// dossiers, so the desk runs it in the worker (heavy-worker.ts) over a read-only session of its own,
// telling the screen how many dossiers it has read.
import { classifyAt } from '../../shared/classification/classify';
import { formatIntVi } from '../../shared/format/vi-number';
import type { DayNumber } from '../../shared/time/day';
import { ledgerCsv } from '../api/ledger-csv';
import { stateOf } from '../api/presenters/state';
import type { DossierListFilter, DossierRecord } from '../ledger';
import type { LedgerSession } from '../services/ledger-session';
import type { WorkerProgress } from './worker-tasks';

const PAGE = 500;

export function ledgerViewCsv(session: LedgerSession, filter: DossierListFilter, today: DayNumber, report: (progress: WorkerProgress) => void = () => {}): Uint8Array {
  const rules = { calendar: session.calendar(), policy: session.policy() };
  const total = session.dossiers.count(filter);
  function* records(): Generator<DossierRecord> {
    let after = null;
    let done = 0;
    do {
      report({ label: `Đang đọc hồ sơ ${formatIntVi(done)}/${formatIntVi(total)}`, done, total });
      const page = session.dossiers.listPage({ filter, after, limit: PAGE });
      for (const item of page.items) {
        const record = session.dossiers.getById(item.id);
        if (record) yield record;
      }
      done += page.items.length;
      after = page.next;
    } while (after !== null);
  }
  return new TextEncoder().encode(ledgerCsv(records(), (r) => stateOf(classifyAt(r, today, rules)).label));
}
