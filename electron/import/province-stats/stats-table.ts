// Reads the province's statistics export for the commune: finds the header block (two or three rows,
// groups stretched over their merged cells), the column of row names, then one row per unit or field
// with its figures. A cell that is not a whole number is refused with its line and column.
import type { FormKey } from '../../../shared/report/figures';
import { foldKey } from '../fold';
import type { ImportProblem } from '../import-types';
import { cellText } from '../row-cells';
import type { TableRecord } from '../table';
import { figureOfHeader, isLabelHeader } from './stats-columns';

export interface StatsColumn {
  index: number;
  header: string;
  key: FormKey;
}

export interface StatsRow {
  line: number;
  label: string;
  /** "Tổng cộng", "Tổng số", "Cộng". */
  isTotal: boolean;
  figures: Partial<Record<FormKey, number>>;
}

export interface ProvinceStatsTable {
  headerLines: number[];
  columns: StatsColumn[];
  rows: StatsRow[];
  problems: ImportProblem[];
}

const MAX_HEADER_ROWS = 3;
const SEARCH_ROWS = 30;

/** The header rows with each group carried over the blank cells of its merged span. */
function headerPaths(rows: readonly TableRecord[]): string[][] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const filled = rows.map(() => new Array<string>(width).fill(''));
  rows.forEach((row, h) => {
    for (let c = 0; c < width; c++) {
      const own = cellText(row.cells[c]);
      const deeper = rows.slice(h + 1).some((r) => cellText(r.cells[c]) !== '');
      const sameParent = h === 0 || filled[h - 1]?.[c] === filled[h - 1]?.[c - 1];
      const left = filled[h]?.[c - 1] ?? '';
      (filled[h] as string[])[c] = own !== '' ? own : c > 0 && left !== '' && sameParent && deeper ? left : '';
    }
  });
  return Array.from({ length: width }, (_, c) => {
    const path: string[] = [];
    for (const row of filled) {
      const text = row[c] ?? '';
      if (text !== '' && path.at(-1) !== text) path.push(text);
    }
    return path;
  });
}

const isNumberingRow = (cells: readonly string[]) => {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  return filled.length >= 3 && filled.every((cell, i) => cell === String(i + 1) || cell === `(${i + 1})`);
};

const NUMBER = /^\d{1,3}(?:[.,\s]\d{3})*$|^\d+$/;

function headerAt(rows: readonly TableRecord[], start: number, size: number): { start: number; size: number; columns: StatsColumn[]; label: number } {
  const paths = headerPaths(rows.slice(start, start + size));
  const columns: StatsColumn[] = [];
  const seen = new Set<FormKey>();
  paths.forEach((path, index) => {
    const key = figureOfHeader(path);
    if (key !== null && !seen.has(key)) {
      seen.add(key);
      columns.push({ index, header: path.join(' > '), key });
    }
  });
  return { start, size, columns, label: paths.findIndex((p) => isLabelHeader(p)) };
}

export function readProvinceStats(rows: readonly TableRecord[]): ProvinceStatsTable | null {
  let best: ReturnType<typeof headerAt> | null = null;
  for (let start = 0; start < Math.min(rows.length, SEARCH_ROWS); start++) {
    for (let size = 1; size <= MAX_HEADER_ROWS && start + size <= rows.length; size++) {
      const candidate = headerAt(rows, start, size);
      if (!best || candidate.columns.length > best.columns.length) best = candidate;
    }
  }
  // A title row above the header adds nothing: drop leading rows as long as the columns stay the same.
  while (best && best.size > 1) {
    const shorter = headerAt(rows, best.start + 1, best.size - 1);
    if (shorter.columns.length < best.columns.length) break;
    best = shorter;
  }
  if (!best || best.columns.length < 3) return null;
  const headerLines = rows.slice(best.start, best.start + best.size).map((r) => r.line);
  const labelIndex = best.label >= 0 ? best.label : 1;
  const problems: ImportProblem[] = [];
  const statsRows: StatsRow[] = [];
  for (const record of rows.slice(best.start + best.size)) {
    if (isNumberingRow(record.cells)) continue;
    // The total row often writes "Tổng cộng" across the STT and name cells (merged).
    const firstFigure = Math.min(...best.columns.map((c) => c.index));
    const label = cellText(record.cells[labelIndex]) || (record.cells.slice(0, firstFigure).map(cellText).find((t) => t !== '' && !/^\d+$/.test(t)) ?? '');
    const figures: Partial<Record<FormKey, number>> = {};
    // Signatures and notes under the table ("NGƯỜI LẬP BIỂU" may fall in a figure column) hold no number.
    if (!best.columns.some((c) => NUMBER.test(cellText(record.cells[c.index])))) continue;
    let any = false;
    for (const column of best.columns) {
      const text = cellText(record.cells[column.index]);
      if (text === '' || text === '-') continue;
      if (!NUMBER.test(text)) {
        problems.push({ line: record.line, column: column.header, value: text, reason: 'Ô số liệu không phải số nguyên không âm' });
        continue;
      }
      figures[column.key] = Number(text.replace(/[.,\s]/g, ''));
      any = true;
    }
    if (!any) continue;
    statsRows.push({ line: record.line, label, isTotal: /^(tong|cong)\b/.test(foldKey(label)), figures });
  }
  return { headerLines, columns: best.columns, rows: statsRows, problems };
}
