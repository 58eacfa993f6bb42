import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar, listDaysOff } from '../../../shared/calendar';
import { dayFromIso, dayFromYmd, isWeekend, isoFromDay } from '../../../shared/time/day';

const d = dayFromIso;

describe('buildWorkingCalendar', () => {
  const cal = buildWorkingCalendar();

  it('makes Monday–Friday working and Saturday–Sunday off by default', () => {
    expect(cal.describe(d('2024-03-04'))).toEqual({ day: d('2024-03-04'), working: true, source: 'weekday', reason: 'Ngày làm việc', basis: null });
    expect(cal.describe(d('2024-03-09'))).toEqual({ day: d('2024-03-09'), working: false, source: 'weekend', reason: 'Thứ Bảy', basis: null });
    expect(cal.describe(d('2024-03-10'))).toEqual({ day: d('2024-03-10'), working: false, source: 'weekend', reason: 'Chủ nhật', basis: null });
  });

  it('says where every day off comes from, and isWorkingDay agrees with describe', () => {
    for (let day = dayFromYmd(2020, 1, 1); day <= dayFromYmd(2030, 12, 31); day += 1) {
      const s = cal.describe(day);
      expect(s.day).toBe(day);
      expect(cal.isWorkingDay(day)).toBe(s.working);
      expect(s.reason.length).toBeGreaterThan(0);
      if (!s.working) expect(s.source).not.toBe('weekday');
      if (s.source === 'weekend') expect(isWeekend(day)).toBe(true);
    }
  });

  it('lets an office edit open a Saturday and close a weekday, over every other layer', () => {
    const edited = buildWorkingCalendar({
      officeEdits: [
        { date: '2024-03-16', kind: 'work', reason: 'Làm bù theo quyết định của UBND xã' },
        { date: '2024-03-20', kind: 'off', reason: 'Nghỉ do bão' },
        { date: '2024-02-14', kind: 'work', reason: 'Trực Tết' }, // over the official Tết range
        { date: '2024-05-04', kind: 'off', reason: 'Hủy làm bù' }, // over an official make-up Saturday
        { date: '2027-04-16', kind: 'work', reason: 'Làm việc ngày Giỗ Tổ' }, // over the Labour Code
      ],
    });
    expect(edited.describe(d('2024-03-16'))).toMatchObject({ working: true, source: 'office_edit', reason: 'Làm bù theo quyết định của UBND xã' });
    expect(edited.describe(d('2024-03-20'))).toMatchObject({ working: false, source: 'office_edit', reason: 'Nghỉ do bão' });
    expect(edited.isWorkingDay(d('2024-02-14'))).toBe(true);
    expect(edited.isWorkingDay(d('2024-05-04'))).toBe(false);
    expect(edited.describe(d('2027-04-16'))).toMatchObject({ working: true, source: 'office_edit' });
    // The shipped calendar is untouched.
    expect(cal.isWorkingDay(d('2024-03-16'))).toBe(false);
    expect(cal.isWorkingDay(d('2024-03-20'))).toBe(true);
  });

  it('applies the later of two edits of the same day', () => {
    const edited = buildWorkingCalendar({
      officeEdits: [
        { date: '2024-03-20', kind: 'off', reason: 'Nghỉ do bão' },
        { date: '2024-03-20', kind: 'work', reason: 'Hủy nghỉ' },
      ],
    });
    expect(edited.describe(d('2024-03-20'))).toMatchObject({ working: true, reason: 'Hủy nghỉ' });
  });

  it('falls back to the Labour Code when no official schedule is given', () => {
    const lawOnly = buildWorkingCalendar({ officialSchedule: [] });
    // Tết 2024 (Sat 10/02): 09/02–13/02 with compensatory days 14/02 and 15/02.
    const off = listDaysOff(lawOnly, d('2024-02-05'), d('2024-02-18')).map((s) => [isoFromDay(s.day), s.source]);
    expect(off).toEqual([
      ['2024-02-09', 'labour_code'],
      ['2024-02-10', 'labour_code'],
      ['2024-02-11', 'labour_code'],
      ['2024-02-12', 'labour_code'],
      ['2024-02-13', 'labour_code'],
      ['2024-02-14', 'compensatory'],
      ['2024-02-15', 'compensatory'],
      ['2024-02-17', 'weekend'],
      ['2024-02-18', 'weekend'],
    ]);
    expect(lawOnly.isWorkingDay(d('2024-05-04'))).toBe(false);
  });

  it('replaces the Labour-Code Tết when an official schedule gives it, tagged or by its reason', () => {
    const schedule = [
      { date: '2028-01-24', kind: 'off' as const, reason: 'Tết Nguyên đán' },
      { date: '2028-01-25', kind: 'off' as const, reason: 'Tết Nguyên đán' },
      { date: '2028-09-01', kind: 'off' as const, reason: 'Ngày nghỉ Quốc khánh', holiday: 'national_day' as const },
    ];
    const custom = buildWorkingCalendar({ officialSchedule: schedule });
    const tet2028 = listDaysOff(custom, dayFromYmd(2028, 1, 1), dayFromYmd(2028, 3, 31)).filter((s) => s.source !== 'weekend');
    expect(tet2028.map((s) => [isoFromDay(s.day), s.source])).toEqual([
      ['2028-01-01', 'labour_code'],
      ['2028-01-03', 'compensatory'],
      ['2028-01-24', 'official_schedule'],
      ['2028-01-25', 'official_schedule'],
    ]);
    expect(custom.isWorkingDay(d('2028-09-01'))).toBe(false);
    expect(custom.isWorkingDay(d('2028-09-04'))).toBe(true); // no Labour-Code compensation for 2/9 any more
    expect(buildWorkingCalendar({ officialSchedule: [] }).isWorkingDay(d('2028-09-04'))).toBe(false);
  });

  it('works far outside the usual years', () => {
    expect(cal.describe(d('1900-01-01'))).toMatchObject({ working: false, source: 'labour_code' });
    expect(cal.isWorkingDay(d('1900-01-02'))).toBe(true);
    expect(cal.describe(d('2300-01-01')).reason).toBe('Tết Dương lịch');
    expect(cal.isWorkingDay(d('2300-01-02'))).toBe(true);
  });

  it('rejects an invalid entry date and a non-integer day', () => {
    expect(() => buildWorkingCalendar({ officeEdits: [{ date: '2024-02-30', kind: 'off', reason: 'x' }] })).toThrow(RangeError);
    expect(() => cal.describe(1.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay(Number.NaN)).toThrow(RangeError);
  });
});
