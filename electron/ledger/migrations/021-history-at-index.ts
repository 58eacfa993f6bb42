// The start-up check reads the ledger's latest recorded instant (reliability/latest-entry: is the
// computer's clock earlier than it?), whose largest term is the newest `at` of dossier_history. Without
// an index that was a scan of the whole history and a sort: 0.7 s at 100k dossiers, ~7 s at 1M, before
// the window could answer. With this index it is one step down the tree.
import type { Migration } from './migration';

export const migration021HistoryAtIndex: Migration = {
  version: 21,
  name: 'index of history events by instant, for the start-up clock check',
  up(db) {
    db.exec('CREATE INDEX dossier_history_at ON dossier_history(at);');
  },
};
