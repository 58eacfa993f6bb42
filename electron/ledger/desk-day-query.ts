// Reads of the counter's day that the ledger page does not give: the results ready to hand back, the
// citizen known by an identity number, and how often this office has logged each procedure.
import type Database from 'better-sqlite3';
import type { DayNumber } from '../../shared/time/day';
import type { DossierListItem } from './dossier-record';
import { LIST_COLUMNS, type ListRow, toListItem } from './dossier-row';

export interface CitizenDossiers {
  /** Newest first, every dossier of this exact identity number (at most `limit`). */
  dossiers: Array<DossierListItem & { idNumber: string; address: string }>;
}

export interface DeskDayQueries {
  readyToReturn(limit: number): DossierListItem[];
  /** Pending dossiers due from `from` to `to` (the overdue ones before `from` are not read), soonest first. */
  pendingDueBetween(from: DayNumber, to: DayNumber, limit: number): DossierListItem[];
  /** Pending dossiers whose apology letter promised a new date from `from` to `to`, soonest first. */
  pendingExtendedBetween(from: DayNumber, to: DayNumber, limit: number): DossierListItem[];
  countReadyToReturn(): number;
  byIdNumber(idNumber: string, limit: number): CitizenDossiers;
  /** Dossiers logged per procedure code in this ledger. */
  procedureCounts(): Map<string, number>;
}

export function createDeskDayQueries(db: Database.Database): DeskDayQueries {
  const ready = db.prepare<{ limit: number }, ListRow>(
    `SELECT ${LIST_COLUMNS} FROM dossiers d INDEXED BY dossiers_ready_to_return
     WHERE d.returned_day IS NULL AND d.ended_day IS NOT NULL AND d.ending = 'giai_quyet' ORDER BY d.ended_day, d.row_id LIMIT @limit`,
  );
  const dueBetween = db.prepare<{ from: DayNumber; to: DayNumber; limit: number }, ListRow>(
    `SELECT ${LIST_COLUMNS} FROM dossiers d INDEXED BY dossiers_pending_due
     WHERE d.ended_day IS NULL AND d.returned_day IS NULL AND d.due_day BETWEEN @from AND @to
     ORDER BY d.due_day, d.received_at, d.row_id LIMIT @limit`,
  );
  // Every pending dossier is in the partial index (a few thousand at 1M); the extended ones are fewer still.
  const extendedBetween = db.prepare<{ from: DayNumber; to: DayNumber; limit: number }, ListRow>(
    `SELECT ${LIST_COLUMNS} FROM dossiers d INDEXED BY dossiers_pending_due
     WHERE d.ended_day IS NULL AND d.returned_day IS NULL AND d.extension_due_day BETWEEN @from AND @to
     ORDER BY d.extension_due_day, d.received_at, d.row_id LIMIT @limit`,
  );
  const readyCount = db
    .prepare<[], number>(
      `SELECT count(*) FROM dossiers INDEXED BY dossiers_ready_to_return WHERE returned_day IS NULL AND ended_day IS NOT NULL AND ending = 'giai_quyet'`,
    )
    .pluck();
  // the exact number through the search index's id_number column, then compared digit for digit
  const byId = db.prepare<{ match: string; limit: number }, ListRow & { id_number: string; address: string }>(
    `SELECT ${LIST_COLUMNS}, d.id_number, d.address FROM (SELECT rowid AS r FROM dossier_search WHERE dossier_search MATCH @match ORDER BY rowid DESC LIMIT @limit) AS s
     JOIN dossiers d ON d.row_id = s.r ORDER BY d.row_id DESC`,
  );
  const counts = db.prepare<[], { code: string; n: number }>('SELECT procedure_code AS code, count(*) AS n FROM dossiers INDEXED BY dossiers_procedure_row GROUP BY procedure_code');
  return {
    readyToReturn: (limit) => ready.all({ limit }).map(toListItem),
    pendingDueBetween: (from, to, limit) => dueBetween.all({ from, to, limit }).map(toListItem),
    pendingExtendedBetween: (from, to, limit) => extendedBetween.all({ from, to, limit }).map(toListItem),
    countReadyToReturn: () => readyCount.get() ?? 0,
    byIdNumber(idNumber, limit) {
      const digits = idNumber.replace(/\D/g, '');
      if (digits.length < 9) return { dossiers: [] };
      const rows = byId.all({ match: `id_number : "${digits}"`, limit });
      return {
        dossiers: rows
          .filter((r) => r.id_number.replace(/\D/g, '') === digits)
          .map((r) => ({ ...toListItem(r), idNumber: r.id_number, address: r.address })),
      };
    },
    procedureCounts: () => new Map(counts.all().map((r) => [r.code, r.n])),
  };
}
