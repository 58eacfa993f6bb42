// Issue 15 §7: the ledger, its backups and their folders are for the user only (0600 / 0700), a copy that a
// killed `backup --out` left unfinished is cleaned up, and the privacy filter of report packages finds a
// phone written with spaces, dots or the country code, and a name written without diacritics.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../electron/api';
import { HandoffError, exportReportPackage } from '../../electron/handoff';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { FIXTURE_CSV, REPO_ROOT, cli, initLedger as initCliLedger, tempFolder as cliTempFolder } from '../cli/helpers';
import { AT, HUONG_HUU, dossier, importFixture, initLedger, later, open, tempFolder } from '../handoff/helpers';

const modeOf = (path: string) => statSync(path).mode & 0o777;

/** The pid of a process that has ended (what a killed backup leaves in the name of its copy). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe.skipIf(process.platform === 'win32')('personal data at rest', () => {
  it('a new ledger, a backup --out, and the automatic backups and their folder are for the user only', async () => {
    const folder = cliTempFolder();
    const db = await initCliLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    expect(modeOf(db)).toBe(0o600);
    const out = join(folder, 'ban-sao.db');
    const manual = await cli('backup', '--db', db, '--out', out);
    expect(manual.code, manual.stderr).toBe(0);
    expect(modeOf(out)).toBe(0o600);
    const auto = await cli('backup', '--db', db, '--auto');
    expect(auto.code, auto.stderr).toBe(0);
    const backups = join(folder, 'sao-luu');
    expect(modeOf(backups)).toBe(0o700);
    const [copy] = readdirSync(backups);
    expect(copy).toBeDefined();
    expect(modeOf(join(backups, copy ?? ''))).toBe(0o600);
  });

  it('a copy left unfinished by a killed backup --out is removed by the next backup', async () => {
    const folder = cliTempFolder();
    const db = await initCliLedger(folder);
    const out = join(folder, 'usb-ban-sao.db');
    const left = `${out}.dang-ghi-${deadPid()}`;
    writeFileSync(left, Buffer.alloc(8192, 7));
    writeFileSync(`${left}-journal`, Buffer.alloc(512, 7));
    const result = await cli('backup', '--db', db, '--out', out);
    expect(result.code, result.stderr).toBe(0);
    expect(existsSync(left)).toBe(false);
    expect(existsSync(`${left}-journal`)).toBe(false);
    expect(existsSync(out)).toBe(true);
  });
});

/** Waits for `condition`, polling every few milliseconds. */
async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe('copies left unfinished by a killed process', () => {
  it('a backup --out killed with SIGKILL mid-copy: the next backup, to another name in that folder, removes the partial copy', async () => {
    const folder = cliTempFolder();
    const db = await initCliLedger(folder);
    // A ledger large enough (~40 MB) for the copy to take a while.
    const raw = new Database(db);
    raw.exec('CREATE TABLE du_lieu_lon(x BLOB)');
    const insert = raw.prepare('INSERT INTO du_lieu_lon(x) VALUES (?)');
    raw.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run(randomBytes(40_000));
    })();
    raw.close();
    const usb = join(folder, 'usb');
    mkdirSync(usb);
    const out = join(usb, 'ban-sao-thu-nhat.db');
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'backup', '--db', db, '--out', out], { cwd: REPO_ROOT, stdio: 'ignore' });
    const ended = new Promise((resolve) => child.on('close', resolve));
    const partial = `${out}.dang-ghi-${child.pid}`;
    try {
      await until(() => existsSync(partial) && statSync(partial).size > 0, 60_000);
    } finally {
      child.kill('SIGKILL');
    }
    await ended;
    expect(existsSync(partial)).toBe(true);
    expect(statSync(partial).size).toBeLessThan(statSync(db).size);
    expect(existsSync(out)).toBe(false);
    const next = await cli('backup', '--db', db, '--out', join(usb, 'ban-sao-thu-hai.db'));
    expect(next.code, next.stderr).toBe(0);
    expect(readdirSync(usb)).toEqual(['ban-sao-thu-hai.db']);
  }, 120_000);

  it('at start-up the desk removes unfinished copies of dead processes beside the ledger and in the backup folders, and says so', async () => {
    const folder = cliTempFolder();
    const db = await initCliLedger(folder);
    const backups = join(folder, 'sao-luu');
    mkdirSync(backups);
    const dead = deadPid();
    const left = [
      join(folder, `ban-sao.db.dang-ghi-${dead}`),
      join(folder, `ban-sao.db.dang-ghi-${dead}-journal`),
      join(backups, `so.sao-luu.2024-03-14_09-00-00.hang-ngay.db.dang-ghi-${dead}`),
      join(backups, `SoMotCua-day-du.somc.dang-ghi-${dead}-0a1b2c3d`),
    ];
    for (const file of left) writeFileSync(file, Buffer.alloc(4096, 7));
    // A copy being written right now by a running process is never touched.
    const running = join(backups, `dang-chep.db.dang-ghi-${process.ppid}`);
    writeFileSync(running, Buffer.alloc(4096, 7));
    const api = createAppApi({ ledgerFile: db, actor: 'kiểm thử', host: { kind: 'web' }, appVersion: 'test', clock: () => Date.UTC(2024, 2, 14, 3), backgroundDelayMs: -1 });
    try {
      const result = await api.dispatch('startup.status', {});
      expect(result.ok).toBe(true);
      const view = result.ok ? (result.value as { notes: string[] }) : { notes: [] };
      expect(view.notes.join(' ')).toContain('Đã xóa 4 tệp sao chép dở dang');
    } finally {
      api.close();
    }
    for (const file of left) expect(existsSync(file)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});

describe('the privacy filter of report packages', () => {
  const person = { applicantName: 'Nguyễn Thị Thu Hương', idNumber: '046190001234', phone: '0905123456', address: 'Thôn Khe Tre, xã Hương Hữu' };

  async function exportWithLateCause(lateCause: string): Promise<unknown> {
    const folder = tempFolder();
    const file = join(folder, 'so.db');
    await initLedger(file, { ...HUONG_HUU, desk: 1, receivingUnit: 'UBND huyện Nam Đông' });
    const s = open(file);
    try {
      await importFixture(s);
      const rule = { timeValue: 3, timeUnit: 'working_days' as const, cutoffMinute: null, extraWorkingDays: 0 };
      const d = s.dossiers.insert(
        dossier('2024-03-01', 9 * 60, { procedureCode: '1.004873', procedureName: 'Cấp Giấy xác nhận tình trạng hôn nhân', rule, baseDueDay: dossier('2024-03-04', 0).receivedAt.day, ...person }),
        { actor: 'Bàn 1', at: AT },
      );
      s.dossiers.update(d.id, { endedOn: dossier('2024-03-13', 0).receivedAt.day, ending: 'giai_quyet', lateCause }, { actor: 'Bàn 1', at: later(1) });
      const period = resolvePeriodRequest(s, { period: '2024-Q1' });
      await exportReportPackage(s, { out: join(folder, 'bao-cao.somc'), period, at: later(10), includePdf: false });
      return null;
    } catch (error) {
      return error;
    } finally {
      s.close();
    }
  }

  it.each([
    ['a phone with spaces', 'Đã gọi 0905 123 456 nhưng chưa bổ sung'],
    ['a phone with dots', 'Đã gọi 0905.123.456 nhưng chưa bổ sung'],
    ['a phone with the country code', 'Đã gọi +84 905 123 456 nhưng chưa bổ sung'],
    ['a name without diacritics', 'Chi Nguyen Thi Thu Huong chua bo sung giay to'],
    ['a name in capitals without diacritics', 'CHỜ NGUYEN THI THU HUONG BỔ SUNG'],
  ])('refuses %s in the cause of lateness', async (_label, cause) => {
    const error = await exportWithLateCause(cause);
    expect(error).toBeInstanceOf(HandoffError);
    expect((error as Error).message).toContain('dữ liệu cá nhân');
  });

  it('lets a cause without personal data through', async () => {
    expect(await exportWithLateCause('Chờ xác minh nơi cư trú tại thôn 5 ngày 12.03')).toBeNull();
  });
});

describe('an encrypted backup for a copy that leaves the computer', () => {
  it('backup --out --passphrase-file writes no readable personal data, and restore-package brings the ledger back', async () => {
    const folder = cliTempFolder();
    const db = await initCliLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    const passphrase = join(folder, 'mat-khau.txt');
    writeFileSync(passphrase, 'mật khẩu sao lưu USB');
    const out = join(folder, 'usb-sao-luu.somc');
    // What an encrypted backup killed while writing leaves: removed by the next one written there.
    const left = join(folder, `usb-sao-luu-cu.somc.dang-ghi-${deadPid()}-0a1b2c3d`);
    writeFileSync(left, Buffer.alloc(4096, 7));
    const made = await cli('backup', '--db', db, '--out', out, '--passphrase-file', passphrase);
    expect(made.code, made.stderr).toBe(0);
    expect(existsSync(left)).toBe(false);
    expect(made.stdout).toContain('Đã sao lưu có mã hóa 78 hồ sơ');
    const bytes = readFileSync(out);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('H57-2312', 'utf8'))).toBe(false);
    const restored = join(cliTempFolder(), 'so-moi.db');
    const back = await cli('restore-package', '--db', restored, out, '--passphrase-file', passphrase);
    expect(back.code, back.stderr).toBe(0);
    const check = await cli('check', '--db', restored);
    expect(check.stdout).toContain('78 hồ sơ');
  });
});
