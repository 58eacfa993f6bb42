// Ledgers for the reliability tests: real files in temporary folders, filled through the repositories,
// and ways to damage them for real (bytes overwritten, a schema version from the future).
import { closeSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { createDossierRepository, openLedger } from '../../electron/ledger';
import type { BackupConfig } from '../../electron/reliability/backup-config';
import { ACTOR, configureDesk, sampleDossier, tempFile } from '../ledger/helpers';

export { ACTOR, tempFile };

/** 10:00 on 14/03/2024 in Vietnam: after every entry the helpers make. */
export const NOW = Date.UTC(2024, 2, 14, 3, 0);
export const DAY_MS = 86_400_000;

/** A closed ledger file at the latest schema holding `count` dossiers received in March 2024. */
export function ledgerWith(count: number, file = tempFile('so.db')): string {
  const db = openLedger(file);
  configureDesk(db);
  const repo = createDossierRepository(db);
  db.transaction(() => {
    for (let i = 0; i < count; i++) repo.insert(sampleDossier(`2024-03-${String(1 + (i % 7)).padStart(2, '0')}`, 8 * 60 + (i % 400)), ACTOR);
  })();
  db.close();
  return file;
}

/** A backup configuration with one folder beside the ledger (created) and `keep` copies. */
export function localConfig(ledgerFile: string, keep = 3, name = 'sao-luu'): BackupConfig {
  const directory = join(dirname(ledgerFile), name);
  mkdirSync(directory, { recursive: true });
  return { directories: [directory], keep };
}

/** Overwrites `pages` database pages in the middle of the file with garbage. */
export function corruptMiddlePages(file: string, pages = 3): void {
  const pageSize = 4096;
  const total = Math.floor(statSync(file).size / pageSize);
  const first = Math.max(2, Math.floor(total / 2) - 1);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize * pages, 0xa5), 0, pageSize * pages, first * pageSize);
  } finally {
    closeSync(fd);
  }
}

/** Overwrites the file's first bytes (the SQLite header). */
export function corruptHeader(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.from('ĐÂY KHÔNG CÒN LÀ CƠ SỞ DỮ LIỆU', 'utf8'), 0, undefined, 0);
  } finally {
    closeSync(fd);
  }
}

export function setUserVersion(file: string, version: number): void {
  const raw = new Database(file, { fileMustExist: true });
  raw.pragma(`user_version = ${version}`);
  raw.close();
}

export function dossierCount(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;
  } finally {
    db.close();
  }
}

/**
 * Damage only the full check sees: the index on the reception time is declared over another column, so
 * its entries no longer match the rows. quick_check passes; integrity_check reports missing index entries.
 */
export function staleIndex(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = 'CREATE INDEX dossiers_received_at ON dossiers(applicant_name)' WHERE name = 'dossiers_received_at'").run();
  } finally {
    db.close();
  }
}

/** Overwrites the pages holding `table` and its indexes with garbage, as a failing disk would. */
export function overwriteTablePages(file: string, table: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const roots = db.prepare<[string], number>('SELECT rootpage FROM sqlite_schema WHERE tbl_name = ? AND rootpage > 0').pluck().all(table);
  db.close();
  if (roots.length === 0) throw new Error(`no pages for ${table}`);
  const fd = openSync(file, 'r+');
  try {
    for (const page of roots) writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}
