import { describe, expect, it } from 'vitest';
import { computeDueDate } from '../../shared/deadline/due-date';
import { explainTrace } from '../../shared/deadline/explain';
import { effectiveDueDate } from '../../shared/deadline/pauses';
import { DEFAULT_DEADLINE_POLICY, DEFAULT_OFFICE_HOURS } from '../../shared/deadline/policy';
import { isoFromDay } from '../../shared/time/day';
import { at, calendar, d, rule } from './helpers';

const due = (r: ReturnType<typeof rule>, received: string) =>
  isoFromDay(computeDueDate(r, at(received), calendar, DEFAULT_OFFICE_HOURS).day);

describe('working days (rules.md §2)', () => {
  it('skips the reception day and Tết: Wed 07/02/2024 + 3 → Mon 19/02/2024', () => {
    const result = computeDueDate(rule(3), at('2024-02-07 09:00'), calendar, DEFAULT_OFFICE_HOURS);
    expect(isoFromDay(result.day)).toBe('2024-02-19');
    const counted = result.trace.filter((s) => s.kind === 'counted').map((s) => isoFromDay(s.day));
    expect(counted).toEqual(['2024-02-15', '2024-02-16', '2024-02-19']);
    const skipped = result.trace.filter((s) => s.kind === 'skipped');
    expect(skipped.map((s) => isoFromDay(s.day))).toContain('2024-02-10');
    const lines = explainTrace(result.trace).join('\n');
    expect(lines).toContain('Tết Nguyên đán');
    expect(lines).toContain('Thứ Hai 19/02/2024');
  });

  it('a dossier received on a day off counts Monday as day 1: Sat 09/03/2024 + 3 → Wed 13/03/2024', () => {
    expect(due(rule(3), '2024-03-09 10:00')).toBe('2024-03-13');
  });

  it('crosses the 30/4–1/5 holidays and the make-up Saturday of 2024', () => {
    // Fri 26/04/2024 + 2: Sat 27 – Wed 01/05 off, Thu 02/05 = 1, Fri 03/05 = 2.
    expect(due(rule(2), '2024-04-26 08:00')).toBe('2024-05-03');
    // Fri 03/05/2024 + 1: Saturday 04/05/2024 is a make-up working day.
    expect(due(rule(1), '2024-05-03 08:00')).toBe('2024-05-04');
  });

  it('adds the commune extra working days', () => {
    expect(due(rule(3, 'working_days', 10), '2024-03-04 08:00')).toBe(due(rule(13), '2024-03-04 08:00'));
  });

  it('matches the example ledger due dates', () => {
    expect(due(rule(5), '2024-01-30 15:30')).toBe('2024-02-06');
    expect(due(rule(5), '2023-12-29 09:00')).toBe('2024-01-08');
    expect(due(rule(10), '2024-02-07 07:15')).toBe('2024-02-28');
  });
});

describe('same day with a cut-off (rules.md §2)', () => {
  const sameDay = rule(0, 'same_day');
  it('before or at 15:00 on a working day: due the same day', () => {
    expect(due(sameDay, '2024-03-14 08:30')).toBe('2024-03-14');
    expect(due(sameDay, '2024-03-14 15:00')).toBe('2024-03-14');
  });
  it('after 15:00: the next working day', () => {
    expect(due(sameDay, '2024-03-14 15:01')).toBe('2024-03-15');
    expect(due(sameDay, '2024-03-15 16:00')).toBe('2024-03-18');
  });
  it('on a day off: the next working day', () => {
    expect(due(sameDay, '2024-02-10 09:00')).toBe('2024-02-15');
  });
  it('honours a per-procedure cut-off', () => {
    const r = { ...sameDay, cutoffMinute: 11 * 60 };
    expect(due(r, '2024-03-14 11:30')).toBe('2024-03-15');
  });
});

describe('calendar days and working hours', () => {
  it('calendar days ending on a day off move to the next working day (BLDS Điều 148)', () => {
    // 15 days from Fri 01/03/2024 → Sat 16/03 → Mon 18/03.
    expect(due(rule(15, 'calendar_days'), '2024-03-01 08:00')).toBe('2024-03-18');
    expect(due(rule(30, 'calendar_days'), '2024-03-01 08:00')).toBe('2024-04-01'); // Sun 31/03 → Mon 01/04
  });
  it('working hours are consumed in office hours only', () => {
    const r = computeDueDate(rule(4, 'working_hours'), at('2024-03-15 16:00'), calendar, DEFAULT_OFFICE_HOURS);
    // Fri 16:00–17:00 is one hour; Monday 07:30 + 3 h → 10:30.
    expect(isoFromDay(r.day)).toBe('2024-03-18');
    expect(r.minute).toBe(10 * 60 + 30);
  });
  it('working hours received before opening start at opening', () => {
    const r = computeDueDate(rule(8, 'working_hours'), at('2024-03-18 06:00'), calendar, DEFAULT_OFFICE_HOURS);
    // 4 h morning + 3.5 h afternoon = 7.5 h on Monday; the last half hour Tuesday 07:30–08:00.
    expect(isoFromDay(r.day)).toBe('2024-03-19');
    expect(r.minute).toBe(8 * 60);
  });
});

describe('supplement pauses (rules.md §3)', () => {
  it('moves the due date by the working days waited: 11/03 → 14/03/2024', () => {
    const base = computeDueDate(rule(5), at('2024-03-04 08:00'), calendar, DEFAULT_OFFICE_HOURS);
    expect(isoFromDay(base.day)).toBe('2024-03-11');
    const effective = effectiveDueDate(
      base.day,
      rule(5),
      [{ requestedOn: d('2024-03-06'), returnedOn: d('2024-03-11') }],
      calendar,
      DEFAULT_DEADLINE_POLICY,
    );
    expect(effective.day).not.toBeNull();
    expect(isoFromDay(effective.day ?? 0)).toBe('2024-03-14');
    const paused = effective.trace.filter((s) => s.kind === 'paused' && s.note.includes('không tính')).map((s) => isoFromDay(s.day));
    expect(paused).toEqual(['2024-03-07', '2024-03-08', '2024-03-11']);
  });

  it('while waiting for the citizen there is no due date', () => {
    const effective = effectiveDueDate(d('2024-03-11'), rule(5), [{ requestedOn: d('2024-03-06'), returnedOn: null }], calendar, DEFAULT_DEADLINE_POLICY);
    expect(effective.day).toBeNull();
    expect(effective.waitingSince).toBe(d('2024-03-06'));
  });

  it('a return known only after the instant asked about still counts as waiting', () => {
    const pauses = [{ requestedOn: d('2024-03-06'), returnedOn: d('2024-03-11') }];
    expect(effectiveDueDate(d('2024-03-11'), rule(5), pauses, calendar, DEFAULT_DEADLINE_POLICY, d('2024-03-08')).day).toBeNull();
  });

  it('the restart option counts the full time again from the return', () => {
    const pauses = [{ requestedOn: d('2024-03-06'), returnedOn: d('2024-03-11') }];
    const eff = effectiveDueDate(d('2024-03-11'), rule(5), pauses, calendar, { pauseRule: 'restart' });
    expect(isoFromDay(eff.day ?? 0)).toBe('2024-03-18');
  });
});
