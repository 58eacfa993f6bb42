import { describe, expect, it } from 'vitest';
import { hungKingsDay, lunarNewYear, lunarToSolar, solarToLunar } from '../../../shared/calendar';
import { dayFromIso, isoFromDay } from '../../../shared/time/day';

// calendar-vn.md, "Lunar anchors".
const ANCHORS: [number, string, string][] = [
  [2023, '2023-01-22', '2023-04-29'],
  [2024, '2024-02-10', '2024-04-18'],
  [2025, '2025-01-29', '2025-04-07'],
  [2026, '2026-02-17', '2026-04-26'],
  [2027, '2027-02-06', '2027-04-16'],
];

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each(ANCHORS)('%i: Tết %s, Giỗ Tổ %s', (year, tet, hungKings) => {
    expect(isoFromDay(lunarNewYear(year))).toBe(tet);
    expect(isoFromDay(hungKingsDay(year))).toBe(hungKings);
  });

  it('uses the Vietnamese, not the Chinese, new year in 1985 and 2007', () => {
    expect(isoFromDay(lunarNewYear(1985))).toBe('1985-01-21'); // Chinese: 1985-02-20
    expect(isoFromDay(lunarNewYear(2007))).toBe('2007-02-17'); // Chinese: 2007-02-18
    expect(solarToLunar(dayFromIso('1985-02-20'))).toEqual({ year: 1985, month: 2, day: 1, leap: false });
    expect(solarToLunar(dayFromIso('2007-02-18'))).toEqual({ year: 2007, month: 1, day: 2, leap: false });
  });

  it('gives the lunar date of a solar day, the lunar year changing at Tết', () => {
    expect(solarToLunar(dayFromIso('2024-02-09'))).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(solarToLunar(dayFromIso('2024-02-10'))).toEqual({ year: 2024, month: 1, day: 1, leap: false });
    expect(solarToLunar(dayFromIso('2025-04-07'))).toEqual({ year: 2025, month: 3, day: 10, leap: false });
  });

  it('takes the regular month 3 for Giỗ Tổ when a leap month precedes it', () => {
    // 2023 had a leap month 2 (nhuận tháng 2): Giỗ Tổ is still 10/3 of the regular month 3.
    expect(solarToLunar(dayFromIso('2023-03-31'))).toMatchObject({ month: 2, leap: true });
    expect(solarToLunar(hungKingsDay(2023))).toEqual({ year: 2023, month: 3, day: 10, leap: false });
  });

  it('round-trips lunarToSolar and solarToLunar over many years', () => {
    for (let year = 1950; year <= 2100; year += 1) {
      const tet = lunarNewYear(year);
      expect(solarToLunar(tet)).toEqual({ year, month: 1, day: 1, leap: false });
      expect(solarToLunar(tet - 1)).toMatchObject({ year: year - 1, month: 12 });
      expect(solarToLunar(hungKingsDay(year))).toEqual({ year, month: 3, day: 10, leap: false });
      expect(lunarToSolar(year, 8, 15)).toBe(lunarToSolar(year, 8, 1) + 14);
    }
  });

  it('rejects lunar dates that do not exist', () => {
    expect(() => lunarToSolar(2024, 13, 1)).toThrow(RangeError);
    expect(() => lunarToSolar(2024, 1, 0)).toThrow(RangeError);
  });

  it('does not depend on the computer time zone', () => {
    const days = [dayFromIso('1985-01-21'), dayFromIso('2007-02-17'), dayFromIso('2024-02-10'), dayFromIso('2030-02-02')];
    const saved = process.env.TZ;
    const results: string[] = [];
    const offsets = new Set<number>();
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        offsets.add(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset());
        results.push(JSON.stringify([days.map(solarToLunar), lunarToSolar(2030, 1, 1), lunarToSolar(2031, 3, 10)]));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(offsets.size).toBe(4); // the zone really changed
    expect(new Set(results).size).toBe(1);
  });
});
