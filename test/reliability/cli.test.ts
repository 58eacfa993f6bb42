// The command line of backups, restores, start-up checks and operators, run in-process.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, openLedger } from '../../electron/ledger';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';
import { corruptMiddlePages, setUserVersion } from './helpers';

afterEach(() => {
  vi.unstubAllEnvs();
});

const backupsIn = (folder: string) => (existsSync(folder) ? readdirSync(folder).filter((n) => n.endsWith('.db')) : []);

describe('command line: backups and restore', () => {
  it('backup --auto takes the daily backup once, beside the ledger by default; --list shows it', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    const first = await cli('backup', '--db', db, '--auto');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Đã sao lưu hằng ngày \(78 hồ sơ\) vào ".*so\.sao-luu\.2024-03-14_10-00-00\.hang-ngay\.db" và kiểm tra bản sao: tốt\./);
    const second = await cli('backup', '--db', db, '--auto');
    expect(second.stdout).toContain('Hôm nay đã có bản sao lưu hằng ngày');
    expect(backupsIn(join(folder, 'sao-luu'))).toHaveLength(1);
    const list = await cli('backup', '--db', db, '--list');
    expect(list.stdout).toMatch(/^10:00 ngày 14\/03\/2024 — sao lưu hằng ngày — tốt, 78 hồ sơ — /);
    expect((await cli('backup', '--db', db, '--auto', '--list')).code).toBe(2);
  });

  it('backup-config points the backups at another folder (a USB drive) and refuses bad values', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const usb = join(tempFolder(), 'SaoLuu');
    const set = await cli('backup-config', '--db', db, '--dir', usb, '--keep', '2');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain(`Thư mục sao lưu: "${usb}".`);
    expect(set.stdout).toContain('Giữ lại 2 bản mỗi loại');
    await cli('backup', '--db', db, '--auto');
    expect(backupsIn(usb)).toHaveLength(1);
    const bad = await cli('backup-config', '--db', db, '--keep', '0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Phải giữ lại ít nhất 1 bản sao lưu.');
  });

  it('a corrupt ledger stops every command with the way forward; restore --latest brings it back', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    await cli('backup', '--db', db, '--auto');
    corruptMiddlePages(db, 6);
    const check = await cli('check', '--db', db);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('bị hỏng: kiểm tra toàn vẹn không đạt');
    expect(check.stderr).toMatch(/Cách xử lý:\n {2}- Khôi phục từ bản sao lưu gần nhất còn tốt \(10:00 ngày 14\/03\/2024, 78 hồ sơ\): npm run --silent cli -- restore --db/);
    const report = await cli('report', '--db', db, '--period', '2024-Q1');
    expect(report.code).toBe(1);
    expect(report.stdout).toBe('');

    const list = await cli('backup', '--db', db, '--list');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('sao lưu hằng ngày — tốt, 78 hồ sơ');

    const restored = await cli('restore', '--db', db, '--latest');
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/Đã giữ lại tệp cũ: ".*so\.cu-2024-03-14_10-00-00\.db"\./);
    expect(restored.stdout).toContain('78 hồ sơ');
    const again = await cli('check', '--db', db);
    expect(again.code, again.stderr).toBe(0);
    expect(existsSync(join(folder, 'so.cu-2024-03-14_10-00-00.db'))).toBe(true);
  });

  it('restore refuses a damaged backup and changes nothing', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    await cli('backup', '--db', db, '--auto');
    const [backup] = backupsIn(join(folder, 'sao-luu'));
    corruptMiddlePages(join(folder, 'sao-luu', backup!), 6);
    const result = await cli('restore', '--db', db, '--from', join(folder, 'sao-luu', backup!));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Chưa khôi phục, sổ hiện tại giữ nguyên.');
    expect((await cli('restore', '--db', db, '--latest')).stderr).toContain('Không tìm thấy bản sao lưu nào dùng được');
  });

  it('backs up a ledger at an older schema before a command upgrades it', async () => {
    const folder = tempFolder();
    const db = join(folder, 'cu.db');
    openLedger(db, { migrations: MIGRATIONS.slice(0, 2) }).close();
    const check = await cli('check', '--db', db);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toMatch(/Đã sao lưu trước khi nâng cấp sổ \(0 hồ sơ\) vào ".*cu\.sao-luu\.2024-03-14_10-00-00\.truoc-nang-cap\.db"/);
    const [backup] = backupsIn(join(folder, 'sao-luu'));
    const copy = new Database(join(folder, 'sao-luu', backup!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(2);
    copy.close();
    expect(check.stdout).toContain(`Lược đồ số ${LATEST_SCHEMA_VERSION}`);
  });

  it('startup-check explains a ledger from a newer app', async () => {
    const db = await initLedger(tempFolder());
    setUserVersion(db, LATEST_SCHEMA_VERSION + 1);
    const result = await cli('startup-check', '--db', db);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`phiên bản mới hơn của Sổ Một Cửa (lược đồ số ${LATEST_SCHEMA_VERSION + 1})`);
    expect(result.stderr).toContain('Cách xử lý:');
  });
});

describe('command line: operators', () => {
  it('adds operators, and acts as the one named in SO_MOT_CUA_CAN_BO (only if listed)', async () => {
    const db = await initLedger(tempFolder());
    vi.stubEnv('SO_MOT_CUA_CAN_BO', 'Lê Thị Tiếp Nhận');
    const added = await cli('operator', '--db', db, '--add', 'Lê Thị Tiếp Nhận');
    expect(added.stdout).toBe('Đã thêm cán bộ "Lê Thị Tiếp Nhận".\nLê Thị Tiếp Nhận\n');
    vi.stubEnv('SO_MOT_CUA_CAN_BO', 'Người Lạ');
    const refused = await cli('import', '--db', db, FIXTURE_CSV);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"Người Lạ" không có trong danh sách cán bộ đang làm việc');
    vi.stubEnv('SO_MOT_CUA_CAN_BO', 'Lê Thị Tiếp Nhận');
    const imported = await cli('import', '--db', db, FIXTURE_CSV);
    expect(imported.code, imported.stderr).toBe(0);
    const raw = new Database(db, { readonly: true });
    expect(raw.prepare('SELECT DISTINCT actor FROM dossier_history').pluck().all()).toEqual(['Lê Thị Tiếp Nhận (dòng lệnh)']);
    raw.close();
  });

  it('warns before an import when the computer clock is earlier than the ledger', async () => {
    const db = await initLedger(tempFolder());
    // the ledger was created now; the test's clock says 14/03/2024
    const result = await cli('import', '--db', db, FIXTURE_CSV);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^Cảnh báo: Đồng hồ của máy tính đang chỉ 10:00 ngày 14\/03\/2024, sớm hơn mục mới nhất trong sổ/);
  });
});

describe('command line: corrupt file detail', () => {
  it('never ends with an unexpected error on a damaged ledger', async () => {
    const db = await initLedger(tempFolder());
    await cli('import', '--db', db, FIXTURE_CSV);
    corruptMiddlePages(db, 8);
    for (const command of [['check'], ['report', '--period', '2024-Q1'], ['backup', '--auto'], ['deadline', '--procedure', '1.001193', '--received', '2024-03-14 09:00']]) {
      const [name, ...rest] = command as [string, ...string[]];
      const result = await cli(name, '--db', db, ...rest);
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).not.toContain('Lỗi không mong đợi');
    }
  });
});
