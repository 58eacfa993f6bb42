// Full-text search over the dossier code, applicant name, identity number and phone, for the desk's
// search box ("nguyen van a" finds "Nguyễn Văn A"; "do" finds "Đỗ"; "0912" finds a phone).
//
// Folding happens in SQL so that every writer keeps the index in sync, whichever module it is: the
// unicode61 tokenizer lower-cases and removes diacritics (remove_diacritics 2 also strips stacked marks
// such as ệ and handles decomposed input), and the triggers map đ/Đ (which has no decomposition) to d.
// That equals shared/text/fold.ts, which folds the query the same way. Spaces, dots and dashes inside a
// phone number are removed so "0912 345 678" is one token. The table is contentless: it stores only the
// index, keyed by dossiers.row_id.
import type { Migration } from './migration';

const D_FOLD = (expr: string) =>
  `replace(replace(replace(replace(${expr}, 'đ', 'd'), 'Đ', 'D'), 'ð', 'd'), 'Ð', 'D')`;
const PHONE_FOLD = (expr: string) => `replace(replace(replace(${expr}, ' ', ''), '.', ''), '-', '')`;

export const values = (row: 'new' | 'd') =>
  `${row}.row_id, ${D_FOLD(`${row}.code`)}, ${D_FOLD(`${row}.applicant_name`)}, ${D_FOLD(`${row}.id_number`)}, ${PHONE_FOLD(`${row}.phone`)}`;

const SQL = `
CREATE VIRTUAL TABLE dossier_search USING fts5(
  code, applicant_name, id_number, phone,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);

INSERT INTO dossier_search(rowid, code, applicant_name, id_number, phone)
  SELECT ${values('d')} FROM dossiers AS d;

CREATE TRIGGER dossier_search_insert AFTER INSERT ON dossiers
BEGIN
  INSERT INTO dossier_search(rowid, code, applicant_name, id_number, phone) VALUES (${values('new')});
END;
CREATE TRIGGER dossier_search_update AFTER UPDATE OF row_id, code, applicant_name, id_number, phone ON dossiers
BEGIN
  DELETE FROM dossier_search WHERE rowid = old.row_id;
  INSERT INTO dossier_search(rowid, code, applicant_name, id_number, phone) VALUES (${values('new')});
END;
CREATE TRIGGER dossier_search_delete AFTER DELETE ON dossiers
BEGIN
  DELETE FROM dossier_search WHERE rowid = old.row_id;
END;
`;

export const migration002DossierSearch: Migration = {
  version: 2,
  name: 'dossier full-text search',
  up(db) {
    db.exec(SQL);
  },
};
