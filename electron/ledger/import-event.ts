// The first history event of a dossier that came in through an import: where it came from (the file and
// its line) and the values a person recognises it by, in the usual { column: [before, after] } shape —
// not the diff of every column (~1 KB a dossier, a quarter of what an import wrote). Nothing is lost:
// the row as imported is version 1, and every later event records each change with its value before, so
// version 1 is always the current row with the later changes undone. The event's batch_id names the
// batch (file name, SHA-256, counts) in this ledger; the file name is repeated here because the event is
// copied byte for byte to other ledgers (handoff), where that batch does not exist.
import type { DossierChanges, DossierRow } from './dossier-row';

export interface ImportSource {
  /** The imported file's name, as the import batch records it. */
  fileName: string;
  /** The record's line in the file (CSV: physical line where it starts; XLSX: row number). */
  line: number;
}

/** The columns an import event lists (when not empty), beside the file and the line. */
export const IMPORT_EVENT_COLUMNS = ['code', 'procedure_name', 'channel', 'received_at', 'base_due_day', 'applicant_name'] as const;

export function importEventChanges(row: DossierRow, source: ImportSource): DossierChanges {
  const changes: DossierChanges = { import_file: [null, source.fileName], import_line: [null, source.line] };
  for (const column of IMPORT_EVENT_COLUMNS) {
    const value = row[column];
    if (value !== '') changes[column] = [null, value];
  }
  return changes;
}
