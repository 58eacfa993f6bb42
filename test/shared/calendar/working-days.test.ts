import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  buildWorkingCalendar,
  countWorkingDaysBetween,
  listDaysOff,
  nextWorkingDay,
  previousWorkingDay,
  yearOfDay,
} from '../../../shared/calendar';
import type { WorkingCalendar } from '../../../shared/calendar';
import { dayFromIso, dayFromYmd, isoFromDay, ymdFromDay } from '../../../shared/time/day';

const cal = buildWorkingCalendar();
const d = dayFromIso;

describe('counting working days', () => {
  it('counts over Tết: Wed 07/02/2024 + 3 working days = Mon 19/02/2024 (rules.md §2)', () => {
    expect(isoFromDay(addWorkingDays(cal, d('2024-02-07'), 3))).toBe('2024-02-19');
  });

  it('starts from a day off as day 0: Sat 09/03/2024 + 3 = Wed 13/03/2024 (rules.md §2)', () => {
    expect(isoFromDay(addWorkingDays(cal, d('2024-03-09'), 3))).toBe('2024-03-13');
  });

  it('counts the working days after a request up to the return of documents (rules.md §3)', () => {
    expect(countWorkingDaysBetween(cal, d('2024-03-06'), d('2024-03-11'))).toBe(3); // 07, 08, 11
    expect(countWorkingDaysBetween(cal, d('2024-03-06'), d('2024-03-06'))).toBe(0);
    expect(countWorkingDaysBetween(cal, d('2024-03-11'), d('2024-03-06'))).toBe(0);
  });

  it('counts long spans from running counts exactly as walking day by day, office edits included', () => {
    const edited = buildWorkingCalendar({ officeEdits: [{ date: '2024-03-15', kind: 'off', reason: 'Bão' }, { date: '2025-01-04', kind: 'work', reason: 'Làm bù' }] });
    const walk = (c: WorkingCalendar, after: number, through: number) => {
      let n = 0;
      for (let day = after + 1; day <= through; day += 1) if (c.isWorkingDay(day)) n += 1;
      return n;
    };
    fc.assert(
      fc.property(fc.integer({ min: d('1955-01-01'), max: d('2165-12-31') }), fc.integer({ min: -10, max: 4000 }), (after, span) => {
        for (const c of [cal, edited]) expect(countWorkingDaysBetween(c, after, after + span)).toBe(walk(c, after, after + span));
      }),
      { numRuns: 300, seed: 20240101 },
    );
  });

  it('finds the next and previous working day, across make-up Saturdays', () => {
    expect(isoFromDay(nextWorkingDay(cal, d('2024-02-07')))).toBe('2024-02-15');
    expect(isoFromDay(nextWorkingDay(cal, d('2024-05-03')))).toBe('2024-05-04'); // Saturday, make-up day
    expect(isoFromDay(nextWorkingDay(cal, d('2026-01-09')))).toBe('2026-01-10');
    expect(isoFromDay(previousWorkingDay(cal, d('2024-02-15')))).toBe('2024-02-07');
    expect(addWorkingDays(cal, d('2024-02-10'), 0)).toBe(d('2024-02-10'));
    expect(() => addWorkingDays(cal, d('2024-02-10'), 1.5)).toThrow(RangeError);
  });

  it('stops on a calendar that never works', () => {
    const closed: WorkingCalendar = { isWorkingDay: () => false, describe: (day) => ({ day, working: false, source: 'office_edit', reason: 'Đóng cửa', basis: null }) };
    expect(() => nextWorkingDay(closed, 0)).toThrow(RangeError);
  });

  it('lists the days off of a range, weekends included, with their reasons', () => {
    const feb = listDaysOff(cal, d('2024-02-01'), d('2024-02-29'));
    expect(feb.map((s) => isoFromDay(s.day))).toEqual([
      '2024-02-03', '2024-02-04',
      '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14',
      '2024-02-17', '2024-02-18', '2024-02-24', '2024-02-25',
    ]);
    expect(feb[0]).toMatchObject({ source: 'weekend', reason: 'Thứ Bảy' });
    expect(feb[2]).toMatchObject({ source: 'official_schedule', reason: 'Tết Nguyên đán' });
    expect(listDaysOff(cal, d('2024-05-04'), d('2024-05-04'))).toEqual([]);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: dayFromYmd(2000, 1, 1), max: dayFromYmd(2060, 12, 31) });
  const edited = buildWorkingCalendar({
    officeEdits: [
      { date: '2024-03-16', kind: 'work', reason: 'Làm bù' },
      { date: '2024-03-20', kind: 'off', reason: 'Nghỉ do bão' },
    ],
  });

  it('addWorkingDays lands on a working day and countWorkingDaysBetween gives n back', () => {
    for (const c of [cal, edited]) {
      fc.assert(
        fc.property(day, fc.integer({ min: 1, max: 400 }), (start, n) => {
          const end = addWorkingDays(c, start, n);
          expect(end).toBeGreaterThan(start);
          expect(c.isWorkingDay(end)).toBe(true);
          expect(countWorkingDaysBetween(c, start, end)).toBe(n);
          expect(countWorkingDaysBetween(c, start, end - 1)).toBe(n - 1);
        }),
        { numRuns: 500 },
      );
    }
  });

  it('counting backwards mirrors counting forwards', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (start, n) => {
        const back = addWorkingDays(cal, start, -n);
        expect(cal.isWorkingDay(back)).toBe(true);
        expect(countWorkingDaysBetween(cal, back - 1, start - 1)).toBe(n);
        expect(addWorkingDays(cal, back, n - 1)).toBeLessThan(start);
      }),
      { numRuns: 300 },
    );
  });

  it('nextWorkingDay is the first working day strictly after', () => {
    fc.assert(
      fc.property(day, (start) => {
        const next = nextWorkingDay(cal, start);
        expect(cal.isWorkingDay(next)).toBe(true);
        for (let x = start + 1; x < next; x += 1) expect(cal.isWorkingDay(x)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('yearOfDay agrees with the Date-based conversion', () => {
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 800_000 }), (x) => {
        expect(yearOfDay(x)).toBe(ymdFromDay(x).year);
      }),
      { numRuns: 2_000 },
    );
  });
});
