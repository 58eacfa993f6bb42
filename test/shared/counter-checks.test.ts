// The desk's checks of what is typed: dates dd/mm/yyyy and 24-hour times, CCCD/CMND and Vietnamese phone
// numbers, and the reception time of the intake form (shared/time/vi-date-text.ts,
// shared/dossier/citizen-numbers.ts, shared/dossier/intake-checks.ts, shared/dossier/edit-checks.ts).
import { describe, expect, it } from 'vitest';
import { checkIdNumber, checkPhone } from '../../shared/dossier/citizen-numbers';
import { EDIT_REASON_MISSING, editProblems } from '../../shared/dossier/edit-checks';
import { checkReception, intakeProblems } from '../../shared/dossier/intake-checks';
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
  type More = Partial<{ idNumber: string; phone: string; confirmed: Record<string, boolean>; fee: string; documents: { name: string; quantity: string }[]; applicantName: string; procedureChosen: boolean }>;
  const form = (receivedAt: string, more: More = {}) =>
    intakeProblems(
      {
        procedureChosen: more.procedureChosen ?? true,
        receivedAt,
        applicantName: more.applicantName ?? 'Nguyễn Văn A',
        idNumber: more.idNumber ?? '',
        phone: more.phone ?? '',
        documents: more.documents ?? [{ name: 'Tờ khai', quantity: '1' }],
        fee: more.fee ?? '0',
        confirmed: more.confirmed ?? {},
      },
      NOW,
    );
  it('refuses a reception before 2000 or after 2099, asks before one later than the clock or far in the past', () => {
    expect(form('03/12/1926 09:00')).toEqual([{ field: 'receivedAt', confirmable: false, message: expect.stringContaining('quá xa trong quá khứ') }]);
    expect(form('03/12/2126 09:00')).toEqual([{ field: 'receivedAt', confirmable: false, message: expect.stringContaining('quá xa trong tương lai') }]);
    const later = form('04/03/2026 09:30');
    expect(later).toEqual([{ field: 'receivedAt', confirmable: true, confirmLabel: expect.stringContaining('đồng hồ của máy đang chậm'), message: expect.any(String) }]);
    expect(later[0]?.message).toBe(
      'Thời điểm tiếp nhận 04/03/2026 09:30 muộn hơn đồng hồ của máy tính (04/03/2026 09:00). Hãy kiểm tra lại ngày giờ đã gõ; ' +
        'nếu đúng là đồng hồ của máy đang chậm, hãy đánh dấu xác nhận (và chỉnh lại ngày giờ của máy).',
    );
    expect(form('04/03/2027 09:00', { confirmed: { receivedAt: true } })).toEqual([]);
    expect(form('05/01/2026 08:30')).toEqual([{ field: 'receivedAt', confirmable: true, confirmLabel: expect.any(String), message: expect.stringContaining('cách hôm nay 58 ngày') }]);
    expect(form('05/01/2026 08:30', { confirmed: { receivedAt: true } })).toEqual([]);
    expect(form('02/03/2026 08:30')).toEqual([]);
    expect(form('04/03/2026 09:00')).toEqual([]);
  });
  it('moving a dossier\'s reception within its own day asks nothing about an old day', () => {
    const recorded = { day: dayFromIso('2026-01-05'), minute: 8 * 60 };
    expect(checkReception('05/01/2026 10:00', NOW, recorded).problem).toBeNull();
    expect(checkReception('06/01/2026 10:00', NOW, recorded).problem).toMatchObject({ confirmable: true });
    expect(checkReception('05/03/2026 10:00', NOW, recorded).problem).toMatchObject({ confirmable: true, message: expect.stringContaining('muộn hơn đồng hồ') });
  });
  it('needs a procedure and a name, and whole numbers for the quantities and the fee, naming what they take', () => {
    const problems = form('02/03/2026 08:30', {
      procedureChosen: false,
      applicantName: '  ',
      documents: [{ name: 'Tờ khai', quantity: 'hai' }, { name: '', quantity: 'x' }, { name: 'Bản sao', quantity: '100' }],
      fee: '50,5',
    });
    expect(problems.map((p) => p.field)).toEqual(['procedure', 'applicantName', 'doc-quantity-0', 'doc-quantity-2', 'fee']);
    expect(problems.every((p) => !p.confirmable)).toBe(true);
    expect(problems[0]?.message).toContain('Hãy chọn thủ tục');
    expect(problems[1]?.message).toBe('Hãy nhập họ và tên người nộp hồ sơ.');
    expect(problems[2]?.message).toBe('Số lượng giấy tờ là một số nguyên từ 1 đến 99, không phải "hai".');
    expect(problems[3]?.message).toBe('Số lượng giấy tờ là một số nguyên từ 1 đến 99, không phải 100.');
    expect(problems[4]?.message).toBe('Phí, lệ phí ghi số tiền bằng đồng, chỉ gồm chữ số, ví dụ 50.000 — không phải "50,5".');
    expect(form('02/03/2026 08:30', { fee: '' })[0]?.message).toBe('Hãy nhập phí, lệ phí: số tiền bằng đồng, ví dụ 50.000 (không thu thì ghi 0).');
    expect(form('02/03/2026 08:30', { fee: '2.000.000.000' })[0]?.message).toBe('Phí, lệ phí từ 0 đến 1.000.000.000 đồng, không phải 2.000.000.000.');
    expect(form('02/03/2026 08:30', { fee: '1.500.000' })).toEqual([]);
    expect(form('02/03/2026 08:30', { fee: '50 000' })).toEqual([]);
    expect(form('02/03/2026 08:30', { fee: '5.00' }).map((p) => p.field)).toEqual(['fee']);
  });
  it('lists every field in form order, an unusual number kept only when confirmed', () => {
    expect(form('31/02/2026 09:00', { idNumber: '12345', phone: 'abc' }).map((p) => p.field)).toEqual(['receivedAt', 'idNumber', 'phone']);
    expect(form('02/03/2026 08:30', { idNumber: '12345', confirmed: { idNumber: true } })).toEqual([]);
  });
});

describe('the edit dialog before it is sent', () => {
  const recordedReception = { day: dayFromIso('2026-01-05'), minute: 8 * 60 };
  it('checks only what changed, with the intake\'s rules, and needs a reason', () => {
    expect(editProblems({ changes: {}, reason: 'Ghi nhầm', recordedReception, confirmedReception: false }, NOW)).toEqual([]);
    const problems = editProblems({ changes: { applicantName: '', receivedAt: '05/03/2026 08:00', fee: 'abc' }, reason: ' ', recordedReception, confirmedReception: false }, NOW);
    expect(problems.map((p) => [p.field, p.confirmable])).toEqual([
      ['applicantName', false],
      ['receivedAt', true],
      ['fee', false],
      ['reason', false],
    ]);
    expect(problems[3]?.message).toBe(EDIT_REASON_MISSING);
    expect(editProblems({ changes: { receivedAt: '05/03/2026 08:00' }, reason: 'x', recordedReception, confirmedReception: true }, NOW)).toEqual([]);
    expect(editProblems({ changes: { receivedAt: '05/01/2026 16:00' }, reason: 'Ghi nhầm giờ', recordedReception, confirmedReception: false }, NOW)).toEqual([]);
  });
});
