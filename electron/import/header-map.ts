// Maps the header row to columns: which cell index holds which column, header problems (missing required
// or duplicated columns) and warnings (unknown columns, which are ignored).
import { type ColumnKey, COLUMN_KEYS, LEDGER_COLUMNS, findColumn } from './columns';
import type { ImportProblem } from './import-types';

export interface MappedColumn {
  key: ColumnKey;
  /** 0-based cell index. */
  index: number;
  /** The header as written. */
  header: string;
}

export interface HeaderMap {
  columns: Partial<Record<ColumnKey, MappedColumn>>;
  problems: ImportProblem[];
  warnings: string[];
  /** Whether every required column is there: rows can become dossiers. */
  complete: boolean;
}

const quoted = (key: ColumnKey) => `"${LEDGER_COLUMNS[key].label}" (${key})`;

export function mapHeader(header: readonly string[], headerLine: number): HeaderMap {
  const columns: Partial<Record<ColumnKey, MappedColumn>> = {};
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];

  header.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const key = findColumn(text);
    if (key === null) {
      warnings.push(`Cột "${text}" (cột thứ ${index + 1}) không có trong mẫu sổ nên được bỏ qua.`);
      return;
    }
    const first = columns[key];
    if (first) {
      problems.push({
        line: headerLine,
        column: text,
        value: text,
        reason: `Cột ${quoted(key)} xuất hiện hai lần: cột thứ ${first.index + 1} ("${first.header}") và cột thứ ${index + 1}`,
      });
      return;
    }
    columns[key] = { key, index, header: text };
  });

  problems.push(...missingRequiredColumns(columns, headerLine));
  return { columns, problems, warnings, complete: problems.length === 0 };
}

/** A problem for each required column that is not mapped (ma_tthc may be stood in for by ten_tthc). */
export function missingRequiredColumns(columns: Partial<Record<ColumnKey, MappedColumn>>, headerLine: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const key of COLUMN_KEYS) {
    const spec = LEDGER_COLUMNS[key];
    if (!spec.required || columns[key]) continue;
    if (spec.alternative && columns[spec.alternative]) continue;
    const also = spec.alternative ? ` hoặc cột ${quoted(spec.alternative)}` : '';
    problems.push({ line: headerLine, column: spec.label, value: '', reason: `Thiếu cột bắt buộc ${quoted(key)}${also}` });
  }
  return problems;
}
