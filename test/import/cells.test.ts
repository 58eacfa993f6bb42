import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../electron/import/amount-cell';
import { parseChannel, parseEnding, parseFlag, parseRating } from '../../electron/import/choice-cell';
import { parseDayCell, parseDayListCell, parseReceptionCell } from '../../electron/import/date-cell';
import { day } from './helpers';

const value = <T>(result: { ok: true; value: T } | { ok: false; reason: string }) =>
  result.ok ? result.value : `ERR ${result.reason}`;

describe('date cells', () => {
  it('reads YYYY-MM-DD and DD/MM/YYYY, with an optional HH:MM', () => {
    expect(value(parseReceptionCell('2024-03-09 14:30'))).toEqual({ day: day('2024-03-09'), minute: 870 });
    expect(value(parseReceptionCell('09/03/2024 07:05'))).toEqual({ day: day('2024-03-09'), minute: 425 });
    expect(value(parseReceptionCell('9/3/2024 7:05'))).toEqual({ day: day('2024-03-09'), minute: 425 });
    expect(value(parseReceptionCell('2024-03-09T14:30'))).toEqual({ day: day('2024-03-09'), minute: 870 });
    expect(value(parseReceptionCell('15/12/2023 11:00:00'))).toEqual({ day: day('2023-12-15'), minute: 660 });
  });

  it('gives a reception date alone 08:00, and keeps only the day of the other dates', () => {
    expect(value(parseReceptionCell('2024-03-09'))).toEqual({ day: day('2024-03-09'), minute: 480 });
    expect(value(parseDayCell('09/03/2024 16:45'))).toBe(day('2024-03-09'));
  });

  it('refuses other forms and impossible dates or times', () => {
    const format = 'ERR Ngày không hợp lệ: phải theo dạng YYYY-MM-DD hoặc DD/MM/YYYY';
    for (const text of ['2024/03/09', '09-03-2024', '09/03/24', '45000', 'hôm qua', '2024-03-09 14h30']) {
      expect(value(parseDayCell(text)), text).toBe(format);
    }
    expect(value(parseDayCell('30/02/2024'))).toBe(`${format} (không có ngày này trong lịch)`);
    expect(value(parseReceptionCell('2024-03-09 24:00'))).toBe('ERR Giờ không hợp lệ: phải theo dạng HH:MM, từ 00:00 đến 23:59');
  });

  it('reads lists separated by ; or line breaks and names the bad item', () => {
    expect(value(parseDayListCell('2024-03-06; 11/03/2024;'))).toEqual([day('2024-03-06'), day('2024-03-11')]);
    expect(value(parseDayListCell('2024-03-06\n2024-03-11'))).toEqual([day('2024-03-06'), day('2024-03-11')]);
    expect(value(parseDayListCell('2024-03-06;06.03.2024'))).toBe(
      'ERR Ngày không hợp lệ: phải theo dạng YYYY-MM-DD hoặc DD/MM/YYYY (ngày thứ 2: "06.03.2024")',
    );
  });
});

describe('choice cells', () => {
  it('reads channel codes and labels, case and diacritics aside', () => {
    expect(value(parseChannel('truc_tiep'))).toBe('truc_tiep');
    expect(value(parseChannel('Trực tuyến một phần'))).toBe('truc_tuyen_mot_phan');
    expect(value(parseChannel('TRUC TUYEN TOAN TRINH'))).toBe('truc_tuyen_toan_trinh');
    expect(value(parseChannel('bưu chính'))).toBe('buu_chinh');
    expect(value(parseChannel('Trực tuyến'))).toBe(
      'ERR Hình thức nộp không hợp lệ: dùng truc_tiep, buu_chinh, truc_tuyen_mot_phan, truc_tuyen_toan_trinh hoặc Trực tiếp, Bưu chính, Trực tuyến một phần, Trực tuyến toàn trình',
    );
  });

  it('reads endings and ratings', () => {
    expect(['giai_quyet', 'Rút', 'rút hồ sơ', 'Dừng', 'Dừng giải quyết', 'TỪ CHỐI'].map((t) => value(parseEnding(t)))).toEqual([
      'giai_quyet',
      'rut',
      'rut',
      'dung',
      'dung',
      'tu_choi',
    ]);
    expect(value(parseEnding('xong'))).toBe(
      'ERR Kết thúc không hợp lệ: dùng giai_quyet, rut, dung, tu_choi hoặc Giải quyết, Rút, Dừng, Từ chối',
    );
    expect(['Rất hài lòng', 'hai_long', 'KHÔNG HÀI LÒNG'].map((t) => value(parseRating(t)))).toEqual([
      'rat_hai_long',
      'hai_long',
      'khong_hai_long',
    ]);
    expect(value(parseRating('tốt'))).toMatch(/^ERR Đánh giá không hợp lệ/);
  });

  it('reads flags 1/0, có/không, x/empty', () => {
    expect(['1', 'có', 'Có', 'CO', 'x', 'X', 'TRUE'].map((t) => value(parseFlag(t)))).toEqual(Array(7).fill(true));
    expect(['0', 'không', 'Khong', '', 'FALSE'].map((t) => value(parseFlag(t)))).toEqual(Array(5).fill(false));
    expect(value(parseFlag('2'))).toBe('ERR Giá trị không hợp lệ: dùng 1/0, có/không hoặc x/để trống');
  });
});

describe('amount cells', () => {
  it('reads plain and dotted amounts in đồng', () => {
    expect(['50000', '50.000', '1.250.000', '0', '50 000', '50.000 đ', '50.000đồng', '50000 VNĐ'].map((t) => value(parseAmount(t)))).toEqual([
      50000, 50000, 1250000, 0, 50000, 50000, 50000, 50000,
    ]);
  });

  it('refuses negative, decimal and malformed amounts', () => {
    for (const text of ['-5000', '50,5', '50.00', '5.0000', 'miễn phí', '1e5']) {
      expect(value(parseAmount(text)), text).toBe(
        'ERR Phí, lệ phí không hợp lệ: phải là số tiền nguyên không âm, ví dụ 50000 hoặc 50.000',
      );
    }
  });
});
