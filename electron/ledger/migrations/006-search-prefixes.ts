// Search-as-you-type at any keystroke: the full-text index keeps prefixes of 1 to 6 characters (it kept
// 2–4). A prefix the index does not keep makes FTS5 read and merge the postings of every term starting
// with it before returning the first row: for one letter or digit ("tran thi h", "240307-2") that is
// every dossier of a commune's ledger (each code has "h57" and a date starting with "2"), for "nguye" or
// "nguyen" four dossiers in ten. Measured by the bench (issue 7) at 1M dossiers: search p99 348 ms with
// 2–4, 69 ms with 1–4, and "nguye"* 42 ms → < 1 ms with 1–6. Costs ~18 % more index and ~25 µs more per
// dossier written. The table is rebuilt and refilled from the dossiers; the triggers of 002 keep it in
// sync as before.
import { values as searchRowValues } from './002-dossier-search';
import type { Migration } from './migration';

const SQL = `
DROP TABLE dossier_search;
CREATE VIRTUAL TABLE dossier_search USING fts5(
  code, applicant_name, id_number, phone,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4 5 6'
);
INSERT INTO dossier_search(rowid, code, applicant_name, id_number, phone)
  SELECT ${searchRowValues('d')} FROM dossiers AS d;
`;

export const migration006SearchPrefixes: Migration = {
  version: 6,
  name: 'prefixes of 1 to 6 characters in the dossier search index',
  up(db) {
    db.exec(SQL);
  },
};
