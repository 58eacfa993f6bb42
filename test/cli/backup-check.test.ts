// `backup` is consistent while the ledger is written; `check` reports integrity.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from './helpers';

describe('backup and check', () => {
  it('backs up a ledger that another connection keeps open and writing', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    const writer = new Database(db);
    writer.pragma('journal_mode = WAL');
    // An uncommitted write in progress on another connection must not leak into the backup.
    writer.exec('BEGIN IMMEDIATE');
    writer.prepare("UPDATE settings SET value = json_quote('UBND xã Đang Sửa'), updated_at = 'x', updated_by = 'x' WHERE key = 'unit_name'").run();
    const out = join(folder, 'backup.db');
    const result = await cli('backup', '--db', db, '--out', out);
    writer.exec('ROLLBACK');
    writer.close();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('78 hồ sơ');
    expect(existsSync(out)).toBe(true);
    const copy = new Database(out, { readonly: true });
    expect((copy.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n).toBe(78);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const checked = await cli('check', '--db', out);
    expect(checked.code, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('Kiểm tra toàn vẹn: tốt');
  });

  it('check refuses a file that is not a ledger', async () => {
    const folder = tempFolder();
    const junk = join(folder, 'junk.db');
    writeFileSync(junk, 'đây không phải cơ sở dữ liệu'.repeat(200));
    const result = await cli('check', '--db', junk);
    expect(result.code).not.toBe(0);
    expect(result.stderr.length).toBeGreaterThan(0);
    expect(result.stderr).not.toContain('Lỗi không mong đợi');
  });

  it('reports unknown commands and formats not available yet', async () => {
    const db = await initLedger(tempFolder());
    expect((await cli('lam-gi')).stderr).toContain('Không có lệnh "lam-gi"');
    const pdf = await cli('report', '--db', db, '--period', '2024-Q1', '--format', 'pdf');
    expect(pdf.code).not.toBe(0);
  });
});
