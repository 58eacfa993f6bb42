// The desktop app imports a ledger list by the path its open dialog chose (read in the main process, no
// base64 over IPC); the main process reads no other path, and a request names the bytes or the path,
// never both.
import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostServices } from '../../electron/api';
import { FIXTURE_CSV } from '../cli/helpers';
import { ledgerFingerprint, testApi } from './helpers';

/** A host like Electron's: the dialog hands out one file, and only files handed out may be read. */
function dialogHost(chosen: () => string | null): HostServices & { handedOut: Set<string> } {
  const handedOut = new Set<string>();
  return {
    kind: 'electron',
    handedOut,
    chooseImportFile: async () => {
      const file = chosen();
      if (file !== null) handedOut.add(file);
      return file;
    },
    allowsPath: (file) => handedOut.has(file),
  };
}

describe('importing a list by the path the open dialog chose', () => {
  it('reads the chosen file in the main process and imports it; a path not handed out is refused', async () => {
    let next: string | null = null;
    const host = dialogHost(() => next);
    const t = await testApi('2024-03-15 08:00', host);
    const list = path.join(t.dir, 'so-theo-doi.csv');
    copyFileSync(FIXTURE_CSV, list);
    const other = path.join(t.dir, 'khac.csv');
    copyFileSync(FIXTURE_CSV, other);

    const before = ledgerFingerprint(t.file);
    const refused = await t.api.dispatch('import.planForeign', { fileName: 'khac.csv', path: other });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('chỉ mở được tệp vừa chọn trong hộp thoại "Chọn tệp sổ theo dõi để nhập"') } });
    expect(await t.api.dispatch('import.plan', { fileName: 'so.db', path: t.file })).toMatchObject({ ok: false, error: { code: 'rejected' } });

    expect(await t.call('import.chooseFile', {})).toEqual({ path: null }); // the dialog cancelled
    next = list;
    expect(await t.call('import.chooseFile', {})).toEqual({ path: list });
    const plan = await t.call('import.planForeign', { fileName: 'so-theo-doi.csv', path: list });
    expect(plan.counts.new).toBe(78);
    expect(ledgerFingerprint(t.file)).toBe(before);
    const done = await t.call('import.apply', { planId: plan.planId, update: false });
    expect(done.inserted).toBe(78);
    expect(await t.call('dossier.count', { filter: {} })).toEqual({ count: 78 });
  });

  it('takes the bytes or the path, one of the two', async () => {
    const t = await testApi('2024-03-15 08:00', dialogHost(() => null));
    const list = path.join(t.dir, 'a.csv');
    writeFileSync(list, 'x');
    for (const input of [{ fileName: 'a.csv' }, { fileName: 'a.csv', path: list, contentBase64: 'eA==' }]) {
      expect(await t.api.dispatch('import.plan', input)).toMatchObject({ ok: false, error: { code: 'rejected', message: 'Hãy gửi nội dung tệp hoặc đường dẫn của tệp vừa chọn, chỉ một trong hai.' } });
    }
  });

  it('has no dialog in the web host', async () => {
    const t = await testApi('2024-03-15 08:00');
    expect(await t.api.dispatch('import.chooseFile', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
