// Issue 15 §2: restoring a backup taken before a sign-off no longer drops the sign-off silently. The
// restore says so and needs the chairman's PIN; then the signed period survives with its frozen figures
// and signer, and the period cannot be signed again with other figures.
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/ledger';
import { migration018SignoffRevisions } from '../../electron/ledger/migrations/018-signoff-revisions';
import { runCli } from '../../electron/cli/run-cli';
import { FIXTURE_CSV, initLedger, tempFolder } from '../cli/helpers';

/** The command line on 02/04/2024, once 2024-Q1 has ended (an unfinished period cannot be signed). */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { out: (t) => (stdout += `${t}\n`), err: (t) => (stderr += `${t}\n`), now: () => Date.UTC(2024, 3, 2, 2, 0) });
  return { code, stdout, stderr };
}

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

describe('signing again a period whose sign-off the ledger lost', () => {
  it('keeps its record in a migration of its own, appended to the list', () => {
    expect(MIGRATIONS.indexOf(migration018SignoffRevisions) + 1).toBe(migration018SignoffRevisions.version);
  });

  it('records the earlier sign-off and the changed cells as the period’s correction', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const pinFile = join(folder, 'pin.txt');
    writeFileSync(pinFile, PIN);
    expect((await cli('set-pin', '--db', db, '--pin-file', pinFile)).code).toBe(0);
    const backup = join(folder, 'truoc-ky.db');
    expect((await cli('backup', '--db', db, '--out', backup)).code).toBe(0);
    await cli('import', '--db', db, FIXTURE_CSV);
    expect((await cli('sign-off', '--db', db, '--period', '2024-Q1', '--pin-file', pinFile, '--signer', 'Hồ Văn Ẩn')).code).toBe(0);
    // Outside the app, the old copy (before the dossiers and the sign-off) is put back over the ledger.
    for (const suffix of ['-wal', '-shm']) rmSync(db + suffix, { force: true });
    copyFileSync(backup, db);
    expect(signoffsOf(db)).toEqual([]);

    const again = await cli('sign-off', '--db', db, '--period', '2024-Q1', '--pin-file', pinFile, '--signer', 'Người khác');
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/Kỳ này đã được Hồ Văn Ẩn ký duyệt trước đây .* đã ghi lần ký trước và \d+ ô số liệu khác nhau thành đính chính của kỳ/);
    expect(again.stdout).toMatch(/Hộ tịch, cột \(3\) Số hồ sơ nhận giải quyết — Tổng số: \d+ → 0/);
    const raw = new Database(db, { readonly: true });
    try {
      const revision = raw.prepare('SELECT previous_signer, differences FROM signoff_revisions').get() as { previous_signer: string; differences: string };
      expect(revision.previous_signer).toBe('Hồ Văn Ẩn');
      expect((JSON.parse(revision.differences) as unknown[]).length).toBeGreaterThan(0);
    } finally {
      raw.close();
    }
  });
});
