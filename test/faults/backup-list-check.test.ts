// Issue 15 (follow-up): listing backups reads what each file says (read-only, no integrity_check), so a
// backup damaged where only the full check looks is listed as readable, not checked; a restore checks it in
// full first and refuses it, and the list then shows the result remembered for that file as it is.
import { readFileSync, utimesSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../electron/ledger';
import { takeBackup } from '../../electron/reliability/auto-backup';
import { latestCheckedGoodBackup, listBackups } from '../../electron/reliability/backup-catalogue';
import { checkBackupFile, checkInProcess } from '../../electron/reliability/backup-check';
import { RestoreRefusedError, restoreLedger } from '../../electron/reliability/restore';
import { deskApi } from '../api/desk-helpers';
import { dossierInput, ledgerFingerprint, testApi } from '../api/helpers';
import { DAY_MS, NOW, dossierCount, ledgerWith, localConfig, staleIndex } from '../reliability/helpers';

async function threeBackups(file: string): Promise<string[]> {
  const config = localConfig(file);
  const db = openLedger(file);
  try {
    const files: string[] = [];
    for (const days of [2, 1, 0]) files.push((await takeBackup(db, file, 'daily', { config, now: NOW - days * DAY_MS })).written[0]!.file);
    return files;
  } finally {
    db.close();
  }
}

describe('the list of backups', () => {
  it('does not run the full check; a restore does, refuses the damaged backup, and the list remembers', async () => {
    const file = ledgerWith(12);
    const config = localConfig(file);
    const [oldest, middle, newest] = await threeBackups(file);
    staleIndex(newest!);

    const listed = listBackups(file, config);
    expect(listed.map((b) => b.file)).toEqual([newest, middle, oldest]);
    // integrity_check would have found the stale index: the list did not run it.
    expect(listed.map((b) => [b.good, b.integrity, b.dossiers])).toEqual([
      [true, 'unchecked', 12],
      [true, 'unchecked', 12],
      [true, 'unchecked', 12],
    ]);
    expect(listed[0]!.historySeq).toBeGreaterThan(0);

    const attempt = restoreLedger({ ledgerFile: file, backupFile: newest!, config, now: NOW });
    await expect(attempt).rejects.toBeInstanceOf(RestoreRefusedError);
    await expect(attempt).rejects.toThrow(/bị hỏng \(kiểm tra toàn vẹn không đạt\)/);
    expect(dossierCount(file)).toBe(12);
    expect(checkBackupFile(middle!).good).toBe(true);

    const after = listBackups(file, config);
    expect(after.map((b) => [b.good, b.integrity])).toEqual([
      [false, 'damaged'],
      [true, 'ok'],
      [true, 'unchecked'],
    ]);
    expect(after[0]!.problem).toMatch(/bị hỏng/);
    // The newest good one after a full check: the damaged one is passed over.
    expect((await latestCheckedGoodBackup(listBackups(file, config), checkInProcess))?.file).toBe(middle);

    // A file changed since it was checked is not vouched for any more.
    utimesSync(middle!, new Date(NOW), new Date(NOW + 5_000));
    expect(listBackups(file, config)[1]!.integrity).toBe('unchecked');
  });
});

describe('the desk: backups checked in its worker', () => {
  it('lists a backup without checking it, refuses to restore it once the worker finds it damaged, then shows it damaged', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-12 09:00'));
    const taken = await t.call('backup.now', {});
    const backup = taken.settings.backups.find((b) => b.reasonLabel === 'sao lưu thủ công')!;
    staleIndex(backup.file);
    const listed = (await t.call('backup.settings', {})).backups.find((b) => b.file === backup.file);
    expect(listed).toMatchObject({ good: true, integrity: 'unchecked', dossiers: 1 });

    const before = ledgerFingerprint(t.file);
    const refused = await t.api.dispatch('backup.restoreFrom', { backupFile: backup.file });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('bị hỏng (kiểm tra toàn vẹn không đạt)') } });
    expect(ledgerFingerprint(t.file)).toBe(before);
    const after = (await t.call('backup.settings', {})).backups.find((b) => b.file === backup.file);
    expect(after).toMatchObject({ good: false, integrity: 'damaged' });
  });

  it('restores over a ledger damaged only per the full check, telling where the damaged file is kept', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-12 09:00'));
    const taken = await t.call('backup.now', {});
    const backup = taken.settings.backups.find((b) => b.reasonLabel === 'sao lưu thủ công')!;
    await t.call('dossier.create', dossierInput('Trần Văn Bình', '2024-03-12 09:30'));
    t.api.close();
    staleIndex(t.file);
    const damaged = readFileSync(t.file);
    const app = deskApi(t.file, '2024-03-12 11:00');
    expect((await app.call('startup.status', {})).phase).toBe('ready');

    const outcome = await app.call('backup.restoreFrom', { backupFile: backup.file });
    expect(outcome.dossiers).toBe(1);
    const kept = outcome.keptOldAs[0]!;
    expect(kept).toMatch(/so\.hong-2024-03-12_11-00-00\.db$/);
    expect(readFileSync(kept).equals(damaged)).toBe(true);
    expect(outcome.lines.join('\n')).toContain(`Sổ cũ bị hỏng (kiểm tra toàn vẹn đầy đủ không đạt) nên không sao lưu được trước khi khôi phục; đã giữ nguyên tệp đó, không sửa một byte, thành "${kept}"`);
    expect(outcome.startup.phase).toBe('ready');
  });
});
