// Each start-up problem is made for real (bytes overwritten, a schema version from the future, an entry
// dated after the computer's clock) and must come back with its Vietnamese message and a way forward.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, createDossierRepository, openLedger } from '../../electron/ledger';
import { takeBackup } from '../../electron/reliability/auto-backup';
import type { BackupConfig } from '../../electron/reliability/backup-config';
import { stampAppVersion } from '../../electron/reliability/schema-stamps';
import { diagnoseStartup } from '../../electron/reliability/startup-diagnosis';
import type { StartupDiagnosis, StartupProblem } from '../../electron/reliability/startup-problems';
import { configureDesk, sampleDossier } from '../ledger/helpers';
import { ACTOR, DAY_MS, NOW, corruptHeader, corruptMiddlePages, ledgerWith, localConfig, setUserVersion, tempFile } from './helpers';

const APP = '0.1.0';
const diagnose = (ledgerFile: string, config: BackupConfig, now = NOW) => diagnoseStartup({ ledgerFile, now, appVersion: APP, config });

async function backupAt(file: string, config: BackupConfig, now: number): Promise<string> {
  const db = openLedger(file);
  try {
    return (await takeBackup(db, file, 'daily', { config, now })).written[0]!.file;
  } finally {
    db.close();
  }
}

function only(diagnosis: StartupDiagnosis, kind: StartupProblem['kind']): StartupProblem {
  const found = diagnosis.problems.filter((p) => p.kind === kind);
  expect(found, JSON.stringify(diagnosis.problems)).toHaveLength(1);
  return found[0]!;
}

/** Never a dead end: every problem says something in Vietnamese and offers at least one action. */
function expectWayForward(diagnosis: StartupDiagnosis): void {
  for (const problem of diagnosis.problems) {
    expect(problem.message).toMatch(/[À-ỹ]/u);
    expect(problem.actions.length).toBeGreaterThan(0);
    for (const action of problem.actions) expect(action.label).toMatch(/[À-ỹ]/u);
  }
}

