// Writing a package never leaves a half-written file under its name and never overwrites a good file on
// the stick when something goes wrong; the command line refuses what it cannot do, in Vietnamese.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HandoffError } from '../../electron/handoff';
import { writePackageFile } from '../../electron/handoff/package-file';
import { HUONG_HUU, cli, importFixture, initLedger, open, tempFolder } from './helpers';

describe('writing a package file', () => {
  it('puts the bytes in place only after they were read back and verified', () => {
    const folder = tempFolder();
    const target = join(folder, 'goi.somc');
    let seen = '';
    writePackageFile(target, Buffer.from('gói mới'), (written) => {
      seen = written.toString('utf8');
      expect(existsSync(target)).toBe(false);
    });
    expect(seen).toBe('gói mới');
    expect(readFileSync(target, 'utf8')).toBe('gói mới');
    expect(readdirSync(folder)).toEqual(['goi.somc']);
  });

  it('leaves an existing file untouched and no temporary file behind when verification fails', () => {
    const folder = tempFolder();
    const target = join(folder, 'goi.somc');
    writeFileSync(target, 'gói cũ còn tốt');
    expect(() =>
      writePackageFile(target, Buffer.from('gói hỏng'), () => {
        throw new Error('read back differs');
      }),
    ).toThrow(/tệp cũ \(nếu có\) được giữ nguyên/);
    expect(readFileSync(target, 'utf8')).toBe('gói cũ còn tốt');
    expect(readdirSync(folder)).toEqual(['goi.somc']);
  });

  it('says so when the stick is gone', () => {
    expect(() => writePackageFile(join(tempFolder(), 'khong-co', 'goi.somc'), Buffer.from('x'), () => undefined)).toThrow(HandoffError);
  });
});

describe('export-package on the command line', () => {
  it('refuses an unencrypted full package, a passphrase on a report package, a short passphrase and a missing unit code', async () => {
    const folder = tempFolder();
    const db = await initLedger(join(folder, 'so.db'), { ...HUONG_HUU, desk: 1 });
    await importFixture(open(db));
    const out = join(folder, 'goi.somc');
    const secret = join(folder, 'mk.txt');

    const unencrypted = await cli('export-package', '--db', db, '--period', '2024-Q1', '--out', out, '--kind', 'full');
    expect([unencrypted.code, unencrypted.stderr]).toEqual([2, expect.stringMatching(/luôn được mã hóa/)]);

    writeFileSync(secret, 'ngắn\n');
    const withSecret = await cli('export-package', '--db', db, '--period', '2024-Q1', '--out', out, '--passphrase-file', secret);
    expect([withSecret.code, withSecret.stderr]).toEqual([2, expect.stringMatching(/không mã hóa/)]);

    const short = await cli('export-package', '--db', db, '--out', out, '--kind', 'full', '--passphrase-file', secret);
    expect([short.code, short.stderr]).toEqual([1, expect.stringMatching(/ít nhất 8 ký tự/)]);

    const noCode = await initLedger(join(folder, 'chua-co-ma.db'), { unitName: 'UBND xã Mới' });
    const missing = await cli('export-package', '--db', noCode, '--period', '2024-Q1', '--out', out);
    expect([missing.code, missing.stderr]).toEqual([1, expect.stringMatching(/Chưa khai báo mã đơn vị/)]);
    expect(existsSync(out)).toBe(false);

    const noDb = await cli('import-package', '--db', join(folder, 'khong-co.db'), out);
    expect([noDb.code, noDb.stderr]).toEqual([1, expect.stringMatching(/restore-package/)]);
  });
});
