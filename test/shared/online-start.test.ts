// Online dossiers received after 17:00 or on a day off start their clock at the next working day's opening
// (shared/deadline/README.md, "Online dossiers"); what that changes, unit by unit, against the paper rule.
import { describe, expect, it } from 'vitest';
import type { ProcedureRule } from '../../shared/catalogue/procedure';
import { computeDueDate } from '../../shared/deadline/due-date';
import { explainTrace } from '../../shared/deadline/explain';
import { ONLINE_CUTOFF_MINUTE, clockStart } from '../../shared/deadline/online-start';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../../shared/deadline/policy';
import { dayFromIso, isoFromDay } from '../../shared/time/day';
import { formatLocalDateTime } from '../../shared/time/local-time';
import { at, calendar, rule } from './helpers';

const online = (r: ProcedureRule): ProcedureRule => ({ ...r, onlineCutoffMinute: ONLINE_CUTOFF_MINUTE });
const due = (r: ProcedureRule, received: string, hours: OfficeHours = DEFAULT_OFFICE_HOURS) => {
  const result = computeDueDate(r, at(received), calendar, hours);
  return result.minute === null ? isoFromDay(result.day) : `${isoFromDay(result.day)} ${String(result.minute)}`;
};

describe('the instant the clock starts', () => {
  it('moves a reception after 17:00 or on a day off to the next working day at the office’s opening', () => {
    const start = (text: string, hours = DEFAULT_OFFICE_HOURS) => {
      const s = clockStart(online(rule(3)), at(text), calendar, hours);
      return formatLocalDateTime(s.at);
    };
    expect(start('2024-03-11 17:01')).toBe('2024-03-12 07:30');
    expect(start('2024-03-09 10:00')).toBe('2024-03-11 07:30'); // Saturday → Monday
    expect(start('2024-02-07 20:00')).toBe('2024-02-15 07:30'); // the eve of Tết 2024 → after the holidays
    expect(start('2024-03-11 17:00')).toBe('2024-03-11 17:00'); // "sau 17 giờ": 17:00 itself is not after
    expect(start('2024-03-11 16:30')).toBe('2024-03-11 16:30');
    expect(start('2024-03-09 10:00', { intervals: [{ start: 8 * 60, end: 12 * 60 }, { start: 13 * 60, end: 17 * 60 }] })).toBe('2024-03-11 08:00');
  });

  it('leaves a dossier without the online rule (paper, or received before the rule) at its reception', () => {
    const s = clockStart(rule(3), at('2024-03-09 10:00'), calendar, DEFAULT_OFFICE_HOURS);
    expect(s.moved).toBe(false);
    expect(formatLocalDateTime(s.at)).toBe('2024-03-09 10:00');
  });
});

describe('working days: the start day is the reception day, so it is not counted', () => {
  it('online on Saturday: Monday is not counted any more, Tuesday is day 1 (Wed 13/03 → Thu 14/03/2024)', () => {
    expect(due(rule(3), '2024-03-09 10:00')).toBe('2024-03-13');
    expect(due(online(rule(3)), '2024-03-09 10:00')).toBe('2024-03-14');
  });
  it('online after 17:00 on a working day: one working day later than the paper count (14/03 → 15/03/2024)', () => {
    expect(due(rule(3), '2024-03-11 18:00')).toBe('2024-03-14');
    expect(due(online(rule(3)), '2024-03-11 18:00')).toBe('2024-03-15');
  });
  it('online between 15:00 and 17:00, or at 17:00: nothing changes', () => {
    expect(due(online(rule(3)), '2024-03-11 16:30')).toBe('2024-03-14');
    expect(due(online(rule(3)), '2024-03-11 17:00')).toBe('2024-03-14');
  });
  it('online on the eve of Tết after 17:00 starts after the holidays: 20/02/2024 (paper 19/02)', () => {
    expect(due(rule(3), '2024-02-07 20:00')).toBe('2024-02-19');
    expect(due(online(rule(3)), '2024-02-07 20:00')).toBe('2024-02-20');
  });
  it('explains both the reception and the instant it counts from', () => {
    const lines = explainTrace(computeDueDate(online(rule(3)), at('2024-03-09 10:00'), calendar, DEFAULT_OFFICE_HOURS).trace);
    expect(lines[0]).toBe('Thứ Bảy 09/03/2024 10:00 — tiếp nhận. Hồ sơ trực tuyến nộp vào ngày nghỉ (Thứ Bảy): thời hạn bắt đầu tính từ 07:30 ngày làm việc tiếp theo');
    expect(lines).toContain('Thứ Hai 11/03/2024 07:30 — coi như tiếp nhận (hồ sơ trực tuyến). Ngày tiếp nhận: không tính (Bộ luật Dân sự 2015, Điều 147)');
    expect(lines.at(-1)).toMatch(/Hạn trả: 14\/03\/2024/);
  });
});

