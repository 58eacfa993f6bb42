// Any part of a dossier code, identity number or phone: a citizen reads out the middle digits ("345 67"
// of 0912 345 678) as often as the last ones, and the desk types a fragment of a code ("240307-1001").
// One contentless full-text table with the trigram tokenizer holds the three fields (of a code, only its
// part after the unit code), each folded to its letters and digits (spaces, dots, dashes and slashes removed, lower-cased, +84 read as 0 in a phone);
// a folded term of 3 or more characters is then a phrase of its trigrams, found wherever it sits. It
// covers the endings of migration 015, whose table and triggers it replaces. Derived data like 002's and
// 015's: the triggers keep it in sync with every writer, a full package never carries it (full-text tables
// are not ordinary tables, see handoff/ledger-content.ts) and a restore refills it as the dossiers go in.
import type { Migration } from './migration';

const COMPACT = (expr: string) =>
  `lower(replace(replace(replace(replace(${expr}, ' ', ''), '.', ''), '-', ''), '/', ''))`;
const PHONE_COMPACT = (expr: string) =>
  `(CASE WHEN ${COMPACT(expr)} LIKE '+84%' THEN '0' || substr(${COMPACT(expr)}, 4) ELSE ${COMPACT(expr)} END)`;

// A code of the desk scheme (shared/dossier/dossier-code.ts) keeps only its "YYMMDD-DNNN" end: the unit
// code before it is the same in every dossier of the office, so its trigrams would be in every row (a
// fragment of it matches everything, and it would double the index). The word index still finds it.
const CODE_PART = (expr: string) =>
  COMPACT(`(CASE WHEN ${expr} GLOB '*-[0-9][0-9][0-9][0-9][0-9][0-9]-[1-9][0-9][0-9][0-9]' THEN substr(${expr}, -11) ELSE ${expr} END)`);

export const NUMBER_SUBSTRINGS_TABLE = 'dossier_number_grams';

export const gramValues = (row: 'new' | 'd') =>
  `${row}.row_id, ${CODE_PART(`${row}.code`)}, ${COMPACT(`${row}.id_number`)}, ${PHONE_COMPACT(`${row}.phone`)}`;

const SQL = `
DROP TRIGGER dossier_number_tails_insert;
DROP TRIGGER dossier_number_tails_update;
DROP TRIGGER dossier_number_tails_delete;
DROP TABLE dossier_number_tails;

CREATE VIRTUAL TABLE ${NUMBER_SUBSTRINGS_TABLE} USING fts5(
  code, id_number, phone,
  content = '', contentless_delete = 1,
  tokenize = 'trigram'
);
INSERT INTO ${NUMBER_SUBSTRINGS_TABLE}(rowid, code, id_number, phone) SELECT ${gramValues('d')} FROM dossiers AS d;

CREATE TRIGGER dossier_number_grams_insert AFTER INSERT ON dossiers
BEGIN
  INSERT INTO ${NUMBER_SUBSTRINGS_TABLE}(rowid, code, id_number, phone) VALUES (${gramValues('new')});
END;
CREATE TRIGGER dossier_number_grams_update AFTER UPDATE OF row_id, code, id_number, phone ON dossiers
BEGIN
  DELETE FROM ${NUMBER_SUBSTRINGS_TABLE} WHERE rowid = old.row_id;
  INSERT INTO ${NUMBER_SUBSTRINGS_TABLE}(rowid, code, id_number, phone) VALUES (${gramValues('new')});
END;
CREATE TRIGGER dossier_number_grams_delete AFTER DELETE ON dossiers
BEGIN
  DELETE FROM ${NUMBER_SUBSTRINGS_TABLE} WHERE rowid = old.row_id;
END;
`;

export const migration022NumberSubstrings: Migration = {
  version: 22,
  name: 'any part of the code, identity number and phone in a trigram search index',
  up(db) {
    db.exec(SQL);
  },
};
