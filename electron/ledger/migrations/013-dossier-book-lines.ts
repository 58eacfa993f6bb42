// Mẫu 07 (Sổ theo dõi hồ sơ) as a stable book: every dossier gets, when it is written into the ledger,
// a permanent line in the book of its reception year and desk ("Quyển số 01" for desk 1), so Mẫu 01's
// "Quyển số … Số thứ tự …" can be filled and a printed range never renumbers. Lines are given by a
// trigger, so intake, import and merge all get one, in the order dossiers are written; existing dossiers
// are numbered in reception order. A line is never reused or moved: a later correction of the reception
// time keeps it, and a dossier written again under the same id keeps its first line.
import type { Migration } from './migration';

export const migration013DossierBookLines: Migration = {
  version: 13,
  name: 'permanent ledger book lines per year and desk',
  up(db) {
    db.exec(`
      CREATE TABLE dossier_book_lines (
        dossier_id TEXT PRIMARY KEY,
        year INTEGER NOT NULL,
        book INTEGER NOT NULL,
        line INTEGER NOT NULL CHECK (line >= 1),
        UNIQUE (year, book, line)
      ) WITHOUT ROWID;

      INSERT INTO dossier_book_lines (dossier_id, year, book, line)
      SELECT id, year, book, ROW_NUMBER() OVER (PARTITION BY year, book ORDER BY received_at, code)
      FROM (
        SELECT id, received_at, code,
               CAST(strftime('%Y', received_day * 86400, 'unixepoch') AS INTEGER) AS year,
               COALESCE(desk, 1) AS book
        FROM dossiers
      );

      CREATE TRIGGER dossier_book_line AFTER INSERT ON dossiers BEGIN
        INSERT OR IGNORE INTO dossier_book_lines (dossier_id, year, book, line)
        SELECT NEW.id, y, b, COALESCE((SELECT MAX(line) FROM dossier_book_lines WHERE year = y AND book = b), 0) + 1
        FROM (SELECT CAST(strftime('%Y', NEW.received_day * 86400, 'unixepoch') AS INTEGER) AS y, COALESCE(NEW.desk, 1) AS b);
      END;
    `);
  },
};
