// The province's statistics table read from a CSV (merged cells come out blank): two header rows, the
// group headers carried over their spans, the total row named in the STT cell, a bad cell refused.
import { describe, expect, it } from 'vitest';
import { figureOfHeader, readProvinceStats } from '../../electron/import/province-stats';
import { parseCsvRecords } from '../../electron/import/csv-reader';

const rows = (text: string) => parseCsvRecords(text, ';').filter((r) => r.cells.some((c) => c.trim() !== ''));

describe('readProvinceStats', () => {
  it('reads a two-row header with groups over blank cells', () => {
    const table = readProvinceStats(
      rows(
        [
          'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC',
          'TT;Tên lĩnh vực;Số hồ sơ tiếp nhận;;;Đã giải quyết;;;Đang giải quyết;',
          ';;Tổng số;Trực tuyến;Từ kỳ trước chuyển qua;Tổng số;Trước hạn;Trễ hạn;Trong hạn;Quá hạn',
          '1;Hộ tịch;12;3;1;10;9;1;2;0',
          '2;Chứng thực;1.204;0;-;1.204;1.204;0;;',
          'Tổng cộng;;1.216;3;1;1.214;1.213;1;2;0',
        ].join('\n'),
      ),
    );
    expect(table?.headerLines).toEqual([2, 3]);
    expect(table?.columns.map((c) => c.key)).toEqual(['received', 'new_online', 'carried_over', 'resolved', 'early', 'late', 'pending_in_time', 'pending_overdue']);
    expect(table?.rows.map((r) => [r.label, r.isTotal, r.figures.received, r.figures.carried_over])).toEqual([
      ['Hộ tịch', false, 12, 1],
      ['Chứng thực', false, 1204, undefined],
      ['Tổng cộng', true, 1216, 1],
    ]);
    expect(table?.problems).toEqual([]);
  });

  it('refuses a cell that is not a count, with its line and column', () => {
    const table = readProvinceStats(rows(['STT;Lĩnh vực;Tiếp nhận;Đã giải quyết;Đang giải quyết', '1;Hộ tịch;12;abc;2'].join('\n')));
    expect(table?.problems).toEqual([{ line: 2, column: 'Đã giải quyết', value: 'abc', reason: 'Ô số liệu không phải số nguyên không âm' }]);
  });

  it('maps header paths to the figures of Biểu 06', () => {
    expect(figureOfHeader(['Tiếp nhận', 'Trong đó', 'Trực tiếp, bưu chính'])).toBe('new_direct_postal');
    expect(figureOfHeader(['Đang giải quyết', 'Quá hạn'])).toBe('pending_overdue');
    expect(figureOfHeader(['Đã giải quyết', 'Đúng hạn'])).toBe('on_time');
    expect(figureOfHeader(['Ghi chú'])).toBeNull();
  });
});
