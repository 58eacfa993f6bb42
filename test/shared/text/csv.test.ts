import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../../shared/text/csv';

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const text = '\uFEFFcode,name,note\r\n1.1,"Đăng ký khai sinh, lưu động","Ghi ""chú""\nhai dòng"\r\n\r\n,Tên,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['code', 'name', 'note'] },
      { line: 2, cells: ['1.1', 'Đăng ký khai sinh, lưu động', 'Ghi "chú"\nhai dòng'] },
      { line: 5, cells: ['', 'Tên', ''] },
    ]);
  });

  it('supports the semicolon separator and a last line without a line break', () => {
    expect(parseCsv('a;b\n1;"2;3"', ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2;3'] },
    ]);
    expect(parseCsv('a;b')).toEqual([{ line: 1, cells: ['a;b'] }]);
  });

  it('reports a quote left open', () => {
    expect(() => parseCsv('a,b\n1,"open\n2,3\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n1,"open\n')).toThrow(/dòng 2/);
  });
});
