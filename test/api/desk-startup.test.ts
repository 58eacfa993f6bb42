// The desk app opens its ledger through the start-up check, in both hosts (they share this API): each
// problem is made for real and must come back with its message and a way forward that works.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, openLedger } from '../../electron/ledger';
import { saveBackupConfig } from '../../electron/reliability/backup-config';
import { APP_VERSION_STAMP_KEY } from '../../electron/reliability/schema-stamps';
import { corruptTable, deskApi, rawSql } from './desk-helpers';
import { OPERATOR, dossierInput, ledgerFingerprint, testApi } from './helpers';

/** A ledger with `count` dossiers and a manual backup of them, closed. */
async function ledgerWithBackup(count: number) {
  const t = await testApi('2024-03-12 10:00');
  for (let i = 0; i < count; i++) await t.call('dossier.create', dossierInput(`Người nộp ${i + 1}`, `2024-03-11 ${String(8 + i).padStart(2, '0')}:00`));
  t.setNow('2024-03-12 10:30');
  const backup = await t.call('backup.now', {});
  expect(backup.written).toBe(1);
  t.api.close();
  return { file: t.file, dir: t.dir };
}

describe('start-up through the API', () => {
  it('a corrupt ledger: blocked, the good backups listed, restore brings it back and keeps the damaged file aside', async () => {
    const { file } = await ledgerWithBackup(3);
    corruptTable(file, 'dossiers');
    const damaged = readFileSync(file);
    const app = deskApi(file, '2024-03-12 11:00');

    const status = await app.call('startup.status', {});
    expect(status.phase).toBe('blocked');
    const problem = status.problems[0]!;
    expect(problem.kind).toBe('corrupt');
    expect(problem.message).toContain('bị hỏng: kiểm tra toàn vẹn không đạt');
    const restore = problem.actions.find((a) => a.kind === 'restore-backup');
    expect(restore?.label).toBe('Khôi phục từ bản sao lưu gần nhất còn tốt (10:30 ngày 12/03/2024, 3 hồ sơ)');
    expect(problem.backups.filter((b) => b.good).length).toBeGreaterThanOrEqual(1);

    // Nothing else works until a way forward is taken; nothing is written to the damaged file.
    expect(await app.refusal('app.info', {})).toMatchObject({ code: 'rejected', message: expect.stringContaining('chưa mở được') });
    expect(await app.refusal('dossier.create', dossierInput('A', '2024-03-12 09:00'))).toMatchObject({ code: 'rejected' });
    expect(await app.refusal('backup.restoreFrom', { backupFile: file })).toMatchObject({ message: expect.stringContaining('không có trong danh sách') });
    expect(readFileSync(file).equals(damaged)).toBe(true);

    const outcome = await app.call('backup.restoreFrom', { backupFile: restore!.backupFile! });
    expect(outcome.dossiers).toBe(3);
    expect(outcome.startup.phase).toBe('ready');
    expect(outcome.keptOldAs).toHaveLength(1);
    expect(readFileSync(outcome.keptOldAs[0]!).equals(damaged)).toBe(true);
    expect(outcome.lines.join('\n')).toContain('Đã giữ lại sổ cũ thành tệp');
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(3);
    // The only operator is chosen again: the desk can log at once.
    expect((await app.call('operators.list', {})).current).toBe(OPERATOR);
    await app.call('dossier.create', dossierInput('Sau khôi phục', '2024-03-12 10:30'));
  });

  it('a ledger from a newer app: blocked, says which version to install, changes nothing', async () => {
    const t = await testApi('2024-03-12 10:00');
    t.api.close();
    const next = LATEST_SCHEMA_VERSION + 1;
    rawSql(t.file, 'UPDATE settings SET value = ? WHERE key = ?', JSON.stringify({ [String(LATEST_SCHEMA_VERSION)]: '0.1.0', [String(next)]: '0.3.0' }), APP_VERSION_STAMP_KEY);
    rawSql(t.file, `PRAGMA user_version = ${next}`);
    const before = readFileSync(t.file);
    const app = deskApi(t.file, '2024-03-12 11:00');
    const status = await app.call('startup.status', {});
    expect(status.phase).toBe('blocked');
    expect(status.problems[0]).toMatchObject({ kind: 'too-new', requiredAppVersion: '0.3.0' });
    expect(status.problems[0]?.message).toContain('Hãy cài Sổ Một Cửa phiên bản 0.3.0 trở lên');
    expect(status.problems[0]?.actions[0]).toMatchObject({ kind: 'install-newer-app' });
    expect(readFileSync(t.file).equals(before)).toBe(true);
  });

  it('a clock earlier than the latest entry: logging is refused in Vietnamese until the desk confirms', async () => {
    const t = await testApi('2024-03-25 10:00');
    await t.call('dossier.create', dossierInput('Hồ sơ ngày 25', '2024-03-25 09:00'));
    t.api.close();
    const app = deskApi(t.file, '2024-03-20 08:00');
    const status = await app.call('startup.status', {});
    expect(status.phase).toBe('confirm');
    expect(status.problems[0]?.kind).toBe('clock-behind');
    expect(status.problems[0]?.message).toMatch(/^Đồng hồ của máy tính đang chỉ 08:00 ngày 20\/03\/2024, sớm hơn mục mới nhất trong sổ/);
    expect(status.problems[0]?.actions.map((a) => a.kind)).toEqual(['fix-clock', 'read-only', 'confirm-clock']);

    const before = ledgerFingerprint(t.file);
    const refused = await app.refusal('dossier.create', dossierInput('Nguyễn Văn B', '2024-03-20 07:50'));
    expect(refused).toMatchObject({ code: 'rejected', message: expect.stringMatching(/^Chưa ghi được: đồng hồ của máy tính đang chỉ 08:0\d ngày 20\/03\/2024, sớm hơn mục mới nhất trong sổ \(10:00 ngày 25\/03\/2024\)/) });
    expect(ledgerFingerprint(t.file)).toBe(before);
    // Reading is fine meanwhile.
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(1);

    // Still behind: a recheck does not clear it; confirming does.
    expect((await app.call('startup.recheck', {})).phase).toBe('confirm');
    expect((await app.call('startup.confirmClock', {})).phase).toBe('ready');
    await app.call('dossier.create', dossierInput('Nguyễn Văn B', '2024-03-20 07:50'));
  });

  it('a clock fixed while the app is open: a recheck lets logging go on', async () => {
    const t = await testApi('2024-03-25 10:00');
    await t.call('dossier.create', dossierInput('Hồ sơ ngày 25', '2024-03-25 09:00'));
    t.api.close();
    const app = deskApi(t.file, '2024-03-20 08:00');
    expect((await app.call('startup.status', {})).phase).toBe('confirm');
    app.setNow('2024-03-25 10:05');
    expect((await app.call('startup.recheck', {})).phase).toBe('ready');
    await app.call('dossier.create', dossierInput('Nguyễn Văn C', '2024-03-25 10:01'));
  });

  it('a lost ledger with backups: offers them, or a new ledger', async () => {
    const { file } = await ledgerWithBackup(2);
    renameSync(file, `${file}.mat`); // the ledger is gone (a disk cleaned, a folder moved); its backups are not
    const app = deskApi(file, '2024-03-12 11:00');
    const status = await app.call('startup.status', {});
    expect(status.phase).toBe('blocked');
    expect(status.problems[0]?.kind).toBe('missing');
    expect(status.problems[0]?.actions.map((a) => a.kind)).toEqual(['restore-backup', 'choose-backup-file', 'restore-encrypted-backup', 'create-new-ledger', 'choose-other-ledger']);
    const fresh = await app.call('startup.createNew', {});
    expect(fresh.phase).toBe('ready');
    expect((await app.call('app.info', {})).configured).toBe(false);
    expect(await app.refusal('startup.createNew', {})).toMatchObject({ message: expect.stringContaining('Chỉ tạo sổ mới khi') });
  });
});

