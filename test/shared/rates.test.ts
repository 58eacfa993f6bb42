import { describe, expect, it } from 'vitest';
import { formatIntVi, formatPercentVi } from '../../shared/format/vi-number';
import { percent } from '../../shared/report/rates';

describe('rates (rules.md §8)', () => {
  it('two decimals, half-up, exact', () => {
    expect(percent(243, 247)).toBe(98.38); // seed 003 wrote 98,07 % by hand
    expect(percent(46, 78)).toBe(58.97);
    expect(percent(4, 247)).toBe(1.62);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 3)).toBe(33.33);
    expect(percent(2, 3)).toBe(66.67);
    expect(percent(1, 20_000)).toBe(0.01); // 0.005 rounds half-up
    expect(percent(63, 63)).toBe(100);
  });
  it('null for a zero denominator, printed as a dash', () => {
    expect(percent(0, 0)).toBeNull();
    expect(formatPercentVi(null)).toBe('—');
    expect(formatPercentVi(98.91)).toBe('98,91 %');
    expect(formatPercentVi(100)).toBe('100,00 %');
    expect(formatIntVi(1234567)).toBe('1.234.567');
  });
});
