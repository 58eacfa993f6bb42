// `check`: is the ledger file healthy? SQLite's integrity and foreign-key checks, the schema version and
// the counts a person can compare with the paper ledger.
import type { LedgerDatabase } from '../ledger';
import { LATEST_SCHEMA_VERSION, schemaVersionOf } from '../ledger';

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeyProblems: number;
  schemaVersion: number;
  latestSchemaVersion: number;
  dossiers: number;
  historyEvents: number;
  journalMode: string;
}

export function checkLedger(db: LedgerDatabase): CheckReport {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
  const foreignKeyProblems = (db.pragma('foreign_key_check') as unknown[]).length;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const report = {
    integrity,
    foreignKeyProblems,
    schemaVersion: schemaVersionOf(db),
    latestSchemaVersion: LATEST_SCHEMA_VERSION,
    dossiers: count('dossiers'),
    historyEvents: count('dossier_history'),
    journalMode: String(db.pragma('journal_mode', { simple: true })),
  };
  return { ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeyProblems === 0, ...report };
}
