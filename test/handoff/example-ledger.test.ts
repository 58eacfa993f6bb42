// The example ledger (huong-huu-2024-q1.csv) travels as in real life, on the command line: desk 1 → desk 2
// in a full package, the commune's report package → the receiving office, and the receiving office's
// figures equal the commune's (and the expected figures of the fixture).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConsolidatedReport } from '../../electron/handoff';
import type { FormFigures } from '../../shared/report/figures';
import { FIXTURE_EXPECTED, HUONG_HUU, PASSPHRASE, cli, hashLedger, importFixture, initLedger, open, q1Report, tempFolder } from './helpers';

interface Expected {
  total: FormFigures;
  by_field: Record<string, FormFigures>;
  rates: { on_time_rate: number; online_rate: number };
}

async function ok(...argv: string[]): Promise<string> {
  const result = await cli(...argv);
  expect(result.code, `${argv[0] ?? ''}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

describe('the example ledger from desk to receiving office', () => {
  it('desk → desk (full package) → commune report → receiving office: the same figures all the way', async () => {
    const expected = JSON.parse(readFileSync(FIXTURE_EXPECTED, 'utf8')) as Expected;
    const folder = tempFolder();
    const secret = join(folder, 'mat-khau.txt');
    writeFileSync(secret, `${PASSPHRASE}\n`);

    // Desk 1: the office's Excel ledger imported through the CSV importer.
    const desk1 = await initLedger(join(folder, 'ban-1.db'), { ...HUONG_HUU, desk: 1, receivingUnit: 'UBND huyện Nam Đông' });
    const s1 = open(desk1);
    await importFixture(s1);
    const desk1Report = q1Report(s1);
    s1.close();

    // Desk 1 → desk 2, encrypted.
    const full = join(folder, 'ban-1.somc');
    expect(await ok('export-package', '--db', desk1, '--period', '2024-Q1', '--out', full, '--kind', 'full', '--passphrase-file', secret)).toMatch(
      /gói đầy đủ \(đã mã hóa\): 78 hồ sơ/,
    );
    const desk2 = await initLedger(join(folder, 'ban-2.db'), { ...HUONG_HUU, desk: 2, receivingUnit: 'UBND huyện Nam Đông' });
    const before = hashLedger(desk2);
    const dry = await ok('import-package', '--db', desk2, full, '--passphrase-file', secret, '--dry-run');
    expect(dry).toMatch(/Tổng: mới 78, cập nhật 0, không đổi 0, xung đột 0, từ chối 0\./);
    expect(dry).toMatch(/chưa ghi gì vào sổ/);
    expect(hashLedger(desk2)).toBe(before);
    expect(await ok('import-package', '--db', desk2, full, '--passphrase-file', secret)).toMatch(/Đã nhập gói: thêm mới 78/);
    expect(await ok('import-package', '--db', desk2, full, '--passphrase-file', secret)).toMatch(/Không có gì mới để ghi/);

    // The commune's report, compiled on desk 2, equals desk 1's and the fixture's expected figures.
    const s2 = open(desk2);
    const commune = q1Report(s2);
    s2.close();
    expect(commune).toEqual(desk1Report);
    expect(commune.total).toEqual(expected.total);
    expect(Object.fromEntries(commune.by_field.map(({ field, ...f }) => [field, f]))).toEqual(expected.by_field);
    expect(commune.rates).toMatchObject(expected.rates);

    // Desk 2 (the chairman's PC) sends the report package; its fingerprint is read out to the office.
    const fingerprint = /Dấu vân tay khóa ký: (\S+)/.exec(await ok('unit-key', '--db', desk2))?.[1] ?? '';
    expect(fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const report = join(folder, 'bao-cao-quy-1.somc');
    expect(await ok('export-package', '--db', desk2, '--period', '2024-Q1', '--out', report)).toContain(`Dấu vân tay khóa của đơn vị: ${fingerprint}`);

    // The receiving office.
    const office = await initLedger(join(folder, 'huyen.db'), { unitName: 'UBND huyện Nam Đông', unitCode: 'H57' });
    await ok('receiving-office', '--db', office);
    const unknown = await cli('import-package', '--db', office, report);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/chưa được đăng ký ở sổ này/);
    await ok('register-unit', '--db', office, '--unit-code', HUONG_HUU.unitCode, '--fingerprint', fingerprint.toLowerCase(), '--unit-name', HUONG_HUU.unitName);
    expect(await ok('import-package', '--db', office, report)).toMatch(/Mới: báo cáo Quý I năm 2024 của UBND xã Hương Hữu/);
    expect(await ok('period-status', '--db', office, '--period', '2024-Q1')).toMatch(/1 đơn vị đã gửi, 0 đã gửi lại, 0 chưa gửi/);

    const consolidated = JSON.parse(await ok('consolidate', '--db', office, '--period', '2024-Q1')) as ConsolidatedReport;
    expect(consolidated.rows).toHaveLength(1);
    const { unit_code, unit_name, package_created_at: _at, signed: _signed, ...row } = consolidated.rows[0] ?? ({} as ConsolidatedReport['rows'][number]);
    expect([unit_code, unit_name]).toEqual([HUONG_HUU.unitCode, HUONG_HUU.unitName]);
    expect(row).toEqual(commune.total);
    expect(consolidated.total).toEqual(commune.total);
    expect(consolidated.rates.on_time_rate).toBe(commune.rates.on_time_rate);

    // And the full package restores the commune's ledger on a new PC.
    const restored = join(folder, 'may-moi.db');
    expect(await ok('restore-package', '--db', restored, full, '--passphrase-file', secret)).toMatch(/78 hồ sơ/);
    expect(q1Report(open(restored))).toEqual(commune);
  });
});
