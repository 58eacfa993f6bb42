// Importing is idempotent and all-or-nothing, and every problem is named.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from './helpers';

function snapshot(db: string) {
  const conn = new Database(db, { readonly: true });
  try {
    return {
      dossiers: conn.prepare('SELECT code, version, due_day, ended_day FROM dossiers ORDER BY code').all(),
      history: (conn.prepare('SELECT count(*) AS n FROM dossier_history').get() as { n: number }).n,
      batches: (conn.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number }).n,
    };
  } finally {
    conn.close();
  }
}

describe('import', () => {
  it('importing the same file twice changes nothing the second time', async () => {
    const db = await initLedger(tempFolder());
    expect((await cli('import', '--db', db, FIXTURE_CSV)).code).toBe(0);
    const before = snapshot(db);
    expect(before.dossiers).toHaveLength(78);
    const again = await cli('import', '--db', db, FIXTURE_CSV);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('không đổi 78');
    expect(snapshot(db)).toEqual(before);
  });

  it('a file with broken rows imports nothing and names each problem with line and column', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const lines = readFileSync(FIXTURE_CSV, 'utf8').split('\r\n');
    const firstCode = lines[1]!.split(',')[0]!;
    lines[3] = lines[3]!.replace('2023-12-18 08:30', '2023-13-18 08:30'); // bad date (file line 4)
    lines[5] = lines[5]!.replace(',1.012783,', ',9.999999,'); // unknown procedure (line 6)
    lines[7] = lines[7]!.replace('Trực tuyến một phần', 'Fax'); // unknown channel (line 8)
    lines[9] = lines[9]!.replace(/^[^,]+/, firstCode); // duplicate code (line 10)
    const broken = join(folder, 'broken.csv');
    writeFileSync(broken, lines.join('\r\n'));

    const result = await cli('import', '--db', db, broken);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/Dòng 4, cột "Ngày tiếp nhận" \(giá trị "2023-13-18 08:30"\): .*ngày/i);
    expect(result.stderr).toMatch(/Dòng 6, cột "Mã TTHC" \(giá trị "9.999999"\): .*danh mục/);
    expect(result.stderr).toMatch(/Dòng 8, cột "Hình thức nộp" \(giá trị "Fax"\)/);
    expect(result.stderr).toMatch(/Dòng 10, cột "Mã hồ sơ" .*dòng 2/);
    expect(result.stderr).toContain('không ghi hồ sơ nào');
    expect(snapshot(db).dossiers).toEqual([]);
  });

  it('--dry-run writes nothing; a changed row is a conflict until --update, which records history', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const dry = await cli('import', '--db', db, FIXTURE_CSV, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('mới 78');
    expect(snapshot(db).dossiers).toEqual([]);

    await cli('import', '--db', db, FIXTURE_CSV);
    const lines = readFileSync(FIXTURE_CSV, 'utf8').split('\r\n');
    lines[1] = lines[1]!.replace(/2023-12-18,$/, '2023-12-19,Chờ xác minh');
    const changed = join(folder, 'changed.csv');
    writeFileSync(changed, lines.join('\r\n'));
    const code = lines[1]!.split(',')[0]!;

    const conflict = await cli('import', '--db', db, changed);
    expect(conflict.code).toBe(0);
    expect(conflict.stdout).toContain(`Xung đột dòng 2: hồ sơ ${code}`);
    const conn = () => new Database(db, { readonly: true });
    const c1 = conn();
    expect((c1.prepare('SELECT version FROM dossiers WHERE code = ?').get(code) as { version: number }).version).toBe(1);
    c1.close();

    const updated = await cli('import', '--db', db, changed, '--update');
    expect(updated.stdout).toContain('cập nhật 1');
    const c2 = conn();
    const row = c2.prepare('SELECT id, version, late_cause FROM dossiers WHERE code = ?').get(code) as { id: string; version: number; late_cause: string };
    expect(row.version).toBe(2);
    expect(row.late_cause).toBe('Chờ xác minh');
    const events = c2.prepare('SELECT action, changes FROM dossier_history WHERE dossier_id = ? ORDER BY seq').all(row.id) as { action: string; changes: string }[];
    c2.close();
    expect(events.map((e) => e.action)).toEqual(['import', 'import_update']);
    expect(events[1]!.changes).toContain('Chờ xác minh');
  });
});
