// The "ledger" part of a full package: every other table of the ledger (settings, catalogue, calendar
// edits, import batches, code counters, sign-offs, the unit's key, trusted units, conflicts, received
// reports …), row by row, so a restore rebuilds the ledger exactly. Tables are found in the schema, so a
// table added by a later migration travels too. Dossiers and their history are in the "dossiers" part.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { MONTH_COUNTS_TABLE } from '../ledger/migrations/010-month-counts';
import { CALENDAR_APPLIED_TABLE } from '../ledger/migrations/011-calendar-notices';
import { PIN_LOCK_TABLE } from '../ledger/migrations/017-pin-lock';

export type Cell = null | number | string | { b64: string };

export interface TableDump {
  name: string;
  columns: string[];
  rows: Cell[][];
}

export interface LedgerPart {
  schema_version: number;
  tables: TableDump[];
}

const cellSchema = z.union([z.null(), z.number(), z.string(), z.strictObject({ b64: z.string() })]);
export const ledgerPartSchema = z.strictObject({
  schema_version: z.number().int().min(1),
  tables: z.array(
    z.strictObject({
      name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
      columns: z.array(z.string().regex(/^[a-z_][a-z0-9_]*$/)).min(1),
      rows: z.array(z.array(cellSchema)),
    }),
  ),
});

/** Carried in the "dossiers" part instead. */
export const DOSSIER_TABLES = ['dossiers', 'dossier_history'] as const;

/**
 * Derived from the rest, never carried: the month counts of deep ledger pages (kept by triggers as the
 * dossiers go in) and the calendar the due dates follow (each ledger records its own on its next open).
 * Also the state of this one ledger file, which must not travel either (the wrong-PIN count).
 */
export const DERIVED_TABLES: readonly string[] = [MONTH_COUNTS_TABLE, CALENDAR_APPLIED_TABLE, PIN_LOCK_TABLE];

export const isDerivedTable = (name: string) => DERIVED_TABLES.includes(name);

/**
 * Tables a trigger fills as dossiers are written, but whose rows are facts of their own that a full
 * package carries as they were: the permanent Mẫu 07 lines (migration 013). A restore replaces what the
 * triggers wrote with the package's rows; a package from before the table keeps the triggers' lines.
 */
export const CARRIED_TRIGGER_TABLES: readonly string[] = ['dossier_book_lines'];

interface TableListRow {
  name: string;
  type: string;
  schema: string;
}

/** The ordinary tables of the ledger (no SQLite internals, no full-text index tables). */
export function ordinaryTables(db: Database.Database): string[] {
  return db
    .prepare<[], TableListRow>('SELECT name, type, schema FROM pragma_table_list')
    .all()
    .filter((t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
}

/** Stored columns of a table (generated columns excluded: they are computed again). */
export function storedColumns(db: Database.Database, table: string): string[] {
  return db
    .prepare<[string], { name: string; hidden: number }>('SELECT name, hidden FROM pragma_table_xinfo(?)')
    .all(table)
    .filter((c) => c.hidden === 0)
    .map((c) => c.name);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function toCell(value: unknown): Cell {
  if (value === null || typeof value === 'number' || typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return { b64: value.toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  throw new Error(`Unexpected SQLite value of type ${typeof value}`);
}

export function fromCell(cell: Cell): null | number | string | Buffer {
  return cell !== null && typeof cell === 'object' ? Buffer.from(cell.b64, 'base64') : cell;
}

/** Every ordinary table except the dossiers' and the derived ones, row by row. Call inside a read transaction for one snapshot. */
export function collectLedgerTables(db: Database.Database): TableDump[] {
  const skip = new Set<string>([...DOSSIER_TABLES, ...DERIVED_TABLES]);
  return ordinaryTables(db)
    .filter((name) => !skip.has(name))
    .map((name) => collectTable(db, name));
}

/** One table's rows, in rowid order (primary key order for WITHOUT ROWID tables). */
export function collectTable(db: Database.Database, name: string): TableDump {
  const columns = storedColumns(db, name);
  const withoutRowid = db.prepare<[string], { wr: number }>('SELECT wr FROM pragma_table_list WHERE name = ?').get(name)?.wr === 1;
  const order = withoutRowid ? '' : ' ORDER BY rowid';
  const rows = db
    .prepare(`SELECT ${columns.map(quote).join(', ')} FROM ${quote(name)}${order}`)
    .raw()
    .all()
    .map((row) => (row as unknown[]).map(toCell));
  return { name, columns, rows };
}

export function insertTable(db: Database.Database, dump: TableDump): void {
  const insert = db.prepare(`INSERT INTO ${quote(dump.name)} (${dump.columns.map(quote).join(', ')}) VALUES (${dump.columns.map(() => '?').join(', ')})`);
  for (const row of dump.rows) insert.run(...row.map(fromCell));
}

export { quote as quoteIdentifier };
