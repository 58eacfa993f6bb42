// The latest instant the ledger records: audit stamps taken from the clock when something was written,
// and the reception times typed at the desk. A computer whose clock is now earlier than that has had its
// clock set back (a flat CMOS battery, a wrong manual change): dates are legal facts, so the desk is
// warned before logging anything.
import type Database from 'better-sqlite3';
import { VIETNAM_OFFSET_MINUTES, parseLocalDateTime } from '../../shared/time/local-time';

export type EntrySource = 'history' | 'reception' | 'import' | 'settings' | 'calendar' | 'catalogue' | 'security';

export interface LatestEntry {
  /** Epoch milliseconds. */
  at: number;
  source: EntrySource;
  /** The dossier code when the entry is a dossier's. */
  dossierCode: string | null;
}

/** Audit columns holding ISO 8601 UTC instants, by table. */
const STAMP_QUERIES: Array<{ table: string; source: EntrySource; sql: string }> = [
  {
    table: 'dossier_history',
    source: 'history',
    sql: `SELECT h.at AS at, d.code AS code FROM dossier_history h LEFT JOIN dossiers d ON d.id = h.dossier_id
          ORDER BY h.at DESC LIMIT 1`,
  },
  { table: 'import_batches', source: 'import', sql: 'SELECT max(at) AS at, NULL AS code FROM import_batches' },
  {
    table: 'settings',
    source: 'settings',
    // the app-version stamp is bookkeeping, not an entry anyone made
    sql: "SELECT max(updated_at) AS at, NULL AS code FROM settings WHERE key <> 'app_versions_by_schema'",
  },
  {
    table: 'calendar_edits',
    source: 'calendar',
    sql: 'SELECT max(max(created_at), coalesce(max(removed_at), \'\')) AS at, NULL AS code FROM calendar_edits',
  },
  { table: 'procedures', source: 'catalogue', sql: 'SELECT max(created_at) AS at, NULL AS code FROM procedures' },
  { table: 'operators', source: 'security', sql: "SELECT max(max(created_at), coalesce(max(retired_at), '')) AS at, NULL AS code FROM operators" },
  { table: 'chairman_pins', source: 'security', sql: 'SELECT max(set_at) AS at, NULL AS code FROM chairman_pins' },
];

const RECEPTION_SQL = 'SELECT received_at AS at, code FROM dossiers ORDER BY received_at DESC LIMIT 1';

function tablesOf(db: Database.Database): Set<string> {
  return new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
}

/** "YYYY-MM-DD HH:MM" Vietnam local time to epoch milliseconds. */
function localToEpoch(text: string): number | null {
  const local = parseLocalDateTime(text);
  if (!local || !/\d{2}:\d{2}$/.test(text.trim())) return null;
  return (local.day * 1440 + local.minute - VIETNAM_OFFSET_MINUTES) * 60_000;
}

function isoToEpoch(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : ms;
}

interface StampRow {
  at: string | null;
  code: string | null;
}

/** The latest recorded instant, or null for a ledger with nothing recorded yet. */
export function latestLedgerEntry(db: Database.Database): LatestEntry | null {
  const tables = tablesOf(db);
  const candidates: LatestEntry[] = [];
  for (const query of STAMP_QUERIES) {
    if (!tables.has(query.table)) continue;
    const row = db.prepare<[], StampRow>(query.sql).get();
    const at = row?.at ? isoToEpoch(row.at) : null;
    if (at !== null) candidates.push({ at, source: query.source, dossierCode: row?.code ?? null });
  }
  if (tables.has('dossiers')) {
    const row = db.prepare<[], StampRow>(RECEPTION_SQL).get();
    const at = row?.at ? localToEpoch(row.at) : null;
    if (at !== null) candidates.push({ at, source: 'reception', dossierCode: row?.code ?? null });
  }
  return candidates.reduce<LatestEntry | null>((latest, c) => (latest === null || c.at > latest.at ? c : latest), null);
}