describe('start-up check', () => {
  it('finds nothing wrong with a healthy ledger', () => {
    const file = ledgerWith(5);
    const diagnosis = diagnose(file, localConfig(file));
    expect(diagnosis).toMatchObject({ status: 'ready', problems: [], schemaVersion: LATEST_SCHEMA_VERSION, dossiers: 5 });
  });

  it('corrupt ledger (pages overwritten): offers the latest GOOD backup and lists them all', async () => {
    const file = ledgerWith(300);
    const config = localConfig(file);
    await backupAt(file, config, NOW - 2 * DAY_MS);
    const good = await backupAt(file, config, NOW - DAY_MS);
    const damaged = await backupAt(file, config, NOW - 3_600_000);
    corruptMiddlePages(damaged);
    corruptMiddlePages(file);

    const diagnosis = diagnose(file, config);
    expect(diagnosis.status).toBe('blocked');
    const problem = only(diagnosis, 'corrupt');
    expect(problem.severity).toBe('blocking');
    expect(problem.message).toBe(
      `Sổ dữ liệu "${file}" bị hỏng: kiểm tra toàn vẹn không đạt. Đừng ghi thêm gì vào tệp này. ` +
        `Có 2 bản sao lưu dùng được; bản gần nhất còn tốt: 10:00 ngày 13/03/2024 (300 hồ sơ), tệp "${good}". ` +
        'Các hồ sơ ghi sau thời điểm đó cần nhập lại.',
    );
    expect(problem.actions[0]).toEqual({
      kind: 'restore-backup',
      label: 'Khôi phục từ bản sao lưu gần nhất còn tốt (10:00 ngày 13/03/2024, 300 hồ sơ)',
      backupFile: good,
    });
    expect(problem.actions.map((a) => a.kind)).toEqual(['restore-backup', 'choose-backup-file', 'restore-encrypted-backup', 'choose-other-ledger']);
    if (problem.kind !== 'corrupt') throw new Error('kind');
    expect(problem.detail.length).toBeGreaterThan(0);
    expect(problem.backups.map((b) => [b.file, b.good])).toEqual([
      [damaged, false],
      [good, true],
      [expect.stringContaining('2024-03-12_10-00-00'), true],
    ]);
    expectWayForward(diagnosis);
  });

  it('unreadable ledger (header overwritten) with no backup: says so and how to go on', () => {
    const file = ledgerWith(3);
    const config = localConfig(file);
    corruptHeader(file);
    const diagnosis = diagnose(file, config);
    const problem = only(diagnosis, 'unreadable');
    expect(problem.message).toBe(
      `Không đọc được tệp sổ dữ liệu "${file}": tệp bị hỏng hoặc không phải cơ sở dữ liệu. ` +
        `Không tìm thấy bản sao lưu dùng được trong "${config.directories[0]}". Hãy cắm USB sao lưu rồi kiểm tra lại, hoặc chọn tệp sao lưu.`,
    );
    expect(problem.actions.map((a) => a.kind)).toEqual(['choose-backup-file', 'restore-encrypted-backup', 'choose-other-ledger']);
    expectWayForward(diagnosis);
  });

  it('ledger from a newer app: names the version to install and changes nothing', async () => {
    const file = ledgerWith(4);
    const config = localConfig(file);
    const older = await backupAt(file, config, NOW - DAY_MS);
    const db = openLedger(file);
    stampAppVersion(db, APP, ACTOR);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    stampAppVersion(db, '0.9.0', ACTOR);
    db.close();
    const before = readFileSync(file);

    const diagnosis = diagnose(file, config);
    const problem = only(diagnosis, 'too-new');
    expect(problem.message).toBe(
      `Sổ dữ liệu "${file}" được tạo bởi phiên bản mới hơn của Sổ Một Cửa (lược đồ số ${LATEST_SCHEMA_VERSION + 1}); ` +
        `phiên bản 0.1.0 đang cài chỉ đọc được đến lược đồ số ${LATEST_SCHEMA_VERSION}. Hãy cài Sổ Một Cửa phiên bản 0.9.0 trở lên. Sổ chưa bị thay đổi.`,
    );
    expect(problem).toMatchObject({ requiredAppVersion: '0.9.0', fileVersion: LATEST_SCHEMA_VERSION + 1 });
    expect(problem.actions.map((a) => a.kind)).toEqual(['install-newer-app', 'restore-backup', 'choose-other-ledger']);
    expect(problem.actions[1]?.backupFile).toBe(older);
    expect(readFileSync(file).equals(before)).toBe(true);
    expectWayForward(diagnosis);
  });

  it('ledger from a newer app that recorded no version: names the schema it needs', () => {
    const file = ledgerWith(1);
    setUserVersion(file, LATEST_SCHEMA_VERSION + 3);
    const problem = only(diagnose(file, localConfig(file)), 'too-new');
    expect(problem.message).toContain(`Hãy cài phiên bản Sổ Một Cửa mới hơn (đọc được lược đồ số ${LATEST_SCHEMA_VERSION + 3}).`);
    expect(problem).toMatchObject({ requiredAppVersion: null });
  });

  it('clock earlier than a dossier logged in the future: warns before anything is logged', () => {
    const file = ledgerWith(2);
    const db = openLedger(file);
    const future = new Date(NOW + 2 * DAY_MS);
    const logged = createDossierRepository(db).insert(sampleDossier('2024-03-14', 9 * 60), { actor: 'Lê Thị B', at: future });
    db.close();

    const diagnosis = diagnose(file, localConfig(file));
    expect(diagnosis.status).toBe('confirm');
    const problem = only(diagnosis, 'clock-behind');
    expect(problem.severity).toBe('confirm');
    expect(problem.message).toBe(
      `Đồng hồ của máy tính đang chỉ 10:00 ngày 14/03/2024, sớm hơn mục mới nhất trong sổ (hồ sơ ${logged.code} được ghi lúc 10:00 ngày 16/03/2024). ` +
        'Ngày giờ ghi trong sổ là căn cứ pháp lý: hãy chỉnh lại ngày giờ của máy tính cho đúng trước khi ghi hồ sơ.',
    );
    expect(problem.actions.map((a) => a.kind)).toEqual(['fix-clock', 'read-only', 'confirm-clock']);
    expectWayForward(diagnosis);
    // once the clock is right again, nothing to confirm
    expect(diagnose(file, localConfig(file), NOW + 3 * DAY_MS).status).toBe('ready');
  });

  it('clock earlier than a reception time typed at the desk', () => {
    const file = ledgerWith(1);
    const db = openLedger(file);
    const logged = createDossierRepository(db).insert(sampleDossier('2024-03-20', 14 * 60), ACTOR);
    db.close();
    const problem = only(diagnose(file, localConfig(file)), 'clock-behind');
    expect(problem.message).toContain(`hồ sơ ${logged.code} được tiếp nhận lúc 14:00 ngày 20/03/2024`);
  });

  it('missing or empty ledger: restore the backup found, or create a new one', async () => {
    const file = ledgerWith(6);
    const config = localConfig(file);
    const backup = await backupAt(file, config, NOW - DAY_MS);

    // a new computer: no ledger yet, the USB backup folder plugged in
    const missing = join(tempFile('may-moi'), '..', 'so.db');
    const absent = diagnose(missing, config);
    const problem = only(absent, 'missing');
    expect(problem.message).toBe(
      `Không tìm thấy sổ dữ liệu "${missing}". Có 1 bản sao lưu dùng được; bản gần nhất còn tốt: 10:00 ngày 13/03/2024 (6 hồ sơ), ` +
        `tệp "${backup}". Các hồ sơ ghi sau thời điểm đó cần nhập lại.`,
    );
    expect(problem.actions.map((a) => a.kind)).toEqual(['restore-backup', 'choose-backup-file', 'restore-encrypted-backup', 'create-new-ledger', 'choose-other-ledger']);
    expect(problem.actions[0]?.backupFile).toBe(backup);
    expectWayForward(absent);

    // a ledger file cut to nothing
    writeFileSync(file, '');
    const empty = only(diagnose(file, config), 'empty');
    expect(empty.message).toMatch(/^Tệp sổ dữ liệu ".*" trống, không có hồ sơ nào/);
    expect(empty.actions[0]?.backupFile).toBe(backup);
  });

  it('ledger at an older schema: announces the upgrade (a backup is taken first)', () => {
    const file = tempFile('cu.db');
    const old = openLedger(file, { migrations: MIGRATIONS.slice(0, 2) });
    configureDesk(old);
    old.close();
    const diagnosis = diagnose(file, localConfig(file));
    expect(diagnosis.status).toBe('ready');
    expect(only(diagnosis, 'upgrade-pending')).toMatchObject({ severity: 'info', from: 2, to: LATEST_SCHEMA_VERSION });
  });

  it('backup folder on a USB drive that is not plugged in: says so, does not block', () => {
    const file = ledgerWith(1);
    const usb = join(tempFile('khong-co'), 'SaoLuu');
    const diagnosis = diagnose(file, { directories: [usb], keep: 3 });
    expect(diagnosis.status).toBe('ready');
    expect(only(diagnosis, 'backup-folder-unavailable').message).toBe(
      `Không thấy thư mục sao lưu "${usb}" (USB sao lưu chưa cắm?). Bản sao lưu hôm nay sẽ thiếu ở đó.`,
    );
  });

  it('an unusable backup configuration falls back to the folder beside the ledger and says so', () => {
    const file = ledgerWith(1);
    writeFileSync(`${file}.sao-luu.json`, '{"directories": [], "keep": 0}');
    const diagnosis = diagnoseStartup({ ledgerFile: file, now: NOW, appVersion: APP });
    expect(only(diagnosis, 'backup-config-invalid').message).toMatch(/Cần ít nhất một thư mục sao lưu\. Phải giữ lại ít nhất 1 bản sao lưu\./);
  });
});
