import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsvTable } from '../../electron/import/csv-reader';
import { readLedgerTable } from '../../electron/import/read-ledger-file';
import { validateLedgerRows } from '../../electron/import/row-validator';
import { LedgerFileError } from '../../electron/import/table';
import { cellText, formatExcelDate, readXlsxTable } from '../../electron/import/xlsx-reader';
import { fakeContext } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'so-mot-cua-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a workbook to the temp dir and reads the file back as bytes. */
async function xlsxBytes(name: string, fill: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return new Uint8Array(readFileSync(path));
}

/** A wall-clock Vietnam time as exceljs expects it: a Date whose UTC fields are that time. */
const wall = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

describe('cellText', () => {
  it('turns each kind of cell value into the text a CSV would hold', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('Trực tiếp')).toBe('Trực tiếp');
    expect(cellText(50000)).toBe('50000');
    expect(cellText(1.004873)).toBe('1.004873');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(wall(2024, 3, 4, 9, 15))).toBe('2024-03-04 09:15');
    expect(cellText(wall(2024, 3, 4))).toBe('2024-03-04');
    expect(cellText({ richText: [{ text: 'Nguyễn ' }, { text: 'Văn An', font: { bold: true } }] })).toBe('Nguyễn Văn An');
    expect(cellText({ formula: 'A1+3', result: wall(2024, 3, 7) })).toBe('2024-03-07');
    expect(cellText({ sharedFormula: 'B2', result: 'truc_tiep' })).toBe('truc_tiep');
    expect(cellText({ formula: 'X', result: { error: '#N/A' } })).toBe('#N/A');
    expect(cellText({ text: 'Thôn 3', hyperlink: 'https://example.vn' })).toBe('Thôn 3');
  });

  it('rounds Excel fractions of a day to the minute', () => {
    expect(formatExcelDate(new Date(Date.UTC(2024, 2, 4, 10, 29, 59, 999)))).toBe('2024-03-04 10:30');
    expect(formatExcelDate(new Date(Date.UTC(2024, 2, 4, 23, 59, 59, 990)))).toBe('2024-03-05');
  });
});

describe('readXlsxTable', () => {
  it('reads the first worksheet with row numbers, skipping empty rows', async () => {
    const bytes = await xlsxBytes('rows.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sổ');
      sheet.getRow(2).values = ['Mã hồ sơ', 'Ngày tiếp nhận', 'Phí, lệ phí'];
      sheet.getRow(3).values = ['A-1', wall(2024, 3, 4, 14, 30), 50000];
      sheet.getRow(5).values = ['A-2', '05/03/2024', { formula: '20000+30000', result: 50000 }];
      workbook.addWorksheet('Khác').getRow(1).values = ['không đọc'];
    });
    expect(await readXlsxTable(bytes)).toEqual({
      format: 'xlsx',
      header: ['Mã hồ sơ', 'Ngày tiếp nhận', 'Phí, lệ phí'],
      headerLine: 2,
      records: [
        // the fee cells are numbers in the sheet (a number cell of an identity or phone column lost its zeros)
        { line: 3, cells: ['A-1', '2024-03-04 14:30', '50000'], numeric: [2] },
        { line: 5, cells: ['A-2', '05/03/2024', '50000'], numeric: [2] },
      ],
      sheets: ['Sổ', 'Khác'],
      sheet: 'Sổ',
    });
  });

  it('refuses an empty worksheet and a broken file', async () => {
    const empty = await xlsxBytes('empty.xlsx', (workbook) => void workbook.addWorksheet('Trống'));
    await expect(readXlsxTable(empty)).rejects.toThrow(/Trang tính đầu tiên "Trống" trống/);
    await expect(readXlsxTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(LedgerFileError);
  });
});

describe('xlsx round trip', () => {
  it('gives the same dossiers as the CSV with the same rows', async () => {
    const csvTable = readCsvTable(readFileSync(new URL('./fixtures/full-ledger.csv', import.meta.url)));
    const bytes = await xlsxBytes('full-ledger.xlsx', (workbook) => {
      const sheet = workbook.addWorksheet('Sổ theo dõi');
      sheet.getRow(1).values = csvTable.header;
      // The same rows as fixtures/full-ledger.csv, typed the way Excel would hold them.
      sheet.getRow(2).values = [
        'H-0001', 1.004873, null, null, 'Trực tiếp', wall(2024, 3, 4, 9, 15), null, wall(2024, 3, 6), wall(2024, 3, 11),
        wall(2024, 3, 14), { formula: 'J2+1', result: wall(2024, 3, 15) }, null, null, null, null, 'x', 'X', 'x', null, null,
        'Rất hài lòng', { richText: [{ text: 'Nguyễn ' }, { text: 'Văn An', font: { bold: true } }] }, '001090012345',
        '0912345678', 'Thôn 3; xã Hương Hữu',
      ];
      sheet.getRow(3).values = [
        'H-0002', null, 'Đăng ký khai sinh', null, 'truc_tuyen_toan_trinh', wall(2024, 3, 9), null, null, null,
        wall(2024, 3, 11), null, null, null, null, null, 1, 1, 0, true, 0, 'hai_long', 'Trần Thị Bình',
      ];
      sheet.getRow(4).values = [
        'H-0003', 2.00081, null, 'Bảo trợ xã hội (xã)', 'Bưu chính', wall(2024, 3, 1, 14, 0), wall(2024, 3, 12),
        '2024-03-04;2024-03-08', wall(2024, 3, 6), wall(2024, 3, 20), null, 'Rút', wall(2024, 3, 25), wall(2024, 3, 11),
        'Chờ xác minh nơi cư trú', 'không', 'không', 'không', 'có', '50.000', null, 'Phạm Văn Cường', null, null, null,
        'Ghi chú\nhai dòng',
      ];
      sheet.getRow(7).values = [
        'H-0004', 1.012781, null, null, 'truc_tuyen_mot_phan', '14/03/2024 16:30', null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, 'Lê Văn "Tư"', null, null, null, 'Chưa có kết quả',
      ];
      sheet.getRow(8).values = [
        'H-0005', '1.001193', null, null, 'Trực tiếp', wall(2024, 3, 14, 15, 30), null, null, null, null, wall(2024, 3, 15),
      ];
    });

    const xlsxTable = await readLedgerTable(bytes, 'so-theo-doi.xlsx');
    expect(xlsxTable.format).toBe('xlsx');
    const ctx = fakeContext({ ruleFor: (p) => ({ ...p.rule, extraWorkingDays: 1 }) });
    const fromCsv = validateLedgerRows(csvTable, ctx);
    const fromXlsx = validateLedgerRows(xlsxTable, ctx);
    expect(fromCsv.problems).toEqual([]);
    expect(fromXlsx.problems).toEqual([]);
    expect(fromXlsx.warnings).toEqual([]);
    expect(fromXlsx.dossiers).toHaveLength(5);
    expect(fromXlsx.dossiers).toEqual(fromCsv.dossiers);
  });
});
