// Opening a ledger for work: backup before an upgrade (no upgrade without one), the app version stamped,
// the daily backup, and a blocked ledger reported with its diagnosis.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, createDossierRepository, openLedger } from '../../electron/ledger';
import { BackupFailedError } from '../../electron/reliability/auto-backup';
import { listBackupFiles } from '../../electron/reliability/backup-files';
import { probeLedgerFile } from '../../electron/reliability/ledger-probe';
import { APP_VERSION_STAMP_KEY, readAppVersionStamps } from '../../electron/reliability/schema-stamps';
import { StartupBlockedError, openLedgerForWork } from '../../electron/reliability/startup';
import { configureDesk, sampleDossier } from '../ledger/helpers';
import { ACTOR, NOW, corruptMiddlePages, ledgerWith, localConfig, tempFile } from './helpers';

function ledgerAtSchema(version: number, dossiers: number): string {
  const file = tempFile('cu.db');
  const db = openLedger(file, { migrations: MIGRATIONS.slice(0, version) });
  configureDesk(db);
  const repo = createDossierRepository(db);
  for (let i = 0; i < dossiers; i++) repo.insert(sampleDossier('2024-03-05', 480 + i), ACTOR);
  db.close();
  return file;
}

describe('opening a ledger for work', () => {
  it('backs up an old ledger before upgrading it, stamps the app version, takes the daily backup', async () => {
    const file = ledgerAtSchema(2, 7);
    const config = localConfig(file);
    const opened = await openLedgerForWork({ ledgerFile: file, now: NOW, appVersion: '0.1.0', actor: 'Nguyễn Thị Lan', config });
    try {
      expect(opened.session.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(opened.upgradeBackup?.written).toHaveLength(1);
      const before = probeLedgerFile(opened.upgradeBackup!.written[0]!.file, { thorough: true });
      expect(before).toMatchObject({ status: 'ok', schemaVersion: 2, dossiers: 7 });
      expect(opened.dailyBackup?.written).toHaveLength(1);
      expect(listBackupFiles(file, config.directories[0]!).map((b) => b.reason).sort()).toEqual(['before-migration', 'daily']);
      expect(readAppVersionStamps(opened.session.db)).toEqual({ [String(LATEST_SCHEMA_VERSION)]: '0.1.0' });
      expect(opened.diagnosis.problems.map((p) => p.kind)).toEqual(['upgrade-pending']);
    } finally {
      opened.session.close();
    }
    // the next start: nothing to upgrade, the daily backup already there, the stamp kept as it was
    const again = await openLedgerForWork({ ledgerFile: file, now: NOW + 60_000, appVersion: '0.1.1', actor: 'Nguyễn Thị Lan', config });
    try {
      expect(again.upgradeBackup).toBeNull();
      expect(again.dailyBackup).toBeNull();
      expect(readAppVersionStamps(again.session.db)[String(LATEST_SCHEMA_VERSION)]).toBe('0.1.0');
    } finally {
      again.session.close();
    }
  });

  it('does not upgrade a ledger it could not back up first', async () => {
    const file = ledgerAtSchema(1, 3);
    const nowhere = join(tempFile('x'), 'khong', 'co');
    const attempt = openLedgerForWork({ ledgerFile: file, now: NOW, appVersion: '0.1.0', actor: 'A', config: { directories: [nowhere], keep: 3 } });
    await expect(attempt).rejects.toBeInstanceOf(BackupFailedError);
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    raw.close();
  });

  it('reports a blocked ledger with its diagnosis and leaves it untouched', async () => {
    const file = ledgerWith(200);
    corruptMiddlePages(file);
    const before = readFileSync(file);
    const attempt = openLedgerForWork({ ledgerFile: file, now: NOW, appVersion: '0.1.0', actor: 'A', config: localConfig(file) });
    await expect(attempt).rejects.toBeInstanceOf(StartupBlockedError);
    const error = (await attempt.catch((e: unknown) => e)) as StartupBlockedError;
    expect(error.message).toMatch(/bị hỏng: kiểm tra toàn vẹn không đạt/);
    expect(error.diagnosis.problems[0]?.kind).toBe('corrupt');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('keeps the stamp out of the clock check (bookkeeping is not an entry)', async () => {
    const file = ledgerWith(1);
    const config = localConfig(file);
    const later = NOW + 86_400_000 * 30;
    const opened = await openLedgerForWork({ ledgerFile: file, now: later, appVersion: '0.1.0', actor: 'A', config });
    const stampedAt = opened.session.db.prepare('SELECT updated_at FROM settings WHERE key = ?').pluck().get(APP_VERSION_STAMP_KEY);
    opened.session.close();
    expect(stampedAt).toBe(new Date(later).toISOString());
    const back = await openLedgerForWork({ ledgerFile: file, now: NOW, appVersion: '0.1.0', actor: 'A', config });
    back.session.close();
    expect(back.diagnosis.status).toBe('ready');
  });
});
