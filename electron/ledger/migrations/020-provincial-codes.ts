// Which dossiers the province's one-stop system has, under which code. A dossier imported from the
// province's list gets its code there; a dossier logged at the desk (for example during a network
// outage) has none until the province's list is imported again and matched with it — the dossiers
// without one are the list "chưa có trên hệ thống tỉnh". A table of its own, beside the dossiers, so the
// dossier rows and their history stay as they are; carried in full packages like the other tables.
// No foreign key to dossiers: a package restore inserts the tables in any order.
//
// Also the interconnected ("liên thông") dossiers — sent on to another level or agency (seed 002 asks
// for their list): to whom, beside the dossier in the same way.
import type { Migration } from './migration';

export const PROVINCIAL_CODES_TABLE = 'dossier_provincial_codes';
export const INTERCONNECTIONS_TABLE = 'dossier_interconnections';

const SQL = `
CREATE TABLE ${PROVINCIAL_CODES_TABLE} (
  dossier_id       TEXT PRIMARY KEY,
  provincial_code  TEXT NOT NULL UNIQUE CHECK (length(trim(provincial_code)) > 0),
  -- the import that linked it (import_batches.id), null when typed at the desk
  batch_id         INTEGER,
  linked_at        TEXT NOT NULL,
  linked_by        TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE ${INTERCONNECTIONS_TABLE} (
  dossier_id  TEXT PRIMARY KEY,
  -- the level or agency the dossier is sent on to ("Công an huyện", "UBND huyện", "Bảo hiểm xã hội")
  target      TEXT NOT NULL CHECK (length(trim(target)) > 0),
  updated_at  TEXT NOT NULL,
  updated_by  TEXT NOT NULL
) WITHOUT ROWID;
`;

export const migration020ProvincialCodes: Migration = {
  version: 20,
  name: 'provincial codes and interconnections of dossiers',
  up(db) {
    db.exec(SQL);
  },
};