describe('same day with the 15:00 cut-off: nothing changes', () => {
  it('online after 17:00 or on a day off was already the next working day; the opening is before the cut-off', () => {
    for (const received of ['2024-03-11 18:00', '2024-03-09 10:00', '2024-03-11 16:00', '2024-03-11 14:00']) {
      expect(due(online(rule(0, 'same_day')), received)).toBe(due(rule(0, 'same_day'), received));
    }
    expect(due(online(rule(0, 'same_day')), '2024-03-11 18:00')).toBe('2024-03-12');
    expect(due(online(rule(0, 'same_day')), '2024-03-11 16:00')).toBe('2024-03-12'); // the procedure’s 15:00 cut-off
  });
});

describe('working hours: nothing changes while the office closes by 17:00', () => {
  it('counts from the next opening either way', () => {
    expect(due(online(rule(8, 'working_hours')), '2024-03-11 18:00')).toBe(`2024-03-13 ${8 * 60}`);
    expect(due(rule(8, 'working_hours'), '2024-03-11 18:00')).toBe(`2024-03-13 ${8 * 60}`);
  });
  it('an office open after 17:00 no longer counts the minutes after 17:00 of an online dossier', () => {
    const late: OfficeHours = { intervals: [{ start: 7 * 60 + 30, end: 11 * 60 + 30 }, { start: 13 * 60 + 30, end: 17 * 60 + 30 }] };
    expect(due(rule(1, 'working_hours'), '2024-03-11 17:10', late)).toBe(`2024-03-12 ${8 * 60 + 10}`);
    expect(due(online(rule(1, 'working_hours')), '2024-03-11 17:10', late)).toBe(`2024-03-12 ${8 * 60 + 30}`);
  });
});

describe('calendar days: counted from the day after the start day', () => {
  it('online on Saturday, 5 days: Thu 14/03 → Sat 16/03, a day off → Mon 18/03/2024', () => {
    expect(due(rule(5, 'calendar_days'), '2024-03-09 10:00')).toBe('2024-03-14');
    expect(due(online(rule(5, 'calendar_days')), '2024-03-09 10:00')).toBe('2024-03-18');
  });
});

describe('property: an online dossier moved to the next opening gets the due date of a paper dossier handed in then', () => {
  const rules: ProcedureRule[] = [rule(1), rule(3), rule(10, 'working_days', 10), rule(0, 'same_day'), rule(5, 'calendar_days'), rule(4, 'working_hours'), rule(16, 'working_hours')];
  const minutes = [0, 7 * 60, 7 * 60 + 30, 12 * 60, 15 * 60 + 1, 17 * 60, 17 * 60 + 1, 23 * 60 + 59];
  it('for every day of 2025–2026 and every unit; and nothing moves on a working day up to 17:00', () => {
    let moved = 0;
    for (let day = dayFromIso('2025-01-01'); day <= dayFromIso('2026-12-24'); day += 1) {
      for (const minute of minutes) {
        const receivedAt = { day, minute };
        const start = clockStart(online(rule(1)), receivedAt, calendar, DEFAULT_OFFICE_HOURS);
        const working = calendar.describe(day).working;
        expect(start.moved).toBe(!working || minute > ONLINE_CUTOFF_MINUTE);
        if (start.moved) moved += 1;
        for (const r of rules) {
          const onlineDue = computeDueDate(online(r), receivedAt, calendar, DEFAULT_OFFICE_HOURS);
          const paperDue = computeDueDate(r, start.at, calendar, DEFAULT_OFFICE_HOURS);
          expect([onlineDue.day, onlineDue.minute]).toEqual([paperDue.day, paperDue.minute]);
        }
      }
    }
    expect(moved).toBeGreaterThan(500);
  });
});
