// Issue 15 §1, "a latest backup newer than the ledger": the ledger replaced by an older copy of itself
// (its stamp with it, so the stamp agrees) is caught by its newest backup holding more; the start-up
// check and `check` say so, with the backup's time and dossiers, and offer to restore it first. No false
// alarm after a normal backup, after restoring an older backup, or for another ledger's backup.
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { diagnoseStartup } from '../../electron/reliability/startup-diagnosis';
import { loadBackupConfig, resolvedDirectories } from '../../electron/reliability/backup-config';
import { listBackupFiles } from '../../electron/reliability/backup-files';
import { commitStampFile } from '../../electron/reliability/commit-stamp';
import { taggedLedgerCsv } from '../crash/fixtures';
import { FIXTURE_CSV, cliAt, tempFolder } from '../cli/helpers';

/** Epoch ms of a Vietnam local time (UTC+7) in March 2024. */
const vn = (day: number, hour: number, minute = 0) => Date.UTC(2024, 2, day, hour - 7, minute);

async function ok(now: number, ...argv: string[]): Promise<void> {
  const result = await cliAt(now, ...argv);
  expect(result.code, `${argv.join(' ')}: ${result.stderr}`).toBe(0);
}

async function newLedger(folder: string): Promise<string> {
  const db = join(folder, 'so.db');
  await ok(vn(14, 8), 'init', '--db', db, '--unit-name', 'UBND xã Hương Hữu', '--unit-code', '000.00.21.H57');
  await ok(vn(14, 9), 'import', '--db', db, FIXTURE_CSV);
  return db;
}

async function importTagged(db: string, tag: string, copies: number, now: number): Promise<void> {
  const csv = join(tempFolder(), `${tag}.csv`);
  writeFileSync(csv, taggedLedgerCsv(tag, copies));
  await ok(now, 'import', '--db', db, csv);
}

const backupFolder = (db: string) => resolvedDirectories(db, loadBackupConfig(db).config)[0] ?? '';
const backupsOf = (db: string) => listBackupFiles(db, backupFolder(db));

function count(file: string, sql: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

/** The ledger and its stamp, copied aside as they are (no -wal: the CLI closes the ledger). */
function copyLedger(db: string, to: string): void {
  expect(existsSync(`${db}-wal`)).toBe(false);
  copyFileSync(db, to);
  copyFileSync(commitStampFile(db), `${to}.stamp`);
}

function putBack(copy: string, db: string): void {
  for (const suffix of ['-wal', '-shm']) rmSync(db + suffix, { force: true });
  copyFileSync(copy, db);
  copyFileSync(`${copy}.stamp`, commitStampFile(db));
}

const missingProblem = (db: string, now: number) =>
  diagnoseStartup({ ledgerFile: db, now, appVersion: 'test' }).problems.find((p) => p.kind === 'changes-missing') ?? null;

describe('a latest backup newer than the ledger', () => {
  it('an older copy of the ledger put back, stamp included: the start-up check and check warn, naming the backup', async () => {
    const db = await newLedger(tempFolder());
    const older = join(tempFolder(), 'so-cu.db');
    copyLedger(db, older);
    await importTagged(db, 'B', 1, vn(14, 10));
    await ok(vn(15, 8, 30), 'backup', '--db', db, '--auto');
    const [backup] = backupsOf(db);
    expect(backup?.reason).toBe('daily');
    const dossiers = count(backup?.file ?? '', 'SELECT count(*) FROM dossiers');
    expect(dossiers).toBeGreaterThan(count(older, 'SELECT count(*) FROM dossiers'));
    expect(missingProblem(db, vn(15, 9))).toBeNull();

    putBack(older, db);
    const problem = missingProblem(db, vn(15, 9));
    expect(problem?.message).toContain('Bản sao lưu lúc 08:30 ngày 15/03/2024');
    expect(problem?.message).toContain(`(${dossiers} hồ sơ`);
    expect(problem?.message).toContain('khôi phục bản sao lưu lúc 08:30 ngày 15/03/2024');
    expect(problem?.actions[0]).toMatchObject({ kind: 'restore-backup', backupFile: backup?.file });
    const missing = count(backup?.file ?? '', 'SELECT max(seq) FROM dossier_history') - count(db, 'SELECT max(seq) FROM dossier_history');
    expect(problem?.kind === 'changes-missing' ? problem.missing : null).toBe(missing);

    const check = await cliAt(vn(15, 9), 'check', '--db', db);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('KHÔNG TỐT');
    expect(check.stderr).toContain('08:30 ngày 15/03/2024');
  }, 60_000);

  it('a normal open after a backup, and after more intakes: no warning', async () => {
    const db = await newLedger(tempFolder());
    await ok(vn(15, 8, 30), 'backup', '--db', db, '--auto');
    expect(backupsOf(db)).toHaveLength(1);
    expect(missingProblem(db, vn(15, 9))).toBeNull();
    await importTagged(db, 'C', 1, vn(15, 10));
    expect(missingProblem(db, vn(15, 11))).toBeNull();
    expect((await cliAt(vn(15, 11), 'check', '--db', db)).code).toBe(0);
  }, 60_000);

  it('after restoring an older backup: the later backups and the safety copy hold more, and no warning', async () => {
    const db = await newLedger(tempFolder());
    await ok(vn(15, 8, 30), 'backup', '--db', db, '--auto');
    const [first] = backupsOf(db);
    await importTagged(db, 'D', 1, vn(16, 8));
    await ok(vn(16, 8, 30), 'backup', '--db', db, '--auto');
    const restored = await cliAt(vn(16, 10), 'restore', '--db', db, '--from', first?.file ?? '');
    expect(restored.code, restored.stderr).toBe(0);
    const kept = backupsOf(db);
    expect(kept.map((b) => b.reason).sort()).toEqual(['before-restore', 'daily', 'daily']);
    const seq = count(db, 'SELECT max(seq) FROM dossier_history');
    for (const b of kept.filter((k) => k.file !== first?.file)) expect(count(b.file, 'SELECT max(seq) FROM dossier_history')).toBeGreaterThan(seq);
    expect(missingProblem(db, vn(16, 10, 5))).toBeNull();
    expect((await cliAt(vn(16, 10, 5), 'check', '--db', db)).code).toBe(0);
  }, 60_000);

  it('a backup of another ledger in the folder is ignored', async () => {
    const db = await newLedger(tempFolder());
    const other = await newLedger(tempFolder());
    await importTagged(other, 'X', 2, vn(14, 10));
    mkdirSync(backupFolder(db), { recursive: true });
    await ok(vn(15, 8), 'backup', '--db', other, '--out', join(backupFolder(db), 'so.sao-luu.2024-03-15_08-00-00.hang-ngay.db'));
    expect(backupsOf(db)).toHaveLength(1);
    expect(count(backupsOf(db)[0]?.file ?? '', 'SELECT max(seq) FROM dossier_history')).toBeGreaterThan(count(db, 'SELECT max(seq) FROM dossier_history'));
    expect(missingProblem(db, vn(15, 9))).toBeNull();
  }, 60_000);
});
