import { describe, expect, it } from 'vitest';
import { parsePeriodSpec, periodFromKey, periodKey, previousPeriod, rangeSpec, resolvePeriod } from '../../shared/periods/period';
import { isoFromDay } from '../../shared/time/day';

const span = (text: string, rule: 'nd09' | 'calendar' = 'nd09') => {
  const spec = parsePeriodSpec(text);
  if (!spec) throw new Error(text);
  const p = resolvePeriod(spec, rule);
  return [isoFromDay(p.from), isoFromDay(p.to), p.label];
};

describe('reporting periods (rules.md §6)', () => {
  it('Nghị định 09 cut-offs', () => {
    expect(span('2024-Q1')).toEqual(['2023-12-15', '2024-03-14', 'Quý I năm 2024']);
    expect(span('2023-Q3')).toEqual(['2023-06-15', '2023-09-14', 'Quý III năm 2023']);
    expect(span('2024-M03')).toEqual(['2024-02-15', '2024-03-14', 'Tháng 3 năm 2024']);
    expect(span('2024-M01')).toEqual(['2023-12-15', '2024-01-14', 'Tháng 1 năm 2024']);
    expect(span('2024-H1')).toEqual(['2023-12-15', '2024-06-14', '6 tháng đầu năm 2024']);
    expect(span('2024-9M')).toEqual(['2023-12-15', '2024-09-14', '9 tháng năm 2024']);
    expect(span('2024')).toEqual(['2023-12-15', '2024-12-14', 'Năm 2024']);
  });

  it('calendar periods', () => {
    expect(span('2024-Q1', 'calendar')).toEqual(['2024-01-01', '2024-03-31', 'Quý I năm 2024']);
    expect(span('2024-M02', 'calendar')).toEqual(['2024-02-01', '2024-02-29', 'Tháng 2 năm 2024']);
    expect(span('2024-Q4', 'calendar')).toEqual(['2024-10-01', '2024-12-31', 'Quý IV năm 2024']);
  });

  it('rejects malformed periods and ranges', () => {
    expect(parsePeriodSpec('2024-Q5')).toBeNull();
    expect(parsePeriodSpec('2024-M13')).toBeNull();
    expect(parsePeriodSpec('Q1')).toBeNull();
    expect(rangeSpec('2024-03-01', '2024-02-01')).toBeNull();
  });

  it('a range and the previous period', () => {
    const spec = rangeSpec('2024-01-01', '2024-01-31');
    expect(spec).not.toBeNull();
    const p = resolvePeriod(spec!, 'nd09');
    expect(p.label).toBe('Từ ngày 01/01/2024 đến ngày 31/01/2024');
    const q1 = resolvePeriod(parsePeriodSpec('2024-Q1')!, 'nd09');
    const q4 = previousPeriod(q1);
    expect([isoFromDay(q4.from), isoFromDay(q4.to)]).toEqual(['2023-09-15', '2023-12-14']);
    expect(periodKey(q1)).toBe('2024-Q1@nd09');
  });

  it('reads a period back from its key (the signed-periods archive keeps only the key)', () => {
    for (const text of ['2024-Q1', '2024-M03', '2024-H1', '2024-9M', '2024']) {
      for (const rule of ['nd09', 'calendar'] as const) {
        const period = resolvePeriod(parsePeriodSpec(text)!, rule);
        expect(periodFromKey(periodKey(period)), `${text}@${rule}`).toEqual(period);
      }
    }
    const range = resolvePeriod(rangeSpec('2024-03-01', '2024-03-31')!, 'calendar');
    expect(periodFromKey(periodKey(range))).toEqual(range);
    for (const bad of ['2024-Q1', '2024-Q5@nd09', '2024-Q1@lich', '2024-M3@nd09', 'x@nd09', '2024-03-31..2024-03-01@calendar']) expect(periodFromKey(bad), bad).toBeNull();
  });
});
