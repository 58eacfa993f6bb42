import { describe, expect, it } from 'vitest';
import { labourCodeHolidays } from '../../../shared/calendar';
import { isoFromDay } from '../../../shared/time/day';

const summary = (year: number, replaced?: Parameters<typeof labourCodeHolidays>[1]) =>
  labourCodeHolidays(year, replaced).map((h) => [isoFromDay(h.day), h.source, h.reason]);

describe('Labour Code 2019 holidays (Điều 112) with compensatory days (Điều 111.3)', () => {
  it('places the holidays of 2027 and compensates those on a weekend', () => {
    expect(summary(2027)).toEqual([
      ['2027-01-01', 'labour_code', 'Tết Dương lịch'],
      // Tết 06/02/2027 is a Saturday: last day of the old year + first 4 days of the new one.
      ['2027-02-05', 'labour_code', 'Tết Nguyên đán'],
      ['2027-02-06', 'labour_code', 'Tết Nguyên đán'],
      ['2027-02-07', 'labour_code', 'Tết Nguyên đán'],
      ['2027-02-08', 'labour_code', 'Tết Nguyên đán'],
      ['2027-02-09', 'labour_code', 'Tết Nguyên đán'],
      ['2027-02-10', 'compensatory', 'Nghỉ bù Tết Nguyên đán (trùng thứ Bảy 06/02/2027)'],
      ['2027-02-11', 'compensatory', 'Nghỉ bù Tết Nguyên đán (trùng Chủ nhật 07/02/2027)'],
      ['2027-04-16', 'labour_code', 'Giỗ Tổ Hùng Vương'],
      ['2027-04-30', 'labour_code', 'Ngày Chiến thắng 30/4'],
      ['2027-05-01', 'labour_code', 'Ngày Quốc tế Lao động 1/5'],
      ['2027-05-03', 'compensatory', 'Nghỉ bù Ngày Quốc tế Lao động 1/5 (trùng thứ Bảy 01/05/2027)'],
      ['2027-09-02', 'labour_code', 'Quốc khánh 2/9'],
      ['2027-09-03', 'labour_code', 'Quốc khánh 2/9'],
    ]);
  });

  it('moves a compensatory day past weekends and other holidays (2028)', () => {
    const days = new Map(summary(2028).map(([iso, source, reason]) => [iso, [source, reason]]));
    expect(days.get('2028-01-03')).toEqual(['compensatory', 'Nghỉ bù Tết Dương lịch (trùng thứ Bảy 01/01/2028)']);
    // 30/4 is a Sunday; Monday 1/5 is itself a holiday, so the day off is Tuesday 2/5.
    expect(days.get('2028-05-02')).toEqual(['compensatory', 'Nghỉ bù Ngày Chiến thắng 30/4 (trùng Chủ nhật 30/04/2028)']);
    // 2/9 Saturday and 3/9 Sunday: Monday 4/9 and Tuesday 5/9.
    expect(days.get('2028-09-04')?.[0]).toBe('compensatory');
    expect(days.get('2028-09-05')?.[0]).toBe('compensatory');
    expect(days.has('2028-09-06')).toBe(false);
  });

  it('compensates Giỗ Tổ and 30/4 in date order when both fall on a weekend (2023)', () => {
    const days = new Map(summary(2023).map(([iso, source, reason]) => [iso, [source, reason]]));
    expect(days.get('2023-05-02')).toEqual(['compensatory', 'Nghỉ bù Giỗ Tổ Hùng Vương (trùng thứ Bảy 29/04/2023)']);
    expect(days.get('2023-05-03')).toEqual(['compensatory', 'Nghỉ bù Ngày Chiến thắng 30/4 (trùng Chủ nhật 30/04/2023)']);
    expect(days.get('2023-01-02')?.[0]).toBe('compensatory');
  });

  it('leaves out a holiday whose placement the official schedule replaces', () => {
    const days = summary(2024, { replaced: new Set(['lunar_new_year', 'national_day']) }).map(([iso]) => iso);
    expect(days).toEqual(['2024-01-01', '2024-04-18', '2024-04-30', '2024-05-01']);
  });

  it('gives 11 statutory days every year, plus compensation', () => {
    for (let year = 2000; year <= 2100; year += 1) {
      const all = labourCodeHolidays(year);
      expect(all.filter((h) => h.source === 'labour_code').length).toBeLessThanOrEqual(11);
      expect(all.filter((h) => h.source === 'labour_code').length).toBeGreaterThanOrEqual(10); // two may share a day
      for (const h of all) if (h.source === 'compensatory') expect([0, 6]).not.toContain(((h.day + 4) % 7 + 7) % 7);
      expect(new Set(all.map((h) => h.day)).size).toBe(all.length);
    }
  });
});
