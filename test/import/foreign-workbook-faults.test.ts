// Issue 15 §4 for the province's lists (issue 13's foreign path): a workbook's sheets are named (hidden
// ones marked) and one is picked for .xls as for .xlsx; hidden rows are imported as the ledger import does
// and reported by line; identity and phone numbers stored as numbers get their leading zero back by their
// known length or are refused naming line and column, nothing written; text typed in the old VNI / TCVN3
// fonts is refused in every format. Real .xls (BIFF8) and .xlsx files, imported through the command line
// into a real SQLite ledger.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { testApi } from '../api/helpers';
import { cli, initLedger, tempFolder } from '../cli/helpers';
import { type XlsCell, type XlsSheetSpec, xlsFile } from './xls-writer';

const TITLE: XlsCell[][] = [['UBND XÃ HƯƠNG HỮU'], ['DANH SÁCH HỒ SƠ TIẾP NHẬN'], []];
const HEADER: XlsCell[] = ['STT', 'Số hồ sơ', 'Mã TTHC', 'Thủ tục hành chính', 'Kênh tiếp nhận', 'Ngày nhận', 'Tình trạng', 'Chủ hồ sơ', 'Số CCCD', 'Số điện thoại'];
/** The line of the first dossier: three title rows, the header on line 4. */
const FIRST_LINE = 5;

const codeOf = (n: number) => `000.00.21.H57-240304-${String(n).padStart(4, '0')}`;

function dossierRow(n: number, extra: { name?: string; id?: XlsCell; phone?: XlsCell } = {}): XlsCell[] {
  return [
    n,
    codeOf(n),
    '1.004873',
    'Cấp Giấy xác nhận tình trạng hôn nhân',
    'Trực tiếp',
    '04/03/2024 09:00',
    'Đang xử lý',
    extra.name ?? 'Nguyễn Văn An',
    extra.id ?? '046190001234',
    extra.phone ?? '0905123456',
  ];
}

const listRows = (rows: XlsCell[][]): XlsCell[][] => [...TITLE, HEADER, ...rows, [], ['', 'Tổng số: hồ sơ']];

function writeFile(name: string, bytes: Uint8Array): string {
  const file = join(tempFolder(), name);
  writeFileSync(file, bytes);
  return file;
}

const xlsList = (sheets: XlsSheetSpec[]) => writeFile('danh-sach-tinh.xls', xlsFile(sheets));

async function xlsxList(rows: XlsCell[][], hiddenLines: number[] = []): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  listRows(rows).forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell !== null && cell !== '' && typeof cell !== 'object') sheet.getCell(r + 1, c + 1).value = cell;
    });
  });
  sheet.mergeCells(1, 1, 1, HEADER.length);
  for (const line of hiddenLines) sheet.getRow(line).hidden = true;
  return writeFile('danh-sach-tinh.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
}

interface Person {
  code: string;
  applicant_name: string;
  id_number: string;
  phone: string;
}

function people(db: string): Person[] {
  const raw = new Database(db, { readonly: true });
  try {
    return raw.prepare('SELECT code, applicant_name, id_number, phone FROM dossiers ORDER BY code').all() as Person[];
  } finally {
    raw.close();
  }
}

