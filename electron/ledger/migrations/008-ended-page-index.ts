// The ledger page filtered to ended dossiers ("Đã giải quyết"), newest first: without an index of its
// own it walked the reception-order index and read every dossier's row to test end_key (a generated
// column), so a deep page cost one row read per dossier skipped — 89 ms at 100k dossiers, about ten
// times that at 1M (bench, issue 7). A partial index in reception order holding only ended dossiers
// answers the filter, the order and the offset from the index alone (2 ms at 100k). The WHERE matches
// the term dossier-query.ts writes (`end_key < OPEN_END_KEY`), so the planner picks it by itself.
import { OPEN_END_KEY } from './001-initial';
import type { Migration } from './migration';

export const migration008EndedPageIndex: Migration = {
  version: 8,
  name: 'index for the page of ended dossiers',
  up(db) {
    db.exec(`CREATE INDEX dossiers_ended_received_at ON dossiers(received_at) WHERE end_key < ${OPEN_END_KEY};`);
  },
};
