// Searching by procedure name ("khai sinh"): the catalogue (a few hundred rows) says which procedure codes
// the words name, then each code's newest dossiers are read from this index, newest first, without
// sorting the hundreds of thousands a common procedure has at 1M dossiers. It also gives the intake
// screen this office's own count per procedure (the picker's ranking) from the index alone. A second,
// partial index holds the results ready and not yet handed back (the daily list "có kết quả, chờ trả"),
// a few among a million ended dossiers. And the papers each procedure requires, as this office keeps
// them (the intake form starts from them; procedures without a row use the shipped defaults,
// shared/catalogue/default-documents.ts), by procedure code across its versions.
import type { Migration } from './migration';

export const migration016ProcedureRows: Migration = {
  version: 16,
  name: 'dossiers by procedure code, newest first; results ready to hand back; papers required per procedure',
  up(db) {
    db.exec(`CREATE INDEX dossiers_procedure_row ON dossiers(procedure_code, row_id);
CREATE INDEX dossiers_ready_to_return ON dossiers(ended_day) WHERE returned_day IS NULL AND ended_day IS NOT NULL AND ending = 'giai_quyet';
CREATE TABLE procedure_documents (
  code       TEXT PRIMARY KEY,
  documents  TEXT NOT NULL CHECK (json_valid(documents) AND json_type(documents) = 'array'),
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);`);
  },
};
