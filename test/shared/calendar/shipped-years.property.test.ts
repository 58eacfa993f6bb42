// Issue 10's property: no due date falls on a day off of any shipped year 2023–2027. The days off are
// written here from calendar-vn.md's table (weekends, the listed ranges, Ngày Văn hóa, minus the
// make-up Saturdays), independently of the calendar code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../../../shared/calendar';
import type { ProcedureRule } from '../../../shared/catalogue/procedure';
import { computeDueDate } from '../../../shared/deadline/due-date';
import { DEFAULT_OFFICE_HOURS } from '../../../shared/deadline/policy';
import { dayFromIso, isWeekend } from '../../../shared/time/day';

const RANGES: [string, string][] = [
  ['2022-12-31', '2023-01-02'], ['2023-01-20', '2023-01-26'], ['2023-04-29', '2023-05-03'], ['2023-09-01', '2023-09-04'],
  ['2024-01-01', '2024-01-01'], ['2024-02-08', '2024-02-14'], ['2024-04-18', '2024-04-18'], ['2024-04-27', '2024-05-01'], ['2024-08-31', '2024-09-03'],
  ['2025-01-01', '2025-01-01'], ['2025-01-25', '2025-02-02'], ['2025-04-05', '2025-04-07'], ['2025-04-30', '2025-05-04'], ['2025-08-30', '2025-09-02'],
  ['2026-01-01', '2026-01-04'], ['2026-02-14', '2026-02-22'], ['2026-04-26', '2026-04-27'], ['2026-04-30', '2026-05-03'], ['2026-08-29', '2026-09-02'], ['2026-11-24', '2026-11-24'],
  ['2027-01-01', '2027-01-03'], ['2027-02-04', '2027-02-10'], ['2027-04-16', '2027-04-16'], ['2027-04-30', '2027-05-03'], ['2027-09-02', '2027-09-05'], ['2027-11-24', '2027-11-24'],
];
const WORK_SATURDAYS = ['2024-05-04', '2025-04-26', '2026-01-10', '2026-08-22'];

const daysOff = new Set<number>();
for (const [from, to] of RANGES) for (let d = dayFromIso(from); d <= dayFromIso(to); d += 1) daysOff.add(d);
const working = new Set(WORK_SATURDAYS.map(dayFromIso));
const isDayOff = (d: number) => daysOff.has(d) || (isWeekend(d) && !working.has(d));

const FIRST = dayFromIso('2023-01-01');
const LAST_DUE = dayFromIso('2027-12-31');

const ruleArb: fc.Arbitrary<ProcedureRule> = fc.record({
  timeUnit: fc.constantFrom('working_days', 'same_day', 'calendar_days', 'working_hours'),
  timeValue: fc.integer({ min: 1, max: 20 }),
  cutoffMinute: fc.constantFrom(null, 15 * 60),
  extraWorkingDays: fc.constantFrom(0, 0, 10),
});

describe('due dates in the shipped years 2023–2027', () => {
  const calendar = buildWorkingCalendar();

  it('the calendar agrees with the table on every day of 2023–2027', () => {
    for (let d = FIRST; d <= LAST_DUE; d += 1) expect(calendar.isWorkingDay(d), String(d)).toBe(!isDayOff(d));
  });

  it('never falls on a day off of the table', () => {
    fc.assert(
      fc.property(ruleArb, fc.integer({ min: FIRST, max: dayFromIso('2027-11-30') }), fc.integer({ min: 0, max: 1439 }), (rule, day, minute) => {
        const due = computeDueDate(rule, { day, minute }, calendar, DEFAULT_OFFICE_HOURS);
        fc.pre(due.day <= LAST_DUE);
        expect(isDayOff(due.day)).toBe(false);
      }),
      { numRuns: 2000, seed: 20261203 },
    );
  });
});
