// The crash test's checks must catch what they look for: a lost dossier, a half-applied import, a
// half-migrated schema, a damaged file. Each is made here by hand and must be reported.
import { copyFileSync, openSync, writeSync, closeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDossierRepository, openLedger } from '../../electron/ledger';
import { tempFile } from '../ledger/helpers';
import { createBaseLedger, createOldLedger, crashDossier } from './fixtures';
import { verifyMigratedLedger, verifyWorkLedger } from './verify';

function workLedger(): string {
  const file = tempFile('work.db');
  createBaseLedger(file);
  return file;
}

function logDirectly(file: string, codes: string[]): void {
  const db = openLedger(file, { mustExist: true });
  const repo = createDossierRepository(db);
  for (const code of codes) repo.insert(crashDossier(code, 19_800, 600), { actor: 'kiểm thử' });
  db.close();
}

describe('crash checks', () => {
  it('pass on a whole ledger and report an acknowledged dossier that is missing', () => {
    const file = workLedger();
    logDirectly(file, ['L1-0', 'L1-1']);
    const imports = new Map<string, { rows: number; done: boolean }>();
    expect(verifyWorkLedger(file, { acked: new Map([['L1-0', 1], ['L1-1', 1]]), imports }).dossiers).toBe(2);
    expect(() => verifyWorkLedger(file, { acked: new Map([['L1-2', 1]]), imports })).toThrow(/acknowledged dossier L1-2 is missing/);
    expect(() => verifyWorkLedger(file, { acked: new Map([['L1-0', 2]]), imports })).toThrow(/acknowledged version 2 of L1-0 is lost/);
  });

  it('report an import that is half there, and one acknowledged but absent', () => {
    const file = workLedger();
    logDirectly(file, ['I7x0-0-a', 'I7x0-0-b', 'I70x0-0-a']);
    const acked = new Map<string, number>();
    expect(() => verifyWorkLedger(file, { acked, imports: new Map([['7x0', { rows: 3, done: false }]]) })).toThrow(
      /import 7x0 is half-applied: 2 of 3/,
    );
    expect(verifyWorkLedger(file, { acked, imports: new Map([['7x0', { rows: 2, done: true }]]) }).applied.get('7x0')).toBe(true);
    expect(() => verifyWorkLedger(file, { acked, imports: new Map([['8x0', { rows: 2, done: true }]]) })).toThrow(/acknowledged import 8x0 is missing/);
  });

  it('report a damaged file', () => {
    const file = workLedger();
    logDirectly(file, Array.from({ length: 300 }, (_, i) => `L2-${i}`));
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 4, 0xa5), 0, 4096 * 4, 4096 * 6);
    closeSync(fd);
    expect(() => verifyWorkLedger(file, { acked: new Map(), imports: new Map() })).toThrow(/integrity_check|malformed/);
  });

  it('report a schema between the old and the new version', () => {
    const template = tempFile('old.db');
    const codes = createOldLedger(template, 20);
    const file = tempFile('half.db');
    copyFileSync(template, file);
    const raw = new Database(file);
    raw.pragma('user_version = 3');
    raw.close();
    const expected = { codes, oldVersion: 1, done: false, backupDir: tempFile('none'), backedUp: false };
    expect(() => verifyMigratedLedger(file, expected)).toThrow(/half-migrated ledger at user_version 3/);
    copyFileSync(template, file);
    expect(verifyMigratedLedger(file, expected)).toBe(false);
    expect(() => verifyMigratedLedger(template, { ...expected, codes: codes.slice(1) })).toThrow(/differ from the ones logged/);
    expect(() => verifyMigratedLedger(file, { ...expected, backedUp: true })).toThrow(/backup before the migration is missing/);
  });
});
