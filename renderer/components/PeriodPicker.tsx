// The reporting period as the screens choose it: the year, the part of the year (quarter, half, nine
// months, year, month) and the rule that cuts it (Nghị định 09's 15th-to-14th, or calendar months).
export type PeriodRule = 'nd09' | 'calendar';

export interface PeriodChoice {
  year: number;
  part: string;
  rule: PeriodRule;
}

export const PERIOD_PARTS: { value: string; label: string }[] = [
  { value: 'Q1', label: 'Quý I' },
  { value: 'Q2', label: 'Quý II' },
  { value: 'Q3', label: 'Quý III' },
  { value: 'Q4', label: 'Quý IV' },
  { value: 'H1', label: '6 tháng đầu năm' },
  { value: '9M', label: '9 tháng' },
  { value: 'Y', label: 'Cả năm' },
  ...Array.from({ length: 12 }, (_, i) => ({ value: `M${String(i + 1).padStart(2, '0')}`, label: `Tháng ${i + 1}` })),
];

/** `2024-Q1` as the API takes it (`2024` for the whole year). */
export function periodText(year: number, part: string): string {
  return part === 'Y' ? String(year) : `${year}-${part}`;
}

/** "Quý I năm 2024 (theo Nghị định 09/2019)". */
export function periodChoiceLabel(c: PeriodChoice): string {
  const part = c.part === 'Y' ? 'Cả năm' : (PERIOD_PARTS.find((p) => p.value === c.part)?.label ?? c.part);
  return `${part} năm ${c.year} (${c.rule === 'nd09' ? 'theo Nghị định 09/2019' : 'theo tháng dương lịch'})`;
}

/** The quarter of `today` (ISO), by the Nghị định 09 rule. */
export function currentQuarter(today: string): PeriodChoice {
  return { year: Number(today.slice(0, 4)), part: `Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`, rule: 'nd09' };
}

/** Next year, this year and the four before, newest first. */
export function yearsAround(today: string | null, fallback: number): number[] {
  return today ? Array.from({ length: 6 }, (_, i) => Number(today.slice(0, 4)) + 1 - i) : [fallback];
}

export function PeriodPicker(props: { value: PeriodChoice; years: number[]; onChange(patch: Partial<PeriodChoice>): void }) {
  const { value, onChange } = props;
  return (
    <>
      <select aria-label="Năm" value={value.year} onChange={(e) => onChange({ year: Number(e.target.value) })}>
        {props.years.map((y) => (
          <option key={y} value={y}>
            Năm {y}
          </option>
        ))}
      </select>
      <select aria-label="Kỳ báo cáo" value={value.part} onChange={(e) => onChange({ part: e.target.value })}>
        {PERIOD_PARTS.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
      <select aria-label="Cách tính kỳ" value={value.rule} onChange={(e) => onChange({ rule: e.target.value as PeriodRule })}>
        <option value="nd09">Theo Nghị định 09/2019 (ngày 15 đến ngày 14)</option>
        <option value="calendar">Theo tháng dương lịch</option>
      </select>
    </>
  );
}
