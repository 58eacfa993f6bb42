// Cell styling shared by the workbook's sheets: Times New Roman (Word and Excel on Windows have it),
// thin borders, A4 print set-up with the decree's margins.
import type ExcelJS from 'exceljs';
import { DECREE_MARGINS_MM } from '../units';

export const FONT_NAME = 'Times New Roman';

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

export function font(size = 12, extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { name: FONT_NAME, size, ...extra };
}

const inch = (mm: number) => mm / 25.4;

/** A4 (paper size 9), fit to one page wide, the decree's margins, rows repeated on every page. */
export function printSetup(orientation: 'portrait' | 'landscape', titleRows: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9 as ExcelJS.PaperSize,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: {
      left: inch(DECREE_MARGINS_MM.left),
      right: inch(DECREE_MARGINS_MM.right),
      top: inch(DECREE_MARGINS_MM.top),
      bottom: inch(DECREE_MARGINS_MM.bottom),
      header: inch(8),
      footer: inch(8),
    },
  };
}

/** Writes `value` into a merged range (or one cell) with a style. */
export function put(
  ws: ExcelJS.Worksheet,
  range: string,
  value: ExcelJS.CellValue,
  style: { font?: Partial<ExcelJS.Font>; alignment?: Partial<ExcelJS.Alignment>; border?: boolean; numFmt?: string } = {},
): ExcelJS.Cell {
  const [first = range] = range.split(':');
  if (range.includes(':')) ws.mergeCells(range);
  const cell = ws.getCell(first);
  cell.value = value;
  cell.font = style.font ?? font();
  cell.alignment = { vertical: 'middle', wrapText: true, ...style.alignment };
  if (style.border) cell.border = THIN;
  if (style.numFmt) cell.numFmt = style.numFmt;
  return cell;
}

/** Borders on every cell of a rectangle (merged cells need it on each covered cell for Excel to draw them). */
export function borderBox(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r += 1) for (let c = left; c <= right; c += 1) ws.getCell(r, c).border = THIN;
}

/** Column letter of a 1-based index (1 → A, 27 → AA). */
export function colLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A date (and optional minute) as an Excel date: the wall-clock value stored as UTC. */
export function excelDate(day: number, minute = 0): Date {
  return new Date(day * 86_400_000 + minute * 60_000);
}

/**
 * Sets a row's height for its wrapped text (Excel does not grow rows written by a program): an estimate
 * of a character per 0.85 unit of column width (Times New Roman 12 pt), 16 pt per line.
 */
export function fitRowHeight(ws: ExcelJS.Worksheet, row: number, minLines = 1): void {
  let lines = minLines;
  ws.getRow(row).eachCell((cell, col) => {
    if (typeof cell.value !== 'string' || cell.isMerged) return;
    const width = ws.getColumn(col).width ?? 10;
    lines = Math.max(lines, Math.ceil((cell.value.length * 0.85) / Math.max(1, width)));
  });
  ws.getRow(row).height = 16 * lines;
}
