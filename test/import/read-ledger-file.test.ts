import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectLedgerFormat, readLedgerTable } from '../../electron/import/read-ledger-file';
import { LedgerFileError } from '../../electron/import/table';
import { utf8 } from './helpers';

async function xlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ');
  sheet.getRow(1).values = ['ma_ho_so'];
  sheet.getRow(2).values = ['A-1'];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('readLedgerTable', () => {
  it('reads CSV by extension or by content', async () => {
    for (const name of ['so.csv', 'SO.CSV', 'so.txt', 'so']) {
      const table = await readLedgerTable(utf8('ma_ho_so;kenh\nA-1;truc_tiep\n'), name);
      expect(table.format, name).toBe('csv');
      expect(table.records).toEqual([{ line: 2, cells: ['A-1', 'truc_tiep'] }]);
    }
  });

  it('reads .xlsx by its ZIP signature, even when misnamed .csv', async () => {
    const bytes = await xlsx();
    for (const name of ['so.xlsx', 'so.csv', 'C:\\Users\\mc\\Desktop\\so']) {
      const table = await readLedgerTable(bytes, name);
      expect(table.format, name).toBe('xlsx');
      expect(table.records).toEqual([{ line: 2, cells: ['A-1'] }]);
    }
  });

  it('refuses what is neither, in Vietnamese', async () => {
    const refuse = (bytes: Uint8Array, name: string, message: RegExp) => {
      expect(() => detectLedgerFormat(bytes, name), name).toThrow(LedgerFileError);
      expect(() => detectLedgerFormat(bytes, name), name).toThrow(message);
    };
    refuse(new Uint8Array(), 'so.csv', /trống/);
    refuse(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'so.xls', /Excel 97–2003 \(\.xls\)/);
    refuse(utf8('ma_ho_so\nA-1'), 'so.xls', /\.xls/);
    refuse(utf8('ma_ho_so\nA-1'), 'so.xlsx', /không phải tệp Excel hợp lệ/);
    refuse(await xlsx(), 'bao-cao.docx', /Chỉ nhập được tệp CSV \(UTF-8\) hoặc Excel \.xlsx/);
    refuse(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0xff]), 'so.pdf', /Không nhận ra định dạng/);
    refuse(new Uint8Array([0xff, 0xfe, 0x4d, 0x00]), 'so.csv', /UTF-16/);
    await expect(readLedgerTable(new Uint8Array([0x4d, 0xe3, 0x3b]), 'so.csv')).rejects.toThrow(/UTF-8/);
  });
});
