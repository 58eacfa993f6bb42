// Issue 15 §4: imports that wrote wrong data without a word. The sheets of a workbook are named and one can
// be picked (command line and API); hidden rows are reported; identity and phone numbers Excel stored as
// numbers get their leading zero back by their known length, or are refused; text typed in the old
// VNI / TCVN3 fonts and saved as Unicode is refused with how to convert it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { legacyFontOf } from '../../electron/import/legacy-font-text';
import { testApi } from '../api/helpers';
import { cli, initLedger, tempFolder } from '../cli/helpers';

const HEADER = ['Mã hồ sơ', 'Mã TTHC', 'Hình thức nộp', 'Ngày tiếp nhận', 'Người nộp', 'Số định danh', 'Điện thoại'];
type Cell = string | number;
const row = (n: number, extra: Partial<Record<'name' | 'id' | 'phone', Cell>> = {}): Cell[] => [
  `000.00.21.H57-240304-${String(n).padStart(4, '0')}`,
  '1.004873',
  'Trực tiếp',
  '2024-03-04 09:00',
  extra.name ?? 'Nguyễn Văn An',
  extra.id ?? '046190001234',
  extra.phone ?? '0905123456',
];

async function workbookFile(folder: string, sheets: Record<string, Cell[][]>, hide: number[] = []): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(HEADER);
    for (const r of rows) sheet.addRow(r);
    for (const line of hide) sheet.getRow(line).hidden = true;
  }
  const file = join(folder, 'so.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

function people(db: string): Array<{ code: string; applicant_name: string; id_number: string; phone: string }> {
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare('SELECT code, applicant_name, id_number, phone FROM dossiers ORDER BY code').all() as never;
  } finally {
    raw.close();
  }
}

describe('the sheets of a workbook', () => {
  it('names every sheet, reads the one picked with --sheet, and refuses a sheet that does not exist', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const file = await workbookFile(folder, { 'Quý 1': [row(1)], 'Quý 2': [row(2), row(3)] });
    const first = await cli('import', '--db', db, file, '--dry-run');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('Tệp Excel có 2 trang tính: "Quý 1", "Quý 2"; chỉ đọc trang "Quý 1"');
    const picked = await cli('import', '--db', db, file, '--sheet', 'Quý 2');
    expect(picked.code, picked.stderr).toBe(0);
    expect(people(db).map((p) => p.code)).toEqual([row(2)[0], row(3)[0]]);
    const missing = await cli('import', '--db', db, file, '--sheet', 'Quý 3');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('không có trang tính "Quý 3". Các trang tính trong tệp: "Quý 1", "Quý 2"');
  });

  it('lists a hidden sheet as such and reads the first sheet Excel shows unless the hidden one is named', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const file = await workbookFile(folder, { 'Dữ liệu gốc': [row(1)], 'Sổ': [row(2)] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    (workbook.getWorksheet('Dữ liệu gốc') as ExcelJS.Worksheet).state = 'hidden';
    await workbook.xlsx.writeFile(file);
    const first = await cli('import', '--db', db, file, '--dry-run');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('Tệp Excel có 2 trang tính: "Dữ liệu gốc" (ẩn), "Sổ"; chỉ đọc trang "Sổ"');
    const hidden = await cli('import', '--db', db, file, '--sheet', 'Dữ liệu gốc');
    expect(hidden.code, hidden.stderr).toBe(0);
    expect(people(db).map((p) => p.code)).toEqual([row(1)[0]]);
  });

  it('the API takes the sheet in the dry run, lists the sheets, and writes that sheet', async () => {
    const t = await testApi('2024-03-05 09:00');
    const file = await workbookFile(tempFolder(), { 'Quý 1': [row(1)], 'Quý 2': [row(2), row(3)] });
    const contentBase64 = readFileSync(file).toString('base64');
    const plan = await t.call('import.plan', { fileName: 'so.xlsx', contentBase64, sheet: 'Quý 2' });
    expect(plan.sheets).toEqual(['Quý 1', 'Quý 2']);
    expect(plan.sheet).toBe('Quý 2');
    expect(plan.counts.new).toBe(2);
    const outcome = await t.call('import.apply', { planId: plan.planId, update: false });
    expect(outcome.inserted).toBe(2);
  });
});

describe('rows and cells Excel hides or changes', () => {
  it('reports hidden rows', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const file = await workbookFile(folder, { Sổ: [row(1), row(2), row(3)] }, [3]);
    const result = await cli('import', '--db', db, file, '--dry-run');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('1 dòng bị ẩn trong Excel nhưng vẫn được nhập như mọi dòng khác: dòng 3.');
  });

  it('puts back the leading zero of identity and phone numbers stored as numbers, saying so', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const file = await workbookFile(folder, { Sổ: [row(1, { id: 46190001234, phone: 905123456 }), row(2, { id: 46190009876, phone: 2343871999 })] });
    const result = await cli('import', '--db', db, file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Đã thêm lại số 0 ở đầu số định danh / số điện thoại');
    expect(people(db).map((p) => [p.id_number, p.phone])).toEqual([
      ['046190001234', '0905123456'],
      ['046190009876', '02343871999'],
    ]);
  });

  it('refuses a number cell whose length no rule explains, and writes nothing', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const file = await workbookFile(folder, { Sổ: [row(1), row(2, { id: 4619 })] });
    const result = await cli('import', '--db', db, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Dòng 3, cột "Số định danh" \(giá trị "4619"\): Số định danh .* được lưu dạng số trong Excel nên đã mất số 0 ở đầu/);
    expect(result.stderr).toContain('định dạng cột này là Văn bản (Text)');
    expect(people(db)).toEqual([]);
  });
});

describe('text typed in the old VNI / TCVN3 fonts', () => {
  it('is refused cell by cell, with how to convert it, and nothing is written (CSV too)', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    const csv = join(folder, 'so.csv');
    const lines = [HEADER, row(1, { name: 'Nguyeãn Vaên Anh' }), row(2, { name: 'TrÇn ThÞ B×nh' }), row(3)].map((r) => r.join(','));
    writeFileSync(csv, `${lines.join('\n')}\n`);
    const result = await cli('import', '--db', db, csv);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Dòng 2, cột "Người nộp" \(giá trị "Nguyeãn Vaên Anh"\): Chữ có vẻ được gõ bằng phông VNI/);
    expect(result.stderr).toMatch(/Dòng 3, cột "Người nộp" \(giá trị "TrÇn ThÞ B×nh"\): Chữ có vẻ được gõ bằng phông TCVN3/);
    expect(result.stderr).toContain('Unikey › Công cụ chuyển mã');
    expect(people(db)).toEqual([]);
  });

  it('tells old-font text from ordinary Vietnamese', () => {
    for (const vni of ['Nguyeãn Vaên Anh', 'Ñaêng kyù keát hoân', 'Traàn Thò Bích']) expect(legacyFontOf(vni), vni).toBe('VNI');
    for (const tcvn of ['NguyÔn V¨n An', '§¨ng ký kÕt h«n', 'TrÇn ThÞ B×nh']) expect(legacyFontOf(tcvn), tcvn).toBe('TCVN3');
    for (const good of ['Nguyễn Văn An', 'Hoà Thuận', 'Phường Thuận Hoá', 'Khuyến khích', 'Thuỷ', 'Quốc', 'Người', 'Nguyệt', 'Ngoại', 'Bản A Ró, Nam Đông', 'email@xa.vn']) {
      expect(legacyFontOf(good), good).toBeNull();
    }
  });
});