describe('no upgrade without a backup', () => {
  it('an older ledger whose backup folder is missing: blocked until a folder that works is set', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'somc-desk-'));
    try {
      const file = path.join(dir, 'so.db');
      openLedger(file, { migrations: MIGRATIONS.slice(0, LATEST_SCHEMA_VERSION - 1) }).close();
      saveBackupConfig(file, { directories: [path.join(dir, 'o-usb-da-rut', 'SaoLuu')], keep: 3 });
      const app = deskApi(file, '2024-03-12 11:00');
      // The backup before the upgrade is tried in the worker; the start-up screen says so meanwhile.
      expect((await app.call('startup.status', {})).phase).toBe('upgrading');
      await app.api.ledger.settled();
      const status = await app.call('startup.status', {});
      expect(status.phase).toBe('blocked');
      expect(status.failure).toMatch(/^Không tạo được bản sao lưu nào nên chưa nâng cấp sổ\./);
      expect(status.problems.map((p) => p.kind)).toContain('upgrade-pending');
      expect(status.problems.find((p) => p.kind === 'upgrade-pending')?.actions.map((a) => a.kind)).toEqual(['check-backup-settings']);

      await app.call('backup.saveSettings', { directories: ['sao-luu'], keep: 3 });
      expect((await app.call('startup.recheck', {})).phase).toBe('ready');
      expect(readdirSync(path.join(dir, 'sao-luu')).some((f) => f.endsWith('.truoc-nang-cap.db'))).toBe(true);
      app.api.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('backups through the API', () => {
  it('keeps folders (a USB drive) and a count, takes today’s backup there at once, lists backups with dates', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-12 09:00'));
    const usb = path.join(t.dir, 'usb');
    mkdirSync(usb);
    const settings = await t.call('backup.saveSettings', { directories: ['sao-luu', path.join(usb, 'SaoLuu'), path.join(t.dir, 'o-khong-co', 'SaoLuu')], keep: 4 });
    expect(settings.keep).toBe(4);
    expect(settings.folders.map((f) => f.available)).toEqual([true, true, false]);
    const onUsb = settings.backups.filter((b) => b.directory === path.join(usb, 'SaoLuu'));
    expect(onUsb).toHaveLength(1);
    expect(onUsb[0]).toMatchObject({ reasonLabel: 'sao lưu hằng ngày', good: true, dossiers: 1, takenAtText: '10:00 ngày 12/03/2024' });
    expect(settings.lastAutomatic?.ok).toBe(false);
    expect(settings.lastAutomatic?.lines.join(' ')).toContain('không tìm thấy ổ đĩa hoặc thư mục chứa (USB chưa cắm?)');

    const now = await t.call('backup.now', {});
    expect(now.written).toBe(2);
    expect(now.lines[0]).toMatch(/^Đã sao lưu thủ công \(1 hồ sơ\)/);
    expect(now.settings.backups.filter((b) => b.reasonLabel === 'sao lưu thủ công')).toHaveLength(2);
    const bad = await t.api.dispatch('backup.saveSettings', { directories: [], keep: 0 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('restores an uploaded backup through restoreLedger, refusing a file that is not one', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('dossier.create', dossierInput('Trước', '2024-03-12 09:00'));
    const copy = await t.call('backup.now', {});
    const copyFile = copy.settings.backups.find((b) => b.reasonLabel === 'sao lưu thủ công')!.file;
    await t.call('dossier.create', dossierInput('Sau', '2024-03-12 09:30'));

    const before = ledgerFingerprint(t.file);
    const notABackup = await t.api.dispatch('backup.restore', { fileName: 'anh.db', contentBase64: Buffer.from('không phải sổ').toString('base64') });
    expect(notABackup).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Chưa khôi phục, sổ hiện tại giữ nguyên.') } });
    expect(ledgerFingerprint(t.file)).toBe(before);

    const outcome = await t.call('backup.restore', { fileName: 'sao-luu-usb.db', contentBase64: readFileSync(copyFile).toString('base64') });
    expect(outcome).toMatchObject({ dossiers: 1, restoredFrom: 'sao-luu-usb.db' });
    expect(outcome.lines[0]).toMatch(/^Đã sao lưu trước khi khôi phục \(2 hồ sơ\)/);
    expect(existsSync(outcome.keptOldAs[0]!)).toBe(true);
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(1);
  });
});

describe('operators through the API', () => {
  it('records the chosen operator on every write and refuses writes without one', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('operators.add', { name: '  Trần   Thị Mai ' });
    let list = await t.call('operators.list', {});
    expect(list.operators.map((o) => o.name)).toEqual([OPERATOR, 'Trần Thị Mai']);
    expect(list.operators[0]?.createdBy).toBe('kiểm thử'); // the very first name: added by the host itself
    expect(list.operators[1]?.createdBy).toBe(OPERATOR);
    expect(list.current).toBe(OPERATOR);

    await t.call('operators.select', { name: 'trần thị mai' });
    const d = await t.call('dossier.create', dossierInput('Nguyễn Văn A', '2024-03-12 09:00'));
    expect(d.timeline[0]?.actor).toBe('Trần Thị Mai');

    expect(await t.api.dispatch('operators.select', { name: 'Người lạ' })).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('không có trong danh sách cán bộ') } });
    list = await t.call('operators.retire', { name: 'Trần Thị Mai' });
    expect(list.current).toBeNull();
    expect(list.operators[1]?.retiredBy).toBe('Trần Thị Mai');
    const before = ledgerFingerprint(t.file);
    const refused = await t.api.dispatch('dossier.create', dossierInput('Nguyễn Văn B', '2024-03-12 09:10'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Chưa chọn cán bộ đang làm việc') } });
    expect(ledgerFingerprint(t.file)).toBe(before);

    await t.call('operators.select', { name: OPERATOR });
    expect(await t.api.dispatch('operators.retire', { name: OPERATOR })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Phải còn ít nhất một cán bộ') } });
  });

  it('locks changing the chairman PIN after five wrong current PINs, like the sign-off', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('settings.setChairmanPin', { currentPin: null, newPin: '482913' });
    for (let i = 0; i < 5; i++) await t.api.dispatch('settings.setChairmanPin', { currentPin: '000000', newPin: '739164' });
    const locked = await t.api.dispatch('report.signOff', { period: '2023-Q4', rule: 'nd09', signerName: 'Lê Văn Hùng', pin: '482913' });
    expect(locked).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Hãy thử lại sau 10:05 ngày 12/03/2024') } });
    t.setNow('2024-03-12 10:06');
    expect(await t.call('settings.setChairmanPin', { currentPin: '482913', newPin: '739164' })).toEqual({ hasChairmanPin: true });
  });
});
