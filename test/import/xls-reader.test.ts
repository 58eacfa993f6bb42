// The BIFF8 reader against files written by the test writer: regular sectors and the mini stream, shared
// strings split over CONTINUE records (compressed and UTF-16 pieces), integers as RK, dates by format.
import { describe, expect, it } from 'vitest';
import { isDateFormat } from '../../electron/import/xls/biff8';
import { openXlsWorkbook, readXlsSheets } from '../../electron/import/xls/xls-reader';
import { LedgerFileError } from '../../electron/import/table';
import { excelSerial } from './foreign-exports';
import { xlsFile } from './xls-writer';

describe('readXlsSheets', () => {
  it('reads a small workbook from the mini stream: text, numbers, dates, two sheets', () => {
    const bytes = xlsFile([
      { name: 'Hồ sơ', rows: [['Số hồ sơ', 'Ngày nhận', 'Phí'], ['H57-0001', { date: excelSerial('2024-01-05 14:30') }, 50000.5], [null, { date: excelSerial('2024-01-06') }, 7]] },
      { name: 'Khác', rows: [['x']] },
    ]);
    const sheets = readXlsSheets(bytes, 'a.xls');
    expect(sheets.map((s) => s.name)).toEqual(['Hồ sơ', 'Khác']);
    // Numbers (not dates) are noted as stored as numbers: an identity number there lost its leading zero.
    expect(sheets[0]?.rows).toEqual([
      { line: 1, cells: ['Số hồ sơ', 'Ngày nhận', 'Phí'] },
      { line: 2, cells: ['H57-0001', '2024-01-05 14:30', '50000.5'], numeric: [2] },
      { line: 3, cells: ['', '2024-01-06', '7'], numeric: [2] },
    ]);
  });

  it('lists the sheets with their visibility, reads the first visible one by default or the one named, and marks hidden rows', () => {
    const bytes = xlsFile([
      { name: 'Tra cứu', hidden: 'hidden', rows: [['mã']] },
      { name: 'Tháng 3', rows: [['Số hồ sơ', 'CCCD'], ['A-1', 46190001234], ['A-2', '046190005678'], ['A-3', 378123456]], hiddenRows: [3, 9] },
      { name: 'VBA', hidden: 'very', rows: [['x']] },
    ]);
    const workbook = openXlsWorkbook(bytes, 'a.xls');
    expect(workbook.sheets).toEqual([
      { name: 'Tra cứu', hidden: true },
      { name: 'Tháng 3', hidden: false },
      { name: 'VBA', hidden: true },
    ]);
    const read = workbook.read();
    expect(read.name).toBe('Tháng 3');
    expect(read.rows).toEqual([
      { line: 1, cells: ['Số hồ sơ', 'CCCD'] },
      { line: 2, cells: ['A-1', '46190001234'], numeric: [1] },
      { line: 3, cells: ['A-2', '046190005678'], hidden: true },
      { line: 4, cells: ['A-3', '378123456'], numeric: [1] },
    ]);
    expect(workbook.read('tra cứu').rows).toEqual([{ line: 1, cells: ['mã'] }]);
    expect(() => workbook.read('Tháng 4')).toThrow('Tệp Excel không có trang tính "Tháng 4". Các trang tính trong tệp: "Tra cứu" (ẩn), "Tháng 3", "VBA" (ẩn).');
  });

  it('reads shared strings split over CONTINUE records, in regular sectors', () => {
    const rows = Array.from({ length: 600 }, (_, i) => [i % 2 === 0 ? `Nguyễn Thị Hường số ${i} — hồ sơ chứng thực bản sao` : `ascii name number ${i} padding padding`, i]);
    const bytes = xlsFile([{ name: 'Sheet1', rows }]);
    expect(bytes.length).toBeGreaterThan(20_000);
    const [sheet] = readXlsSheets(bytes, 'big.xls');
    expect(sheet?.rows).toHaveLength(600);
    sheet?.rows.forEach((row, i) => expect(row.cells).toEqual([rows[i]?.[0], String(i)]));
  });

  it('refuses a damaged file in Vietnamese', () => {
    const bytes = xlsFile([{ name: 'S', rows: [['a']] }]).slice(0, 700);
    expect(() => readXlsSheets(bytes, 'hong.xls')).toThrow(LedgerFileError);
    expect(() => readXlsSheets(bytes, 'hong.xls')).toThrow(/Không đọc được tệp Excel 97–2003 "hong.xls"/);
  });

  it('tells date formats from number formats', () => {
    expect(isDateFormat('dd/mm/yyyy hh:mm')).toBe(true);
    expect(isDateFormat('[$-42A]d mmmm yyyy')).toBe(true);
    expect(isDateFormat('#,##0" đồng"')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('0.00')).toBe(false);
  });
});
