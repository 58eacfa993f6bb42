import { describe, expect, it } from 'vitest';
import { decodeUtf8, detectSeparator, parseCsvTable, readCsvTable } from '../../electron/import/csv-reader';
import { findColumn } from '../../electron/import/columns';
import { LedgerFileError } from '../../electron/import/table';
import { utf8 } from './helpers';

const known = (cell: string) => findColumn(cell) !== null;

describe('detectSeparator', () => {
  it('reads , and ; from the header line', () => {
    expect(detectSeparator('ma_ho_so,kenh,ngay_nhan\n1;2;3;4;5')).toBe(',');
    expect(detectSeparator('ma_ho_so;kenh;ngay_nhan\n1,2,3,4,5')).toBe(';');
  });

  it('ignores separators inside quotes', () => {
    expect(detectSeparator('"a;b;c";"d;e",f,g\n')).toBe(',');
    expect(detectSeparator('"a,b,c,d";e;f\n')).toBe(';');
  });

  it('skips blank lines before the header', () => {
    expect(detectSeparator('\n\r\n  \nma_ho_so;kenh\n')).toBe(';');
  });

  it('prefers the separator that yields known column names', () => {
    // One comma and one semicolon: counting alone cannot tell.
    expect(detectSeparator('Mã hồ sơ;Phí, lệ phí', known)).toBe(';');
    expect(detectSeparator('Mã hồ sơ,"Phí; lệ phí"', known)).toBe(',');
  });
});

describe('parseCsvTable', () => {
  it('reads a ; file with Vietnamese labels', () => {
    const table = parseCsvTable('Mã hồ sơ;Hình thức nộp\nA-1;Trực tiếp\nA-2;Bưu chính\n', known);
    expect(table).toEqual({
      format: 'csv',
      header: ['Mã hồ sơ', 'Hình thức nộp'],
      headerLine: 1,
      records: [
        { line: 2, cells: ['A-1', 'Trực tiếp'] },
        { line: 3, cells: ['A-2', 'Bưu chính'] },
      ],
    });
  });

  it('handles quoted separators, doubled quotes and line breaks inside quotes, keeping physical lines', () => {
    const text = [
      'ma_ho_so,dia_chi,ghi_chu',
      'A-1,"Thôn 3, xã Hương Hữu","Nói ""gấp"""',
      'A-2,"Dòng một',
      'dòng hai',
      'dòng ba",x',
      'A-3,,',
    ].join('\r\n');
    const table = parseCsvTable(text);
    expect(table.records).toEqual([
      { line: 2, cells: ['A-1', 'Thôn 3, xã Hương Hữu', 'Nói "gấp"'] },
      { line: 3, cells: ['A-2', 'Dòng một\ndòng hai\ndòng ba', 'x'] },
      { line: 6, cells: ['A-3', '', ''] },
    ]);
  });

  it('skips fully empty lines (and separator-only lines) but counts them', () => {
    const table = parseCsvTable('\nma_ho_so;kenh\n\n;\nA-1;truc_tiep\n   \nA-2;buu_chinh');
    expect(table.headerLine).toBe(2);
    expect(table.records.map((r) => r.line)).toEqual([5, 7]);
  });

  it('accepts CR, LF and CRLF line ends and a missing final newline', () => {
    const table = parseCsvTable('ma_ho_so\rA-1\r\nA-2\nA-3');
    expect(table.records.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'A-1'],
      [3, 'A-2'],
      [4, 'A-3'],
    ]);
  });

  it('follows an Excel "sep=" first line', () => {
    const table = parseCsvTable('sep=;\nma_ho_so;ghi_chu\nA-1;a,b');
    expect(table.header).toEqual(['ma_ho_so', 'ghi_chu']);
    expect(table.headerLine).toBe(2);
    expect(table.records).toEqual([{ line: 3, cells: ['A-1', 'a,b'] }]);
  });

  it('refuses an unclosed quote, naming its line', () => {
    expect(() => parseCsvTable('ma_ho_so,ghi_chu\nA-1,ok\nA-2,"không đóng\nA-3,x')).toThrow(
      /Dấu ngoặc kép mở ở dòng 3/,
    );
  });

  it('refuses an empty file', () => {
    expect(() => parseCsvTable('\n \n')).toThrow(LedgerFileError);
  });
});

describe('readCsvTable', () => {
  it('decodes UTF-8 with and without BOM to the same table', () => {
    const text = 'Mã hồ sơ;Ghi chú\nA-1;Đã trả\n';
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
    expect(readCsvTable(withBom)).toEqual(readCsvTable(utf8(text)));
    expect(readCsvTable(withBom).header).toEqual(['Mã hồ sơ', 'Ghi chú']);
  });

  it('drops a BOM in text too', () => {
    expect(parseCsvTable('\uFEFFma_ho_so\nA').header).toEqual(['ma_ho_so']);
  });

  it('refuses bytes that are not UTF-8 with a Vietnamese hint', () => {
    // "Mã" in Windows-1258: M, 0xE3.
    expect(() => decodeUtf8(new Uint8Array([0x4d, 0xe3, 0x3b, 0x41]))).toThrow(/không được mã hóa UTF-8/);
  });
});
