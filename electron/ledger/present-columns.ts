// The dossier columns a ledger file's schema has. A file being restored from an older package, or opened
// at an older version by a migration test, lacks the columns of later migrations (012: online rule); its
// rows are written and read with the columns it has, and a missing column reads as NULL.
import type Database from 'better-sqlite3';
import { DOSSIER_COLUMNS, type DossierColumn } from './dossier-row';

export function presentDossierColumns(db: Database.Database): readonly DossierColumn[] {
  const names = db.prepare<[], string>("SELECT name FROM pragma_table_info('dossiers')").pluck().all();
  const present = new Set(names);
  return DOSSIER_COLUMNS.filter((c) => present.has(c));
}
