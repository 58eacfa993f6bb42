// What a full package holds, for the person about to restore it (an encrypted backup brought from the old
// PC): whose ledger it is, when it was made, how many dossiers, who worked at the desk and which periods
// the chairman had signed — read from the opened package (restore.ts openFullPackage), nothing written.
import type { Cell, LedgerPart } from './ledger-content';
import { openFullPackage } from './restore';

export interface FullPackageSummary {
  unitCode: string;
  unitName: string;
  desk: number | null;
  fingerprint: string;
  /** ISO instant the package was written. */
  createdAt: string;
  appVersion: string;
  dossiers: number;
  historyEvents: number;
  /** The desk operators not retired, in the order they were added. */
  operators: string[];
  /** The signed periods the package carries. */
  signedPeriods: Array<{ key: string; label: string }>;
}

/** The rows of `table` as objects of the named columns (none when the package has no such table). */
function rowsOf(ledger: LedgerPart, table: string, columns: readonly string[]): Array<Record<string, Cell>> {
  const dump = ledger.tables.find((t) => t.name === table);
  if (!dump) return [];
  const at = columns.map((c) => dump.columns.indexOf(c));
  if (at.some((i) => i < 0)) return [];
  return dump.rows.map((row) => Object.fromEntries(columns.map((c, k) => [c, row[at[k] ?? -1] ?? null])));
}

const text = (cell: Cell | undefined) => (typeof cell === 'string' ? cell : '');

export function summariseFullPackage(bytes: Uint8Array, passphrase: string): FullPackageSummary {
  const { manifest: m, dossiers, ledger } = openFullPackage(bytes, passphrase);
  return {
    unitCode: m.sender.unit_code,
    unitName: m.sender.unit_name,
    desk: m.sender.desk,
    fingerprint: m.sender.fingerprint,
    createdAt: m.created_at,
    appVersion: m.app_version,
    dossiers: dossiers.dossiers.length,
    historyEvents: dossiers.dossiers.reduce((n, d) => n + d.events.length, 0),
    operators: rowsOf(ledger, 'operators', ['name', 'retired_at'])
      .filter((o) => o.retired_at === null)
      .map((o) => text(o.name)),
    signedPeriods: rowsOf(ledger, 'period_signoffs', ['period_key', 'label']).map((p) => ({ key: text(p.period_key), label: text(p.label) })),
  };
}
