// The desktop app restores from a backup file chosen in the native dialog by its path: no bytes through
// the API (a ledger of hundreds of MB was sent as base64 and passed V8's string limit).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossierInput, testApi } from './helpers';

describe('restoring from a file chosen in the native dialog', () => {
  it('restores from the path the dialog gives, leaving the chosen file as it was', async () => {
    let chosen: string | null = null;
    const t = await testApi('2024-03-12 10:00', { kind: 'electron', chooseBackupFile: () => Promise.resolve(chosen) });
    await t.call('dossier.create', dossierInput('Trước', '2024-03-12 09:00'));
    const copy = await t.call('backup.now', {});
    const copyFile = copy.settings.backups.find((b) => b.reasonLabel === 'sao lưu thủ công')!.file;
    await t.call('dossier.create', dossierInput('Sau', '2024-03-12 09:30'));
    const before = readFileSync(copyFile);

    expect(await t.call('backup.restoreChosen', {})).toBeNull();
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(2);

    chosen = copyFile;
    const outcome = await t.call('backup.restoreChosen', {});
    expect(outcome).toMatchObject({ dossiers: 1, restoredFrom: copyFile });
    expect(existsSync(outcome!.keptOldAs[0]!)).toBe(true);
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(1);
    expect(readFileSync(copyFile).equals(before)).toBe(true);
  });

  it('is the desktop app’s only: the web host uploads the file instead', async () => {
    const t = await testApi('2024-03-12 10:00');
    const refused = await t.api.dispatch('backup.restoreChosen', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
