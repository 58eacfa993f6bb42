// Lists exported by the province's one-stop system (title block, two-row merged header, STT, a row of
// column numbers, dd/mm/yyyy times, channel and status texts, a footer), as CSV, Windows-1258 CSV, .xlsx
// and .xls, import through the command line to the same Biểu 06 as the same dossiers in our own format.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CSV, cli, initLedger, tempFolder } from '../cli/helpers';
import { exampleDossiers, foreignCsvText, foreignXls, foreignXlsx, windows1258 } from './foreign-exports';

const dossiers = exampleDossiers(FIXTURE_CSV);
const NAMES = new Map([
  ['1.001193', 'Đăng ký khai sinh'],
  ['1.004884', 'Đăng ký lại khai sinh'],
  ['1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
  ['2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản'],
  ['1.012783', 'Cấp đổi Giấy chứng nhận'],
  ['1.012781', 'Đăng ký, cấp Giấy chứng nhận thửa đất có diện tích tăng thêm do thay đổi ranh giới'],
]);

async function reportOf(file: string): Promise<{ json: unknown; importOut: string; importErr: string }> {
  const db = await initLedger(tempFolder());
  const imported = await cli('import', '--db', db, file);
  expect(imported.code, imported.stderr).toBe(0);
  const report = await cli('report', '--db', db, '--period', '2024-Q1', '--format', 'json');
  expect(report.code, report.stderr).toBe(0);
  return { json: JSON.parse(report.stdout) as unknown, importOut: imported.stdout, importErr: imported.stderr };
}

async function writeExport(name: string, bytes: Uint8Array): Promise<string> {
  const file = join(tempFolder(), name);
  writeFileSync(file, bytes);
  return file;
}

describe('foreign dossier lists give the same Biểu 06 as our own format', async () => {
  const own = await reportOf(FIXTURE_CSV);
  const exports: [string, () => Promise<Uint8Array> | Uint8Array][] = [
    ['danh-sach-tinh.csv', () => new TextEncoder().encode(foreignCsvText(dossiers, NAMES))],
    ['danh-sach-tinh-ansi.csv', () => windows1258(foreignCsvText(dossiers, NAMES, ','))],
    ['danh-sach-tinh.xlsx', () => foreignXlsx(dossiers, NAMES)],
    ['danh-sach-tinh.xls', () => foreignXls(dossiers, NAMES)],
  ];

  it.each(exports)('%s', async (name, make) => {
    const file = await writeExport(name, await make());
    const foreign = await reportOf(file);
    expect(foreign.importOut).toContain('thêm mới 78');
    expect(foreign.importErr).toContain('Cột "Cán bộ xử lý" (cột thứ 11) chưa ghép được');
    expect(foreign.importErr).toContain('Bỏ qua 2 dòng không phải hồ sơ (dòng 87, 88)');
    expect(foreign.json).toEqual(own.json);
  });

  it('the Windows-1258 file really is not UTF-8, and its names arrive in Unicode', async () => {
    const bytes = windows1258(foreignCsvText(dossiers, NAMES, ','));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const file = await writeExport('ansi.csv', bytes);
    const db = await initLedger(tempFolder());
    expect((await cli('import', '--db', db, file)).code).toBe(0);
    const { openLedgerSession } = await import('../../electron/services/ledger-session');
    const session = openLedgerSession(db, { actor: 'test' });
    try {
      const first = session.dossiers.findByCodes([dossiers[0]?.code ?? '']).get(dossiers[0]?.code ?? '');
      expect(first?.applicantName).toBe('Nguyễn Thị Hường');
      expect(first?.procedureName).toBe('Cấp Giấy xác nhận tình trạng hôn nhân');
    } finally {
      session.close();
    }
  });

  it('importing the same export again changes nothing; a dry run writes nothing', async () => {
    const file = await writeExport('tinh.xls', foreignXls(dossiers, NAMES));
    const db = await initLedger(tempFolder());
    const dry = await cli('import', '--db', db, file, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('mới 78');
    const first = await cli('import', '--db', db, file);
    expect(first.stdout).toContain('thêm mới 78');
    const again = await cli('import', '--db', db, file);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('không đổi 78');
    expect(again.stdout).toContain('Đã ghi: thêm mới 0, cập nhật 0, không đổi 78');
    expect(readFileSync(file).length).toBeGreaterThan(0);
  });
});
