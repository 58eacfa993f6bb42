import { describe, expect, it } from 'vitest';
import { OFFICIAL_NOTICES, OFFICIAL_SCHEDULE, buildWorkingCalendar, listDaysOff } from '../../../shared/calendar';
import { dayFromIso, dayFromYmd, isWeekend, isoFromDay } from '../../../shared/time/day';

const cal = buildWorkingCalendar();
const at = (iso: string) => cal.describe(dayFromIso(iso));

/** Every day off of a year: all weekends and the table's ranges, minus the make-up Saturdays. */
function expectedDaysOff(year: number, ranges: [string, string][], workSaturdays: string[] = []): string[] {
  const off = new Set<string>();
  for (let d = dayFromYmd(year, 1, 1); d < dayFromYmd(year + 1, 1, 1); d += 1) if (isWeekend(d)) off.add(isoFromDay(d));
  for (const [from, to] of ranges) {
    for (let d = dayFromIso(from); d <= dayFromIso(to); d += 1) if (isoFromDay(d).startsWith(String(year))) off.add(isoFromDay(d));
  }
  for (const w of workSaturdays) off.delete(w);
  return [...off].sort();
}

const actualDaysOff = (year: number) =>
  listDaysOff(cal, dayFromYmd(year, 1, 1), dayFromYmd(year, 12, 31)).map((s) => isoFromDay(s.day));

