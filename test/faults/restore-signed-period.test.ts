// Issue 15 §2: restoring a backup taken before a sign-off no longer drops the sign-off silently. The
// restore says so and needs the chairman's PIN; then the signed period survives with its frozen figures
// and signer, and the period cannot be signed again with other figures.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';

const PIN = '583941';

function signoffsOf(file: string): Array<{ period_key: string; figures: string; signer_name: string; signed_at: string }> {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT period_key, figures, signer_name, signed_at FROM period_signoffs ORDER BY id').all() as never;
  } finally {
    db.close();
  }
}

describe('restoring a backup taken before a sign-off', () => {
  it('asks for the chairman’s PIN, then keeps the signed period with its figures and signer', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    const pinFile = join(folder, 'pin.txt');
    writeFileSync(pinFile, PIN);
    const wrongPin = join(folder, 'sai.txt');
    writeFileSync(wrongPin, '111111');
    expect((await cli('set-pin', '--db', db, '--pin-file', pinFile)).code).toBe(0);
    const backup = join(folder, 'truoc-ky.db');
    expect((await cli('backup', '--db', db, '--out', backup)).code).toBe(0);
    const signed = await cli('sign-off', '--db', db, '--period', '2024-Q1', '--pin-file', pinFile, '--signer', 'Hồ Văn Ẩn');
    expect(signed.code, signed.stderr).toBe(0);
    const before = signoffsOf(db);
    expect(before).toHaveLength(1);

    const silent = await cli('restore', '--db', db, '--from', backup);
    expect(silent.code).toBe(1);
    expect(silent.stderr).toContain('được tạo trước khi Chủ tịch ký duyệt Quý I năm 2024');
    expect(silent.stderr).toContain('cần mã PIN của Chủ tịch');
    expect(signoffsOf(db)).toEqual(before);

    const wrong = await cli('restore', '--db', db, '--from', backup, '--pin-file', wrongPin);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Mã PIN không đúng');
    expect(signoffsOf(db)).toEqual(before);

    const restored = await cli('restore', '--db', db, '--from', backup, '--pin-file', pinFile);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('Đã giữ chữ ký duyệt và số liệu đã ký của Quý I năm 2024');
    expect(signoffsOf(db)).toEqual(before);

    // The period stays signed: no second sign-off with other figures.
    const again = await cli('sign-off', '--db', db, '--period', '2024-Q1', '--pin-file', pinFile, '--signer', 'Người khác');
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('đã được ký duyệt');
  });

  it('restores without asking when the backup already has every signed period', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    const backup = join(folder, 'ban-sao.db');
    expect((await cli('backup', '--db', db, '--out', backup)).code).toBe(0);
    const restored = await cli('restore', '--db', db, '--from', backup);
    expect(restored.code, restored.stderr).toBe(0);
  });
});
