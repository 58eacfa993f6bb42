import type Database from 'better-sqlite3';

/**
 * One step of the ledger schema. `version` is the `PRAGMA user_version` the database has after `up`;
 * versions run 1, 2, 3 … without gaps. `up` runs inside the transaction that applies every pending
 * migration, so it must not open or commit transactions itself, nor change `PRAGMA foreign_keys`.
 */
export interface Migration {
  version: number;
  /** Short English description, for logs. */
  name: string;
  up(db: Database.Database): void;
}

/** `PRAGMA application_id` of a Sổ Một Cửa ledger: "SOMC" in ASCII. */
export const LEDGER_APPLICATION_ID = 0x534f4d43;
