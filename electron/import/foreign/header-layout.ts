// Finds the header of a foreign export: real exports start with a title block (unit, "DANH SÁCH HỒ SƠ…",
// the period), the header may span two rows (a merged group header such as "Thời gian" above "Tiếp
// nhận" / "Hẹn trả"), a row of column numbers "(1) (2) (3)…" may follow it, and an STT column comes
// first. The header is the row (or pair of rows) among the first ones that names the most columns.
import { foldKey } from '../fold';
import type { TableRecord } from '../table';
import { type ForeignKey, recogniseHeader } from './header-aliases';
import { type ForeignMapping, IGNORED_COLUMN } from './mapping';

/** How far down the header is looked for. */
const HEADER_SEARCH_ROWS = 30;

export interface LayoutColumn {
  /** 0-based cell index. */
  index: number;
  /** The header as shown to the user: "Thời gian > Tiếp nhận" for a two-row header. */
  header: string;
  /** What it holds; null when it could not be placed; 'bo_qua' when the mapping says to ignore it. */
  key: ForeignKey | typeof IGNORED_COLUMN | null;
  /** Where the key came from. */
  source: 'auto' | 'mapping' | 'none';
}

export interface HeaderLayout {
  /** The lines of the header rows (one or two). */
  headerLines: number[];
  /** Index into the grid of the first row after the header (and after a row of column numbers). */
  dataStart: number;
  /** The line of a skipped row of column numbers, if any. */
  numberingLine: number | null;
  columns: LayoutColumn[];
}

interface HeaderCandidate {
  /** Per column: the texts that may name it, best first, and the label to show. */
  labels: { names: string[]; shown: string }[];
}

function singleRow(cells: readonly string[]): HeaderCandidate {
  return { labels: cells.map((cell) => ({ names: [cell.trim()], shown: cell.trim() })) };
}

/**
 * Two rows: a group header stretches to the right over the blank cells of the upper row while the lower
 * row has names under it (merged cells come out as blanks, or repeated by the xlsx reader).
 */
function twoRows(upper: readonly string[], lower: readonly string[]): HeaderCandidate {
  const width = Math.max(upper.length, lower.length);
  const labels: HeaderCandidate['labels'] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const top = (upper[c] ?? '').trim();
    const bottom = (lower[c] ?? '').trim();
    if (top !== '') group = top;
    else if (bottom === '') group = '';
    const parent = top !== '' ? top : group;
    if (bottom === '') labels.push({ names: [parent], shown: parent });
    else if (parent === '' || foldKey(parent) === foldKey(bottom)) labels.push({ names: [bottom], shown: bottom });
    else labels.push({ names: [bottom, `${parent} ${bottom}`, parent], shown: `${parent} > ${bottom}` });
  }
  return { labels };
}

function mappedKey(mapping: ForeignMapping, label: { names: string[]; shown: string }): ForeignKey | typeof IGNORED_COLUMN | null {
  const wanted = new Set([label.shown, ...label.names].map(foldKey));
  for (const [header, key] of Object.entries(mapping.columns)) {
    if (wanted.has(foldKey(header))) return key as ForeignKey | typeof IGNORED_COLUMN;
  }
  return null;
}

function placeColumns(candidate: HeaderCandidate, mapping: ForeignMapping): LayoutColumn[] {
  const taken = new Set<ForeignKey>();
  const columns: LayoutColumn[] = candidate.labels.map((label, index) => {
    const fromMapping = mappedKey(mapping, label);
    if (fromMapping !== null) {
      if (fromMapping !== IGNORED_COLUMN) taken.add(fromMapping);
      return { index, header: label.shown, key: fromMapping, source: 'mapping' };
    }
    return { index, header: label.shown, key: null, source: 'none' };
  });
  // Automatic recognition fills what the mapping left open; a second column naming a key already
  // placed stays unplaced (and is asked about).
  candidate.labels.forEach((label, index) => {
    const column = columns[index];
    if (!column || column.source === 'mapping') return;
    for (const name of label.names) {
      const key = recogniseHeader(name);
      if (key !== null && !taken.has(key)) {
        taken.add(key);
        columns[index] = { ...column, key, source: 'auto' };
        return;
      }
    }
  });
  return columns;
}

function score(columns: readonly LayoutColumn[]): number {
  const keys = new Set(columns.flatMap((c) => (c.key !== null && c.key !== IGNORED_COLUMN && c.key !== 'stt' ? [c.key] : [])));
  return keys.size;
}

/** A row of column numbers under the header: 1, 2, 3 … or (1), (2), (3) … */
function isNumberingRow(cells: readonly string[]): boolean {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  if (filled.length < 3) return false;
  return filled.every((cell, i) => cell === String(i + 1) || cell === `(${i + 1})`);
}

function layoutAt(rows: readonly TableRecord[], start: number, size: 1 | 2, mapping: ForeignMapping): { layout: HeaderLayout; score: number } | null {
  const upper = rows[start];
  const lower = rows[start + 1];
  if (!upper || (size === 2 && !lower)) return null;
  const candidate = size === 2 && lower ? twoRows(upper.cells, lower.cells) : singleRow(upper.cells);
  const columns = placeColumns(candidate, mapping);
  let dataStart = start + size;
  const next = rows[dataStart];
  const numberingLine = next && isNumberingRow(next.cells) ? next.line : null;
  if (numberingLine !== null) dataStart += 1;
  const headerLines = size === 2 && lower ? [upper.line, lower.line] : [upper.line];
  return { layout: { headerLines, dataStart, numberingLine, columns }, score: score(columns) };
}

/**
 * The best header among the first rows of the grid, or null when no row names two columns. A pair of
 * rows wins only when it names more columns than either row alone (so a title above the header is not
 * taken for a group header); on a tie the earlier row wins.
 */
export function findHeaderLayout(rows: readonly TableRecord[], mapping: ForeignMapping): HeaderLayout | null {
  if (mapping.headerLine !== undefined) {
    const start = rows.findIndex((r) => r.line === mapping.headerLine);
    return start < 0 ? null : (layoutAt(rows, start, mapping.headerRows ?? 1, mapping)?.layout ?? null);
  }
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const singles = Array.from({ length: limit }, (_, r) => layoutAt(rows, r, 1, mapping));
  let best: { layout: HeaderLayout; score: number } | null = null;
  for (let r = 0; r < limit; r++) {
    const single = singles[r] ?? null;
    if (single && (!best || single.score > best.score)) best = single;
    const pair = layoutAt(rows, r, 2, mapping);
    const alone = Math.max(single?.score ?? 0, singles[r + 1]?.score ?? 0);
    if (pair && pair.score > alone && (!best || pair.score > best.score)) best = pair;
  }
  return best && best.score >= 2 ? best.layout : null;
}
