// Automatic backups: through the online backup API while the ledger is being written, verified, rotated,
// into every configured folder, and never silently missing.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../electron/ledger';
import {
  BackupFailedError,
  foldersDueForDailyBackup,
  runDailyBackup,
  takeBackup,
  takeRequiredBackup,
} from '../../electron/reliability/auto-backup';
import { listBackups } from '../../electron/reliability/backup-catalogue';
import { listBackupFiles, parseBackupFileName } from '../../electron/reliability/backup-files';
import { probeLedgerFile } from '../../electron/reliability/ledger-probe';
import { track } from '../ledger/helpers';
import { DAY_MS, NOW, dossierCount, ledgerWith, localConfig, tempFile } from './helpers';

describe('automatic backups', () => {
  it('writes a verified copy named by time and reason, consistent while another connection writes', async () => {
    const file = ledgerWith(40);
    const db = track(openLedger(file));
    const config = localConfig(file);
    const writer = track(new Database(file));
    writer.exec('BEGIN IMMEDIATE');
    expect(writer.prepare("UPDATE settings SET value = json_quote('DANG-SUA-DO') WHERE key = 'unit_code'").run().changes).toBe(1);
    const run = await takeBackup(db, file, 'daily', { config, now: NOW });
    writer.exec('ROLLBACK');
    expect(run.skipped).toEqual([]);
    expect(run.written).toHaveLength(1);
    const written = run.written[0]!;
    expect(written.dossiers).toBe(40);
    expect(written.file).toMatch(/so\.sao-luu\.2024-03-14_10-00-00\.hang-ngay\.db$/);
    expect(parseBackupFileName(file, written.file.split('/').pop()!)).toEqual({ reason: 'daily', takenAt: NOW });
    const probe = probeLedgerFile(written.file, { thorough: true });
    expect(probe.status).toBe('ok');
    expect(probe.dossiers).toBe(40);
    const copy = track(new Database(written.file, { readonly: true }));
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'unit_code'").pluck().get()).toBe('"H40.05"');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
  });

  it('keeps the N newest of each kind and never deletes other kinds or other ledgers’ backups', async () => {
    const file = ledgerWith(3);
    const db = track(openLedger(file));
    const config = localConfig(file, 2);
    const [directory] = config.directories as [string];
    writeFileSync(join(directory, 'khac.sao-luu.2024-01-01_00-00-00.hang-ngay.db'), 'sổ khác');
    await takeBackup(db, file, 'before-migration', { config, now: NOW - 10 * DAY_MS });
    const removed: string[] = [];
    for (let day = 0; day < 4; day++) removed.push(...(await takeBackup(db, file, 'daily', { config, now: NOW + day * DAY_MS })).removed);
    const daily = listBackupFiles(file, directory).filter((b) => b.reason === 'daily');
    expect(daily.map((b) => b.takenAt)).toEqual([NOW + 3 * DAY_MS, NOW + 2 * DAY_MS]);
    expect(removed).toHaveLength(2);
    expect(listBackupFiles(file, directory).filter((b) => b.reason === 'before-migration')).toHaveLength(1);
    expect(existsSync(join(directory, 'khac.sao-luu.2024-01-01_00-00-00.hang-ngay.db'))).toBe(true);
  });

  it('never rotates out the copy just written, even when the clock went back', async () => {
    const file = ledgerWith(1);
    const db = track(openLedger(file));
    const config = localConfig(file, 1);
    await takeBackup(db, file, 'daily', { config, now: NOW });
    const run = await takeBackup(db, file, 'daily', { config, now: NOW - 30 * DAY_MS });
    expect(run.written).toHaveLength(1);
    expect(existsSync(run.written[0]!.file)).toBe(true);
    expect(listBackupFiles(file, config.directories[0]!)).toHaveLength(1);
  });

  it('skips a folder whose drive is missing with a reason, and writes to the others', async () => {
    const file = ledgerWith(2);
    const db = track(openLedger(file));
    const local = localConfig(file).directories[0]!;
    const usb = join(tempFile('khong-co-usb'), 'SaoLuu');
    const run = await takeBackup(db, file, 'daily', { config: { directories: [usb, local], keep: 3 }, now: NOW });
    expect(run.written.map((w) => w.directory)).toEqual([local]);
    expect(run.skipped).toEqual([{ directory: usb, reason: 'không tìm thấy ổ đĩa hoặc thư mục chứa (USB chưa cắm?)' }]);
    expect(existsSync(usb)).toBe(false);
  });

  it('creates the backup folder itself when its parent exists', async () => {
    const file = ledgerWith(2);
    const db = track(openLedger(file));
    const folder = join(tempFile('usb'), '..', 'SaoLuuMoi');
    const run = await takeBackup(db, file, 'daily', { config: { directories: [folder], keep: 3 }, now: NOW });
    expect(run.written).toHaveLength(1);
  });

  it('refuses to go on when a required backup could not be written anywhere', async () => {
    const file = ledgerWith(2);
    const db = track(openLedger(file));
    const nowhere = join(tempFile('x'), 'khong', 'co');
    const attempt = takeRequiredBackup(db, file, 'before-migration', { config: { directories: [nowhere], keep: 3 }, now: NOW });
    await expect(attempt).rejects.toBeInstanceOf(BackupFailedError);
    await expect(attempt).rejects.toThrow(/Không tạo được bản sao lưu nào nên chưa nâng cấp sổ/);
  });

  it('takes the daily backup once per Vietnam day in each folder', async () => {
    const file = ledgerWith(2);
    const db = track(openLedger(file));
    const config = localConfig(file);
    expect(foldersDueForDailyBackup(file, config, NOW)).toEqual(config.directories);
    expect((await runDailyBackup(db, file, { config, now: NOW }))?.written).toHaveLength(1);
    expect(await runDailyBackup(db, file, { config, now: NOW + 60_000 })).toBeNull();
    // 23:59 in Vietnam is still the same day; 00:01 the next day is not
    const endOfDay = Date.UTC(2024, 2, 14, 16, 59);
    expect(await runDailyBackup(db, file, { config, now: endOfDay })).toBeNull();
    expect((await runDailyBackup(db, file, { config, now: endOfDay + 2 * 60_000 }))?.written).toHaveLength(1);
    expect(dossierCount(listBackupFiles(file, config.directories[0]!)[0]!.file)).toBe(2);
  });

  it('removes copies left unfinished by a process that died while writing', async () => {
    const file = ledgerWith(2);
    const db = track(openLedger(file));
    const config = localConfig(file);
    const directory = config.directories[0]!;
    const dead = join(directory, 'so.sao-luu.2024-03-13_10-00-00.hang-ngay.db.dang-ghi-99999999');
    writeFileSync(dead, 'nửa chừng');
    await takeBackup(db, file, 'daily', { config, now: NOW });
    expect(readdirSync(directory).filter((n) => n.includes('dang-ghi'))).toEqual([]);
  });

  it('lists backups newest first and marks a damaged one as unusable', async () => {
    const file = ledgerWith(5);
    const db = track(openLedger(file));
    const config = localConfig(file);
    await takeBackup(db, file, 'daily', { config, now: NOW - DAY_MS });
    const newest = await takeBackup(db, file, 'daily', { config, now: NOW });
    writeFileSync(newest.written[0]!.file, 'hỏng');
    const backups = listBackups(file, config);
    expect(backups.map((b) => [b.takenAt, b.good])).toEqual([
      [NOW, false],
      [NOW - DAY_MS, true],
    ]);
    expect(backups[0]!.problem).toMatch(/trống hoặc không đọc được/);
    expect(backups[1]).toMatchObject({ reasonLabel: 'sao lưu hằng ngày', takenAtText: '10:00 ngày 13/03/2024', dossiers: 5 });
  });
});