describe('the sheets of a province .xls', () => {
  const workbook = () =>
    xlsList([
      { name: 'Tháng 3', rows: listRows([dossierRow(1)]) },
      { name: 'Tra cứu', hidden: 'hidden', rows: [['Mã', 'Tên'], ['1.004873', 'Xác nhận tình trạng hôn nhân']] },
      { name: 'Tháng 4', rows: listRows([dossierRow(2), dossierRow(3), dossierRow(4)]) },
      { name: 'Macro', hidden: 'very', rows: [['x']] },
    ]);

  it('names every sheet (hidden ones marked), reads the first visible one, and writes the one picked with --sheet', async () => {
    const file = workbook();
    const db = await initLedger(tempFolder());
    const dry = await cli('import', '--db', db, file, '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('Tệp Excel có 4 trang tính: "Tháng 3", "Tra cứu" (ẩn), "Tháng 4", "Macro" (ẩn); chỉ đọc trang "Tháng 3"');
    expect(dry.stdout).toContain('mới 1');

    const picked = await cli('import', '--db', db, file, '--sheet', 'Tháng 4');
    expect(picked.code, picked.stderr).toBe(0);
    expect(picked.stderr).toContain('chỉ đọc trang "Tháng 4"');
    expect(people(db).map((p) => p.code)).toEqual([codeOf(2), codeOf(3), codeOf(4)]);
  });

  it('the import screen\'s API lists the sheets with the hidden ones, dry-runs the one picked and writes it', async () => {
    const t = await testApi('2024-03-14 10:00');
    const contentBase64 = Buffer.from(xlsFile([
      { name: 'Tháng 3', rows: listRows([dossierRow(1)]) },
      { name: 'Tra cứu', hidden: 'hidden', rows: [['Mã']] },
      { name: 'Tháng 4', rows: listRows([dossierRow(2), dossierRow(3)]) },
    ])).toString('base64');
    const first = await t.call('import.planForeign', { fileName: 'tinh.xls', contentBase64 });
    expect([first.sheets, first.hiddenSheets, first.sheet, first.counts.new]).toEqual([['Tháng 3', 'Tra cứu', 'Tháng 4'], ['Tra cứu'], 'Tháng 3', 1]);
    const picked = await t.call('import.planForeign', { fileName: 'tinh.xls', contentBase64, sheet: 'Tháng 4' });
    expect([picked.sheet, picked.counts.new]).toEqual(['Tháng 4', 2]);
    expect((await t.call('import.apply', { planId: picked.planId, update: false })).inserted).toBe(2);
    expect((await t.call('dossier.count', { filter: { text: codeOf(3) } })).count).toBe(1);
    expect((await t.call('dossier.count', { filter: { text: codeOf(1) } })).count).toBe(0);
  });

  it('refuses a sheet that does not exist, naming the sheets, and writes nothing', async () => {
    const file = workbook();
    const db = await initLedger(tempFolder());
    const missing = await cli('import', '--db', db, file, '--sheet', 'Tháng 5');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('không có trang tính "Tháng 5". Các trang tính trong tệp: "Tháng 3", "Tra cứu" (ẩn), "Tháng 4", "Macro" (ẩn)');
    expect(people(db)).toEqual([]);
  });

  it('a CSV refuses --sheet on the foreign path too', async () => {
    const csv = writeFile('tinh.csv', new TextEncoder().encode(`${[HEADER, dossierRow(1)].map((r) => r.join(';')).join('\n')}\n`));
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, csv, '--sheet', 'Tháng 4');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('là CSV, không có trang tính "Tháng 4" để chọn');
    expect(people(db)).toEqual([]);
  });
});

describe('hidden rows of a province list', () => {
  it('.xls: imported like every row, as the ledger import does, and named by line', async () => {
    const file = xlsList([{ name: 'Danh sách', rows: listRows([dossierRow(1), dossierRow(2), dossierRow(3)]), hiddenRows: [FIRST_LINE + 1, FIRST_LINE + 2] }]);
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`2 dòng bị ẩn trong Excel nhưng vẫn được nhập như mọi dòng khác: dòng ${FIRST_LINE + 1}, ${FIRST_LINE + 2}.`);
    expect(people(db).map((p) => p.code)).toEqual([codeOf(1), codeOf(2), codeOf(3)]);
  });

  it('.xlsx: the same', async () => {
    const file = await xlsxList([dossierRow(1), dossierRow(2), dossierRow(3)], [FIRST_LINE]);
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`1 dòng bị ẩn trong Excel nhưng vẫn được nhập như mọi dòng khác: dòng ${FIRST_LINE}.`);
    expect(people(db)).toHaveLength(3);
  });

  it('a hidden footer or title row is not a dossier and is not reported', async () => {
    const file = xlsList([{ name: 'Danh sách', rows: listRows([dossierRow(1)]), hiddenRows: [1, FIRST_LINE + 2] }]);
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).not.toContain('bị ẩn');
  });
});

