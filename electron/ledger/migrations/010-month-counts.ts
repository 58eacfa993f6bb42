// Deep ledger pages at any depth (bench, issue 7: page p99 31.8 ms at 1M dossiers). The ledger screen asks
// for a page by its line number; SQLite can only reach line k of an index by stepping over the k lines
// before it (~40 ns each), so a page near the end of a million dossiers cost tens of milliseconds. This
// table keeps how many dossiers each month holds, per field, channel and whether they have ended —
// everything the page's usual filters select on — so the repository (page-jump.ts) finds the month that
// holds line k by adding up a few thousand counts and skips only within that month.
//
// Triggers keep the counts, whichever module writes (the desk, imports, merged packages, restores). The
// table is derived from the dossiers: it is rebuilt from them here and never carried in a package
// (handoff/ledger-content.ts DERIVED_TABLES). `ended` is `end_key < OPEN_END_KEY`, written out, as the
// page's "ended" and "pending" filters select.
import type { Migration } from './migration';

export const MONTH_COUNTS_TABLE = 'dossier_month_counts';

const month = (row: string) => `substr(${row}.received_at, 1, 7)`;
const ended = (row: string) => `(COALESCE(${row}.ended_day, ${row}.returned_day) IS NOT NULL)`;
const key = (row: string) => `month = ${month(row)} AND field = ${row}.field AND channel = ${row}.channel AND ended = ${ended(row)}`;
const add = (row: string) => `
  INSERT INTO ${MONTH_COUNTS_TABLE}(month, field, channel, ended, n) VALUES (${month(row)}, ${row}.field, ${row}.channel, ${ended(row)}, 1)
    ON CONFLICT(month, field, channel, ended) DO UPDATE SET n = n + 1;`;
const remove = (row: string) => `
  UPDATE ${MONTH_COUNTS_TABLE} SET n = n - 1 WHERE ${key(row)};`;

const SQL = `
CREATE TABLE ${MONTH_COUNTS_TABLE} (
  -- 'YYYY-MM' of received_at
  month   TEXT NOT NULL CHECK (length(month) = 7),
  field   TEXT NOT NULL,
  channel TEXT NOT NULL,
  ended   INTEGER NOT NULL CHECK (ended IN (0, 1)),
  n       INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (month, field, channel, ended)
) WITHOUT ROWID;

INSERT INTO ${MONTH_COUNTS_TABLE}(month, field, channel, ended, n)
  SELECT ${month('d')}, d.field, d.channel, ${ended('d')}, count(*) FROM dossiers AS d GROUP BY 1, 2, 3, 4;

CREATE TRIGGER dossier_month_counts_insert AFTER INSERT ON dossiers
BEGIN${add('new')}
END;
CREATE TRIGGER dossier_month_counts_update AFTER UPDATE OF received_at, field, channel, ended_day, returned_day ON dossiers
WHEN ${month('old')} IS NOT ${month('new')} OR old.field IS NOT new.field OR old.channel IS NOT new.channel
  OR ${ended('old')} IS NOT ${ended('new')}
BEGIN${remove('old')}${add('new')}
END;
CREATE TRIGGER dossier_month_counts_delete AFTER DELETE ON dossiers
BEGIN${remove('old')}
END;
`;

export const migration010MonthCounts: Migration = {
  version: 10,
  name: 'month counts for deep ledger pages',
  up: (db) => db.exec(SQL),
};
