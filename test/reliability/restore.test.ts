// Restoring from a backup: the backup is checked before anything is touched, the current ledger is
// backed up and kept aside (with its WAL), and the restored ledger opens at the latest schema.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../electron/api';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, createDossierRepository, openLedger } from '../../electron/ledger';
import { takeBackup } from '../../electron/reliability/auto-backup';
import { listBackupFiles } from '../../electron/reliability/backup-files';
import { RestoreRefusedError, restoreLedger } from '../../electron/reliability/restore';
import { configureDesk, sampleDossier } from '../ledger/helpers';
import { ACTOR, NOW, corruptMiddlePages, dossierCount, ledgerWith, localConfig, setUserVersion, tempFile } from './helpers';

async function backupOf(file: string, config = localConfig(file), now = NOW - 3_600_000): Promise<string> {
  const db = openLedger(file);
  try {
    return (await takeBackup(db, file, 'daily', { config, now })).written[0]!.file;
  } finally {
    db.close();
  }
}

describe('restore', () => {
  it('refuses a damaged backup and leaves the ledger exactly as it was', async () => {
    const file = ledgerWith(30);
    const backup = await backupOf(file);
    corruptMiddlePages(backup);
    const before = readFileSync(file);
    const attempt = restoreLedger({ ledgerFile: file, backupFile: backup, config: localConfig(file), now: NOW });
    await expect(attempt).rejects.toBeInstanceOf(RestoreRefusedError);
    await expect(attempt).rejects.toThrow(/bị hỏng \(kiểm tra toàn vẹn không đạt\)\. Chưa khôi phục, sổ hiện tại giữ nguyên\./);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(listBackupFiles(file, localConfig(file).directories[0]!).filter((b) => b.reason === 'before-restore')).toEqual([]);
  });

  it('refuses a file that is not a ledger, a backup from a newer app, and the ledger itself', async () => {
    const file = ledgerWith(3);
    const config = localConfig(file);
    const junk = tempFile('junk.db');
    writeFileSync(junk, 'không phải sổ');
    await expect(restoreLedger({ ledgerFile: file, backupFile: junk, config, now: NOW })).rejects.toThrow(/không đọc được/);
    const newer = await backupOf(file);
    setUserVersion(newer, LATEST_SCHEMA_VERSION + 1);
    await expect(restoreLedger({ ledgerFile: file, backupFile: newer, config, now: NOW })).rejects.toThrow(/phiên bản mới hơn/);
    await expect(restoreLedger({ ledgerFile: file, backupFile: file, config, now: NOW })).rejects.toThrow(/chính là tệp sổ đang dùng/);
    expect(dossierCount(file)).toBe(3);
  });

  it('backs up the current ledger, keeps it aside whole (its WAL included), then puts the backup in place', async () => {
    const source = ledgerWith(10);
    const config = localConfig(source);
    const backup = await backupOf(source, config);
    // A ledger as a power cut leaves it: six entries made after the backup still only in its WAL.
    const live = openLedger(source);
    live.pragma('wal_autocheckpoint = 0');
    const repo = createDossierRepository(live);
    for (let i = 0; i < 6; i++) repo.insert(sampleDossier('2024-03-12', 600 + i), ACTOR);
    const file = join(dirname(source), 'mat-dien.db');
    copyFileSync(source, file);
    copyFileSync(`${source}-wal`, `${file}-wal`);
    live.close();
    expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(0);

    const outcome = await restoreLedger({ ledgerFile: file, backupFile: backup, config, now: NOW });
    expect(outcome.dossiers).toBe(10);
    expect(outcome.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(dossierCount(file)).toBe(10);
    expect(outcome.safetyBackup?.written).toHaveLength(1);
    expect(dossierCount(outcome.safetyBackup!.written[0]!.file)).toBe(16);
    expect(outcome.keptOldAs[0]).toBe(join(dirname(file), 'mat-dien.cu-2024-03-14_10-00-00.db'));
    expect(dossierCount(outcome.keptOldAs[0]!)).toBe(16);
  });

  it('restores over a corrupt ledger, keeping the corrupt file aside', async () => {
    const file = ledgerWith(200);
    const config = localConfig(file);
    const backup = await backupOf(file, config);
    corruptMiddlePages(file);
    const outcome = await restoreLedger({ ledgerFile: file, backupFile: backup, config, now: NOW });
    expect(outcome.safetyBackup).toBeNull();
    expect(outcome.keptOldAs).toHaveLength(1);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(dossierCount(file)).toBe(200);
  });

  it('restores a backup made at an older schema and upgrades it', async () => {
    const oldFile = tempFile('cu.db');
    const old = openLedger(oldFile, { migrations: MIGRATIONS.slice(0, 1) });
    configureDesk(old);
    createDossierRepository(old).insert(sampleDossier(), ACTOR);
    old.pragma('journal_mode = DELETE');
    old.close();
    const file = ledgerWith(4);
    const outcome = await restoreLedger({ ledgerFile: file, backupFile: oldFile, config: localConfig(file), now: NOW });
    expect(outcome).toMatchObject({ dossiers: 1, schemaVersion: LATEST_SCHEMA_VERSION });
  });

  it('restores when there is no ledger at all (the computer was replaced)', async () => {
    const source = ledgerWith(7);
    const backup = await backupOf(source);
    const file = tempFile('moi.db');
    const outcome = await restoreLedger({ ledgerFile: file, backupFile: backup, config: localConfig(file), now: NOW });
    expect(outcome).toMatchObject({ dossiers: 7, keptOldAs: [], safetyBackup: null });
  });

  it.skipIf(process.platform === 'win32')('leaves the restored ledger (and its journal files) for the user only, like every ledger file', async () => {
    const file = ledgerWith(3);
    const backup = await backupOf(file);
    await restoreLedger({ ledgerFile: file, backupFile: backup, config: localConfig(file), now: NOW });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) expect(statSync(file + suffix).mode & 0o777, suffix).toBe(0o600);
  });

  it('removes the copies a restore killed half-way left beside the ledger (not a running one’s), at the next restore and when the desk opens', async () => {
    const file = ledgerWith(3);
    const backup = await backupOf(file);
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const leftovers = [`${file}.dang-khoi-phuc-${dead}`, `${file}.dang-khoi-phuc-${dead}-wal`];
    const running = `${file}.dang-khoi-phuc-${process.ppid}`;
    for (const f of [...leftovers, running]) writeFileSync(f, 'bản chép dở');
    await restoreLedger({ ledgerFile: file, backupFile: backup, config: localConfig(file), now: NOW });
    expect(leftovers.filter((f) => existsSync(f))).toEqual([]);
    expect(existsSync(running)).toBe(true);

    for (const f of leftovers) writeFileSync(f, 'bản chép dở');
    const api = createAppApi({ ledgerFile: file, actor: 'kiểm thử', host: { kind: 'web' }, appVersion: 'test', clock: () => NOW, backgroundDelayMs: -1 });
    try {
      await api.dispatch('startup.status', {});
      expect(leftovers.filter((f) => existsSync(f))).toEqual([]);
      expect(existsSync(running)).toBe(true);
    } finally {
      api.close();
    }
  });
});