describe('identity and phone numbers a province list stored as numbers', () => {
  // 46190001234 and 905123456 are above 2^29: NUMBER records; 378123456 fits an RK record.
  const restoredRows = () => [dossierRow(1, { id: 46190001234, phone: 905123456 }), dossierRow(2, { id: 79190009876, phone: 378123456 }), dossierRow(3, { id: 23456789, phone: 2343871999 })];
  const expected = [
    ['046190001234', '0905123456'],
    ['079190009876', '0378123456'],
    ['023456789', '02343871999'],
  ];

  it('.xls: the leading zero is put back by the known length, and the import says so', async () => {
    const file = xlsList([{ name: 'Danh sách', rows: listRows(restoredRows()) }]);
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Đã thêm lại số 0 ở đầu số định danh / số điện thoại mà bảng tính đã làm mất (theo độ dài đã biết) ở dòng ${FIRST_LINE}, ${FIRST_LINE + 1}, ${FIRST_LINE + 2}.`);
    expect(people(db).map((p) => [p.id_number, p.phone])).toEqual(expected);
  });

  it('.xlsx: the same', async () => {
    const file = await xlsxList(restoredRows());
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Đã thêm lại số 0 ở đầu số định danh / số điện thoại');
    expect(people(db).map((p) => [p.id_number, p.phone])).toEqual(expected);
  });

  it.each([
    ['.xls', (rows: XlsCell[][]) => Promise.resolve(xlsList([{ name: 'Danh sách', rows: listRows(rows) }]))],
    ['.xlsx', (rows: XlsCell[][]) => xlsxList(rows)],
  ])('%s: a length no rule explains is refused naming line and column, and nothing is written', async (_format, make) => {
    const file = await make([dossierRow(1), dossierRow(2, { id: 4619 }), dossierRow(3, { phone: 12345 })]);
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`Dòng ${FIRST_LINE + 1}, cột "Số CCCD" \\(giá trị "4619"\\): Số định danh .* được lưu dạng số trong Excel nên đã mất số 0 ở đầu`));
    expect(result.stderr).toMatch(new RegExp(`Dòng ${FIRST_LINE + 2}, cột "Số điện thoại" \\(giá trị "12345"\\): Số điện thoại .* được lưu dạng số trong Excel`));
    expect(result.stderr).toContain('định dạng cột này là Văn bản (Text)');
    expect(people(db)).toEqual([]);
  });

  it('the same odd number typed as text is kept as typed with a warning (only a number cell lost its zeros)', async () => {
    const file = xlsList([{ name: 'Danh sách', rows: listRows([dossierRow(1, { id: '4619' })]) }]);
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, file);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`số không đúng dạng CCCD (12 chữ số) hay CMND (9 chữ số) ở dòng ${FIRST_LINE}; vẫn được nhập như trong tệp`);
    expect(people(db).map((p) => p.id_number)).toEqual(['4619']);
  });
});

describe('text typed in the old fonts in a province list', () => {
  it.each([
    ['.xls', 'Nguyeãn Vaên Anh', 'VNI', (rows: XlsCell[][]) => Promise.resolve(xlsList([{ name: 'Danh sách', rows: listRows(rows) }]))],
    ['.xlsx', 'TrÇn ThÞ B×nh', 'TCVN3', (rows: XlsCell[][]) => xlsxList(rows)],
    [
      'UTF-8 CSV',
      'Nguyeãn Vaên Anh',
      'VNI',
      (rows: XlsCell[][]) => Promise.resolve(writeFile('tinh.csv', new TextEncoder().encode(`${listRows(rows).map((r) => r.join(';')).join('\n')}\n`))),
    ],
  ])('%s: "%s" is refused as %s naming line and column, nothing written', async (_format, name, font, make) => {
    const file = await make([dossierRow(1), dossierRow(2, { name })]);
    const db = await initLedger(tempFolder());
    const result = await cli('import', '--db', db, file);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Dòng ${FIRST_LINE + 1}, cột "Chủ hồ sơ" (giá trị "${name}"): Chữ có vẻ được gõ bằng phông ${font}`);
    expect(people(db)).toEqual([]);
  });
});
