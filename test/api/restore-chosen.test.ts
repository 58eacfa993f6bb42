// The desktop app restores from a backup file chosen in the native dialog by its path: no bytes through
// the API (a ledger of hundreds of MB was sent as base64 and passed V8's string limit). The dialog is its
// own command, off the queue; the restore takes only a path that dialog handed out, so a retry with the
// chairman's PIN restores the same file without asking for it again.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dossierInput, testApi } from './helpers';

describe('restoring from a file chosen in the native dialog', () => {
  it('restores from the path the dialog handed out, leaving the chosen file as it was', async () => {
    let chosen: string | null = null;
    let dialogs = 0;
    const handedOut = new Set<string>();
    const t = await testApi('2024-03-12 10:00', {
      kind: 'electron',
      chooseBackupFile: () => {
        dialogs++;
        if (chosen) handedOut.add(chosen);
        return Promise.resolve(chosen);
      },
      allowsPath: (file) => handedOut.has(file),
    });
    await t.call('dossier.create', dossierInput('Trước', '2024-03-12 09:00'));
    const copy = await t.call('backup.now', {});
    const copyFile = copy.settings.backups.find((b) => b.reasonLabel === 'sao lưu thủ công')!.file;
    await t.call('dossier.create', dossierInput('Sau', '2024-03-12 09:30'));
    const before = readFileSync(copyFile);

    expect(await t.call('backup.chooseFile', {})).toEqual({ path: null }); // cancelled: nothing happens
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(2);

    // a path the dialog never gave is refused, in Vietnamese, the ledger untouched
    const other = await t.api.dispatch('backup.restoreChosen', { path: copyFile });
    expect(other).toMatchObject({ ok: false, error: { code: 'rejected', message: `Không mở tệp "${path.basename(copyFile)}": chỉ mở được tệp vừa chọn trong hộp thoại "Chọn tệp sao lưu để khôi phục".` } });
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(2);

    chosen = copyFile;
    expect(await t.call('backup.chooseFile', {})).toEqual({ path: copyFile });
    const outcome = await t.call('backup.restoreChosen', { path: copyFile });
    expect(outcome).toMatchObject({ dossiers: 1, restoredFrom: copyFile });
    expect(existsSync(outcome.keptOldAs[0]!)).toBe(true);
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(1);
    expect(readFileSync(copyFile).equals(before)).toBe(true);
    expect(dialogs).toBe(2); // the restore itself never opens the dialog
  });

  it('is the desktop app’s only: the web host uploads the file instead', async () => {
    const t = await testApi('2024-03-12 10:00');
    expect(await t.api.dispatch('backup.chooseFile', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    const refused = await t.api.dispatch('backup.restoreChosen', { path: '/tmp/ban-sao.db' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
