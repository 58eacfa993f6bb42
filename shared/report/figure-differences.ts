// The cells of Biểu 06 that differ between two compiled reports of the same period (a period signed
// again after its first sign-off was lost): row (a field, or the total), column, before, after. Pure.
import { FORM_KEYS, type FormFigures, type FormKey } from './figures';

export interface FigureDifference {
  /** The field's name, or "Tổng cộng". */
  row: string;
  column: FormKey;
  before: number;
  after: number;
}

interface Figures {
  total: FormFigures;
  by_field: ReadonlyArray<FormFigures & { field: string }>;
}

const TOTAL_ROW = 'Tổng cộng';

export function figureDifferences(before: Figures, after: Figures): FigureDifference[] {
  const rows = (r: Figures) => new Map<string, FormFigures>([...r.by_field.map((f) => [f.field, f] as const), [TOTAL_ROW, r.total]]);
  const a = rows(before);
  const b = rows(after);
  const differences: FigureDifference[] = [];
  for (const row of new Set([...a.keys(), ...b.keys()])) {
    for (const column of FORM_KEYS) {
      const was = a.get(row)?.[column] ?? 0;
      const now = b.get(row)?.[column] ?? 0;
      if (was !== now) differences.push({ row, column, before: was, after: now });
    }
  }
  return differences;
}
