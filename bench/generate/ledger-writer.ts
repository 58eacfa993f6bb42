// Writes generated dossiers into a ledger the way the repository does — the same column mapping
// (toRow), the same first history event (diffRows against nothing) — but through one prepared INSERT
// in large transactions, so a million dossiers take a minute rather than an hour. Every trigger of the
// schema (full-text index, checks) still runs. While loading, the file is written without waiting for
// the disk (synchronous=OFF); `finish` restores the app's synchronous=FULL and checkpoints the WAL.
import type { DossierRecord } from '../../electron/ledger/dossier-record';
import { DOSSIER_COLUMNS, type DossierRow, diffRows, toRow } from '../../electron/ledger/dossier-row';
import type { LedgerDatabase } from '../../electron/ledger/open-ledger';
import type { DayNumber } from '../../shared/time/day';

const BATCH = 20_000;

export interface BulkWriter {
  add(record: DossierRecord): void;
  /** Commits what is left, records the desks' last sequences, and leaves the file as the app expects it. */
  finish(sequences: readonly { day: DayNumber; desk: number; last: number }[]): void;
}

export function createBulkWriter(db: LedgerDatabase): BulkWriter {
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144'); // 256 MiB while loading
  const insertRow = db.prepare<DossierRow>(
    `INSERT INTO dossiers(${DOSSIER_COLUMNS.join(', ')}) VALUES (${DOSSIER_COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  const insertHistory = db.prepare<[string, string, string, string]>(
    `INSERT INTO dossier_history(dossier_id, version, at, actor, action, changes) VALUES (?, 1, ?, ?, 'create', ?)`,
  );
  const insertSequence = db.prepare<[DayNumber, number, number]>(
    'INSERT INTO day_sequences(day, desk, last) VALUES (?, ?, ?) ON CONFLICT(day, desk) DO UPDATE SET last = max(last, excluded.last)',
  );
  let pending: DossierRecord[] = [];
  const flush = db.transaction((records: readonly DossierRecord[]) => {
    for (const record of records) {
      const row = toRow(record);
      insertRow.run(row);
      insertHistory.run(record.id, record.createdAt, record.createdBy, JSON.stringify(diffRows(null, row)));
    }
  });
  return {
    add(record) {
      pending.push(record);
      if (pending.length >= BATCH) {
        flush.immediate(pending);
        pending = [];
      }
    },
    finish(sequences) {
      flush.immediate(pending);
      pending = [];
      db.transaction(() => {
        for (const s of sequences) insertSequence.run(s.day, s.desk, s.last);
      }).immediate();
      db.pragma('cache_size = -2000');
      db.pragma('synchronous = FULL');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
