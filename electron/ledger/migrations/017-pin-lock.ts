// The count of wrong chairman's PINs lives in the ledger itself (issue 15 §3): kept only in a file beside
// the ledger, it was reset by deleting that file, by opening the ledger through a symbolic link, or on a
// copy of the ledger. One row; it is this ledger file's state, never carried in a package
// (handoff/ledger-content.ts DERIVED_TABLES).
import type { Migration } from './migration';

export const PIN_LOCK_TABLE = 'pin_lock';

export const migration017PinLock: Migration = {
  version: 17,
  name: 'wrong chairman PIN count inside the ledger',
  up: (db) =>
    db.exec(`
CREATE TABLE ${PIN_LOCK_TABLE} (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  failures     INTEGER NOT NULL CHECK (failures >= 0),
  -- epoch milliseconds, NULL when not locked
  locked_until INTEGER
);
`),
};
