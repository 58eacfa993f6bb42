// Numbers the way Vietnamese documents write them: 12.345 and 98,91 %.

export function formatIntVi(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A two-decimal number with a decimal comma: 98.9 → "98,90". */
export function formatDecimalVi(value: number, decimals = 2): string {
  const [int = '0', frac = ''] = value.toFixed(decimals).split('.');
  return frac ? `${formatIntVi(Number(int))},${frac}` : formatIntVi(Number(int));
}

/** A rate: "98,91 %", or "—" when it has no denominator (rules.md §8). */
export function formatPercentVi(value: number | null): string {
  return value === null ? '—' : `${formatDecimalVi(value)} %`;
}
