// Turning header grids and string rows into pdfmake table bodies (merged cells need placeholders).
import { type TextStyle, lineHeight, wrapText } from '../measure';
import type { HeaderCell, HeaderGrid } from '../report-tables';
import type { Content, Style, TableLayout, TableNode, TextNode } from './pdfmake-types';

export const HEAD_STYLE: Style = { bold: true, alignment: 'center', fontSize: 10 };

export function cell(text: string, style: Style = {}): TextNode {
  return { text, verticalAlignment: 'middle', ...style };
}

const PAD_H = 4; // pdfmake's default cell padding left/right
const PAD_V = 2; // and top/bottom
const RULE = 1;

/**
 * The header rows of a merged grid, with `{ text: '' }` where a merged cell covers a position. Merged
 * cells are centred vertically by measuring (pdfmake's own vertical alignment misplaces row spans).
 */
export function headerBody(grid: HeaderGrid, widths: readonly number[], style: Style = HEAD_STYLE): Content[][] {
  const text: TextStyle = { size: style.fontSize ?? 10, bold: style.bold ?? false };
  const lh = lineHeight(text);
  const spanWidth = (col: number, span: number) =>
    widths.slice(col, col + span).reduce((a, b) => a + b, 0) + (span - 1) * (2 * PAD_H + RULE);
  const contentHeight = (c: HeaderCell) => wrapText(c.text, spanWidth(c.col, c.colSpan), text).length * lh;
  const heights = Array.from({ length: grid.rows }, () => lh + 2 * PAD_V);
  const spanned = (c: HeaderCell) =>
    heights.slice(c.row, c.row + c.rowSpan).reduce((a, b) => a + b, 0) - 2 * PAD_V + (c.rowSpan - 1) * RULE;
  for (const c of [...grid.cells].sort((a, b) => a.rowSpan - b.rowSpan)) {
    const missing = contentHeight(c) - spanned(c);
    const last = c.row + c.rowSpan - 1;
    if (missing > 0) heights[last] = (heights[last] ?? 0) + missing;
  }
  const rows: Content[][] = Array.from({ length: grid.rows }, () => Array.from({ length: grid.cols }, (): Content => ({ text: '' })));
  for (const c of grid.cells) {
    const top = Math.max(0, (spanned(c) - contentHeight(c)) / 2);
    const row = rows[c.row];
    if (row) row[c.col] = { text: c.text, ...style, margin: [0, top, 0, 0], rowSpan: c.rowSpan, colSpan: c.colSpan };
  }
  return rows;
}

/** Explicit column widths filling `total` points: fixed widths, and the rest for the `flexible` column. */
export function fillWidths(total: number, fixed: readonly number[], flexible: number, padH = PAD_H): number[] {
  const cols = fixed.length + 1;
  const rest = total - fixed.reduce((a, b) => a + b, 0) - cols * 2 * padH - (cols + 1) * RULE;
  const out = [...fixed];
  out.splice(flexible, 0, Math.floor(rest));
  return out;
}

/** A simple one-row header. */
export function simpleHeader(labels: readonly string[], style: Style = HEAD_STYLE): Content[] {
  return labels.map((l) => cell(l, style));
}

/** Narrow left/right cell padding for wide tables. */
export function narrowPadding(padH: number): TableLayout {
  return { paddingLeft: () => padH, paddingRight: () => padH };
}

/** A table that repeats its header on every page and never splits a row. */
export function gridTable(body: Content[][], headerRows: number, widths: TableNode['table']['widths'], extra: Partial<TableNode> = {}): TableNode {
  return { table: { body, headerRows, dontBreakRows: true, widths }, margin: [0, 4, 0, 8], ...extra };
}
