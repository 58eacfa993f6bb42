// The desk's checks of what is typed: dates dd/mm/yyyy and 24-hour times, CCCD/CMND and Vietnamese phone
// numbers, and the reception time of the intake form (shared/time/vi-date-text.ts,
// shared/dossier/citizen-numbers.ts, shared/dossier/intake-checks.ts).
import { describe, expect, it } from 'vitest';
import { checkIdNumber, checkPhone } from '../../shared/dossier/citizen-numbers';
import { intakeProblems } from '../../shared/dossier/intake-checks';
import { dayFromIso, isoFromDay } from '../../shared/time/day';
import { parseViDate, parseViDateTime, parseViTime } from '../../shared/time/vi-date-text';

const NOW = { day: dayFromIso('2026-03-04'), minute: 9 * 60 };

describe('Vietnamese dates and times', () => {
  it('reads dd/mm/yyyy, never mm/dd', () => {
    const d = parseViDate('04/03/2026');
    expect(d.ok && isoFromDay(d.value)).toBe('2026-03-04');
    const short = parseViDate('4/3/2026');
    expect(short.ok && isoFromDay(short.value)).toBe('2026-03-04');
  });
  it('says why a date is not one, naming the format', () => {
    expect(parseViDate('31/02/2026')).toEqual({ ok: false, message: 'Không có ngày 31/02/2026: tháng 2 năm 2026 chỉ có 28 ngày.' });
    expect(parseViDate('29/02/2028').ok).toBe(true);
    expect(parseViDate('12/13/2026')).toMatchObject({ ok: false, message: expect.stringContaining('Không có tháng 13') });
    expect(parseViDate('2026-03-04')).toMatchObject({ ok: false, message: expect.stringContaining('ngày/tháng/năm') });
    expect(parseViDate('')).toMatchObject({ ok: false, message: expect.stringContaining('Hãy nhập ngày') });
  });
  it('reads 24-hour times and refuses AM/PM', () => {
    expect(parseViTime('9:05')).toEqual({ ok: true, value: 545 });
    expect(parseViTime('14h30')).toEqual({ ok: true, value: 870 });
    expect(parseViTime('7:30 PM')).toMatchObject({ ok: false, message: expect.stringContaining('24 giờ') });
    expect(parseViTime('24:00')).toMatchObject({ ok: false });
    expect(parseViDateTime('04/03/2026 09:00')).toEqual({ ok: true, value: NOW });
    expect(parseViDateTime('04/03/2026')).toMatchObject({ ok: false, message: expect.stringContaining('giờ:phút') });
  });
});

describe('citizen numbers', () => {
  it('takes a CCCD of 12 digits or a CMND of 9, spaces and dots ignored', () => {
    expect(checkIdNumber('046 190 000 123')).toEqual({ ok: true, normalised: '046190000123' });
    expect(checkIdNumber('190123678')).toEqual({ ok: true, normalised: '190123678' });
    expect(checkIdNumber('')).toEqual({ ok: true, normalised: '' });
    expect(checkIdNumber('12345')).toEqual({ ok: false, message: 'Số định danh có 5 chữ số: CCCD gồm 12 chữ số, CMND gồm 9 chữ số.' });
    expect(checkIdNumber('B1234567')).toMatchObject({ ok: false, message: expect.stringContaining('không phải chữ số') });
  });
  it('takes Vietnamese mobile and landline numbers, +84 for 0', () => {
    expect(checkPhone('0912 345 678')).toEqual({ ok: true, normalised: '0912345678' });
    expect(checkPhone('+84 912 345 678')).toEqual({ ok: true, normalised: '0912345678' });
    expect(checkPhone('0234.3822.123')).toEqual({ ok: true, normalised: '02343822123' });
    expect(checkPhone('abc')).toMatchObject({ ok: false });
    expect(checkPhone('0123 456 789')).toMatchObject({ ok: false }); // 01x: old 11-digit mobiles, converted in 2018
    expect(checkPhone('091234567')).toMatchObject({ ok: false });
  });
});

describe('the intake form before it is sent', () => {
  const form = (receivedAt: string, more: Partial<{ idNumber: string; phone: string; confirmed: Record<string, boolean> }> = {}) =>
    intakeProblems({ receivedAt, idNumber: more.idNumber ?? '', phone: more.phone ?? '', confirmed: more.confirmed ?? {} }, NOW);
  it('refuses a reception before 2000 or after now, and asks before one far in the past', () => {
    expect(form('03/12/1926 09:00')).toEqual([{ field: 'receivedAt', confirmable: false, message: expect.stringContaining('quá xa trong quá khứ') }]);
    expect(form('04/03/2026 09:30')).toEqual([{ field: 'receivedAt', confirmable: false, message: expect.stringContaining('sau thời điểm hiện tại') }]);
    expect(form('05/01/2026 08:30')).toEqual([{ field: 'receivedAt', confirmable: true, message: expect.stringContaining('cách hôm nay 58 ngày') }]);
    expect(form('05/01/2026 08:30', { confirmed: { receivedAt: true } })).toEqual([]);
    expect(form('02/03/2026 08:30')).toEqual([]);
  });
  it('lists every field in form order, an unusual number kept only when confirmed', () => {
    expect(form('31/02/2026 09:00', { idNumber: '12345', phone: 'abc' }).map((p) => p.field)).toEqual(['receivedAt', 'idNumber', 'phone']);
    expect(form('02/03/2026 08:30', { idNumber: '12345', confirmed: { idNumber: true } })).toEqual([]);
  });
});
