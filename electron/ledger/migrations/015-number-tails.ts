// The last digits of a phone or identity number, which is what a citizen reads out ("số đuôi 5678"): the
// prefix index of 006 finds the start of a number only. A second contentless full-text table holds, per
// dossier, every ending of 3 or more digits of its identity number and of its phone (digits only), one
// token each; "5678" is then one exact term lookup, as cheap as any other. The table has no prefix index
// (only whole tokens are looked up), which keeps it small: ~18 short tokens a dossier. SQL has no reverse
// function, so the endings are spelled out with substr(x, -k); an ending longer than the number is the
// number itself (a repeated token, harmless). The triggers keep it in sync with every writer, as 002's do.
import type { Migration } from './migration';

const PHONE_DIGITS = (row: string) => `replace(replace(replace(replace(${row}.phone, ' ', ''), '.', ''), '-', ''), '+84', '0')`;

function endings(expr: string, longest: number): string {
  const parts: string[] = [];
  for (let k = 3; k <= longest; k += 1) parts.push(`substr(${expr}, -${k})`);
  return parts.join(` || ' ' || `);
}

export const tailValues = (row: 'new' | 'd') =>
  `${row}.row_id, CASE WHEN ${row}.id_number GLOB '*[0-9][0-9][0-9]' THEN ${endings(`${row}.id_number`, 12)} ELSE '' END,
   CASE WHEN ${PHONE_DIGITS(row)} GLOB '*[0-9][0-9][0-9]' THEN ${endings(PHONE_DIGITS(row), 11)} ELSE '' END`;

const SQL = `
CREATE VIRTUAL TABLE dossier_number_tails USING fts5(
  id_tails, phone_tails,
  content = '', contentless_delete = 1,
  tokenize = 'unicode61'
);
INSERT INTO dossier_number_tails(rowid, id_tails, phone_tails) SELECT ${tailValues('d')} FROM dossiers AS d;

CREATE TRIGGER dossier_number_tails_insert AFTER INSERT ON dossiers
BEGIN
  INSERT INTO dossier_number_tails(rowid, id_tails, phone_tails) VALUES (${tailValues('new')});
END;
CREATE TRIGGER dossier_number_tails_update AFTER UPDATE OF row_id, id_number, phone ON dossiers
BEGIN
  DELETE FROM dossier_number_tails WHERE rowid = old.row_id;
  INSERT INTO dossier_number_tails(rowid, id_tails, phone_tails) VALUES (${tailValues('new')});
END;
CREATE TRIGGER dossier_number_tails_delete AFTER DELETE ON dossiers
BEGIN
  DELETE FROM dossier_number_tails WHERE rowid = old.row_id;
END;
`;

export const migration015NumberTails: Migration = {
  version: 15,
  name: 'last digits of identity and phone numbers in a second search index',
  up(db) {
    db.exec(SQL);
  },
};
