// A real ledger made slow to copy and to check, as a big commune's is: a table of 200,000 padded rows
// with an index over it (~100 MB) beside the ledger's own tables.
import Database from 'better-sqlite3';
import { openLedger } from '../../electron/ledger';

export function bigLedger(file: string, rows = 200_000): void {
  openLedger(file, { mustExist: false }).close();
  const db = new Database(file);
  db.exec('CREATE TABLE bulk (id INTEGER PRIMARY KEY, pad TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO bulk (id, pad) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= rows; i++) insert.run(i, `hồ sơ ${i} `.padEnd(120, '·'));
  })();
  db.exec('CREATE INDEX bulk_pad ON bulk (pad)');
  db.close();
}