// calendar-vn.md, "Civil-service schedules", row by row.
describe('the civil-service schedules 2023–2027', () => {
  it('2023 matches the table', () => {
    expect(actualDaysOff(2023)).toEqual(
      expectedDaysOff(2023, [
        ['2022-12-31', '2023-01-02'],
        ['2023-01-20', '2023-01-26'],
        ['2023-04-29', '2023-05-03'],
        ['2023-09-01', '2023-09-04'],
      ]),
    );
    expect(at('2023-01-20')).toMatchObject({ working: false, source: 'official_schedule', reason: 'Tết Nguyên đán' });
    expect(at('2023-01-02')).toMatchObject({ working: false, source: 'compensatory' });
    // Giỗ Tổ on Saturday 29/04 → Tuesday 02/05 off.
    expect(at('2023-04-29')).toMatchObject({ working: false, source: 'labour_code', reason: 'Giỗ Tổ Hùng Vương' });
    expect(at('2023-05-02')).toMatchObject({ working: false, source: 'compensatory' });
    expect(at('2023-05-02').reason).toMatch(/^Nghỉ bù Giỗ Tổ Hùng Vương/);
    expect(at('2023-05-04').working).toBe(true);
  });

  it('2024 matches the table', () => {
    expect(actualDaysOff(2024)).toEqual(
      expectedDaysOff(
        2024,
        [
          ['2024-01-01', '2024-01-01'],
          ['2024-02-08', '2024-02-14'],
          ['2024-04-18', '2024-04-18'],
          ['2024-04-27', '2024-05-01'],
          ['2024-08-31', '2024-09-03'],
        ],
        ['2024-05-04'],
      ),
    );
    for (let d = dayFromIso('2024-02-08'); d <= dayFromIso('2024-02-14'); d += 1) {
      expect(cal.describe(d)).toMatchObject({ working: false, source: 'official_schedule', reason: 'Tết Nguyên đán' });
    }
    expect(at('2024-02-07').working).toBe(true);
    expect(at('2024-02-15').working).toBe(true); // the Labour-Code default would have made it a compensatory day
    expect(at('2024-04-29')).toMatchObject({ working: false, source: 'official_schedule' });
    expect(at('2024-05-04')).toMatchObject({ working: true, source: 'official_schedule', reason: 'Làm bù cho thứ Hai 29/04/2024' });
    expect(at('2024-04-18')).toMatchObject({ working: false, source: 'labour_code', reason: 'Giỗ Tổ Hùng Vương' });
  });

  it('2025 matches the table', () => {
    expect(actualDaysOff(2025)).toEqual(
      expectedDaysOff(
        2025,
        [
          ['2025-01-01', '2025-01-01'],
          ['2025-01-25', '2025-02-02'],
          ['2025-04-05', '2025-04-07'],
          ['2025-04-30', '2025-05-04'],
          ['2025-08-30', '2025-09-02'],
        ],
        ['2025-04-26'],
      ),
    );
    expect(at('2025-04-26')).toMatchObject({ working: true, source: 'official_schedule', reason: 'Làm bù cho thứ Sáu 02/05/2025' });
    expect(at('2025-05-02')).toMatchObject({ working: false, source: 'official_schedule' });
    expect(at('2025-04-07')).toMatchObject({ working: false, source: 'labour_code', reason: 'Giỗ Tổ Hùng Vương' });
    expect(at('2025-09-03').working).toBe(true); // the notice put the second day on 1/9, not the default 3/9
  });

  it('2026 matches the table (Quốc khánh swap with Saturday 22/08, Ngày Văn hóa 24/11)', () => {
    expect(actualDaysOff(2026)).toEqual(
      expectedDaysOff(
        2026,
        [
          ['2026-01-01', '2026-01-04'],
          ['2026-02-14', '2026-02-22'],
          ['2026-04-26', '2026-04-27'],
          ['2026-04-30', '2026-05-03'],
          ['2026-08-29', '2026-09-02'],
          ['2026-11-24', '2026-11-24'],
        ],
        ['2026-01-10', '2026-08-22'],
      ),
    );
    expect(at('2026-01-10')).toMatchObject({ working: true, source: 'official_schedule', reason: 'Làm bù cho thứ Sáu 02/01/2026' });
    expect(at('2026-01-02')).toMatchObject({ working: false, source: 'official_schedule' });
    expect(at('2026-04-27')).toMatchObject({ working: false, source: 'compensatory' });
    expect(at('2026-04-27').reason).toMatch(/^Nghỉ bù Giỗ Tổ Hùng Vương/);
    expect(at('2026-02-16').reason).toBe('Tết Nguyên đán');
    expect(at('2026-08-22')).toMatchObject({ working: true, source: 'official_schedule', reason: 'Làm bù cho thứ Hai 31/08/2026' });
    expect(at('2026-08-31')).toMatchObject({ working: false, reason: 'Nghỉ hoán đổi, làm bù thứ Bảy 22/08/2026' });
    expect(at('2026-08-31').basis).toContain('9441/TB-BNV');
    expect(at('2026-09-01')).toMatchObject({ working: false, source: 'official_schedule', reason: 'Quốc khánh 2/9' });
    expect(at('2026-09-03').working).toBe(true); // the Labour-Code default (3/9) is replaced by the notice
    expect(at('2026-11-24')).toMatchObject({ working: false, source: 'culture_day', reason: 'Ngày Văn hóa Việt Nam' });
    expect(at('2026-11-24').basis).toContain('Nghị quyết 28/2026/QH16');
  });

  it('2027 matches the table (công văn 10065/VPCP-KGVX; the rest computed; Ngày Văn hóa on Wednesday)', () => {
    expect(actualDaysOff(2027)).toEqual(
      expectedDaysOff(2027, [
        ['2027-01-01', '2027-01-03'],
        ['2027-02-04', '2027-02-10'],
        ['2027-04-16', '2027-04-16'],
        ['2027-04-30', '2027-05-03'],
        ['2027-09-02', '2027-09-05'],
        ['2027-11-24', '2027-11-24'],
      ]),
    );
    expect(at('2027-02-04')).toMatchObject({ working: false, source: 'official_schedule', reason: 'Tết Nguyên đán' });
    expect(at('2027-02-10').reason).toMatch(/^Tết Nguyên đán \(nghỉ bù/);
    expect(at('2027-02-04').basis).toContain('10065/VPCP-KGVX');
    expect(at('2027-05-03')).toMatchObject({ working: false, source: 'compensatory' });
    expect(at('2027-04-16')).toMatchObject({ working: false, source: 'labour_code', reason: 'Giỗ Tổ Hùng Vương' });
    expect(at('2027-04-16').basis).toBe('Bộ luật Lao động 2019, Điều 112');
    expect(at('2027-11-24')).toMatchObject({ working: false, source: 'culture_day' });
  });

  it('Ngày Văn hóa on a weekend gives no compensatory day by itself: the office decides (Saturday 24/11/2029)', () => {
    expect(at('2029-11-24')).toMatchObject({ working: false, source: 'culture_day' });
    expect(at('2029-11-24').reason).toContain('nghỉ bù hay không chưa được quy định');
    expect(at('2029-11-26').working).toBe(true);
    const withEdit = buildWorkingCalendar({ officeEdits: [{ date: '2029-11-26', kind: 'off', reason: 'Nghỉ bù Ngày Văn hóa Việt Nam' }] });
    expect(withEdit.describe(dayFromIso('2029-11-26'))).toMatchObject({ working: false, source: 'office_edit' });
    expect(at('2025-11-24').working).toBe(true); // before Nghị quyết 28/2026/QH16
  });

  it('knows which years have an official schedule, and takes the notices the office enters', () => {
    expect(cal.scheduleOf?.(2027)?.source).toContain('10065/VPCP-KGVX');
    expect(cal.scheduleOf?.(2026)?.source).toContain('9441/TB-BNV');
    expect(cal.scheduleOf?.(2022)).toBeNull();
    expect(cal.scheduleOf?.(2028)).toBeNull();
    const entered = buildWorkingCalendar({ officeNotices: [{ year: 2028, source: 'Công văn 1/BNV-CVL ngày 01/10/2027' }] });
    expect(entered.scheduleOf?.(2028)?.source).toBe('Công văn 1/BNV-CVL ngày 01/10/2027');
    expect(OFFICIAL_NOTICES.map((n) => n.year)).toEqual([2023, 2024, 2025, 2026, 2027]);
  });

  it('ships valid entries, one per day, with Vietnamese reasons', () => {
    const days = OFFICIAL_SCHEDULE.map((e) => dayFromIso(e.date));
    expect(new Set(days).size).toBe(days.length);
    for (const e of OFFICIAL_SCHEDULE) {
      expect(e.reason.length).toBeGreaterThan(0);
      expect(e.source ?? '').not.toBe('');
      if (e.kind === 'work') expect(isWeekend(dayFromIso(e.date))).toBe(true);
    }
  });
});
