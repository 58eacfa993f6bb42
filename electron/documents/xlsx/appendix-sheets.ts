// Sheets "Chi tiết bổ sung" (the extended breakdown, the rates, the average resolution time) and
// "Đính chính" (changes to signed periods and the Biểu 06 cells they alter): the parts the PDF has.
import type ExcelJS from 'exceljs';
import type { CompiledReport } from '../../../shared/report/compile';
import { NOT_TRACKED_VI } from '../../../shared/report/tracking';
import type { CorrectedCell, ReportCorrection } from '../report-input';
import type { ReportOutline } from '../report-outline';
import {
  AVERAGE_COLUMNS,
  AVERAGE_TITLE,
  CORRECTED_CELL_COLUMNS,
  CORRECTED_CELLS_TITLE,
  CORRECTION_COLUMNS,
  CORRECTIONS_TITLE,
  averageRows,
  extendedTable,
  rateRows,
} from '../report-tables';
import { borderBox, colLetter, fitRowHeight, font, printSetup, put } from './sheet-style';

/** The draft mark, the title, the report it goes with, its period and the provisional note; returns the next free row. */
export function annexHeadingRows(ws: ExcelJS.Worksheet, o: ReportOutline, title: string, lastCol: number): number {
  const last = colLetter(lastCol);
  let row = 1;
  if (o.draftMark) {
    put(ws, `${last}${row}`, o.draftMark, { font: font(12, { bold: true }), alignment: { horizontal: 'right' } });
    row += 1;
  }
  put(ws, `A${row}:${last}${row}`, title, { font: font(13, { bold: true }), alignment: { horizontal: 'center' } });
  put(ws, `A${row + 1}:${last}${row + 1}`, o.annexCaption, { font: font(11, { italic: true }), alignment: { horizontal: 'center' } });
  put(ws, `A${row + 2}:${last}${row + 2}`, `Kỳ báo cáo: ${o.periodText}`, { font: font(12, { italic: true }), alignment: { horizontal: 'center' } });
  row += 3;
  if (o.provisionalNote) {
    put(ws, `A${row}:${last}${row}`, o.provisionalNote, { font: font(11, { italic: true }), alignment: { horizontal: 'center' } });
    row += 1;
  }
  return row + 1;
}

/** A bordered table of text at `top`; numbers stay numbers. Returns the row after it. */
function table(ws: ExcelJS.Worksheet, top: number, headers: readonly string[], rows: readonly (string | number)[][]): number {
  headers.forEach((h, i) => put(ws, `${colLetter(i + 1)}${top}`, h, { font: font(11, { bold: true }), alignment: { horizontal: 'center' } }));
  fitRowHeight(ws, top, 2);
  rows.forEach((r, ri) => {
    r.forEach((v, ci) =>
      put(ws, `${colLetter(ci + 1)}${top + 1 + ri}`, v, { alignment: { horizontal: typeof v === 'number' || v === NOT_TRACKED_VI ? 'center' : 'left' } }),
    );
    fitRowHeight(ws, top + 1 + ri);
  });
  borderBox(ws, top, 1, top + Math.max(0, rows.length), headers.length);
  return top + rows.length + 2;
}

export function addExtendedSheet(wb: ExcelJS.Workbook, report: CompiledReport, o: ReportOutline): ExcelJS.Worksheet {
  const ext = extendedTable(report, o.profile);
  const cols = Math.max(ext.columns.length + 1, 5);
  const ws = wb.addWorksheet('Chi tiết bổ sung', { pageSetup: printSetup('landscape', '1:1') });
  ws.columns = [{ width: 46 }, ...Array.from({ length: cols - 1 }, () => ({ width: 18 }))];
  let row = annexHeadingRows(ws, o, o.profile.extendedTitle, cols);
  const extRows: (string | number)[][] = ext.lines.map((line) =>
    line.kind === 'group' ? [line.label] : [`- ${line.label}`, ...line.values.map((v) => (line.untracked ? NOT_TRACKED_VI : v))],
  );
  row = table(ws, row, ['Chỉ tiêu', ...ext.columns], extRows);
  put(ws, `A${row}:${colLetter(cols)}${row}`, o.profile.ratesTitle, { font: font(12, { bold: true }), alignment: { horizontal: 'center' } });
  row = table(ws, row + 1, ['Chỉ tiêu', 'Cách tính', 'Tỷ lệ'], rateRows(report, o.profile).map((r) => [r[1] ?? '', r[2] ?? '', r[3] ?? '']));
  put(ws, `A${row}:${colLetter(cols)}${row}`, AVERAGE_TITLE, { font: font(12, { bold: true }), alignment: { horizontal: 'center' } });
  const averages = averageRows(report).map((r) => [r[1] ?? '', r[2] ?? '', report.average_resolution[Number(r[0]) - 1]?.count ?? 0, r[4] ?? '']);
  table(ws, row + 1, AVERAGE_COLUMNS.slice(1), averages.length > 0 ? averages : [['Không có hồ sơ giải quyết có kết quả trong kỳ báo cáo.']]);
  return ws;
}

export function addCorrectionsSheet(
  wb: ExcelJS.Workbook,
  corrections: readonly ReportCorrection[],
  cells: readonly CorrectedCell[],
  o: ReportOutline,
): ExcelJS.Worksheet | null {
  if (corrections.length === 0) return null;
  const ws = wb.addWorksheet('Đính chính', { pageSetup: printSetup('landscape', '1:1') });
  ws.columns = [{ width: 6 }, { width: 20 }, { width: 30 }, { width: 56 }, { width: 24 }];
  let row = annexHeadingRows(ws, o, CORRECTIONS_TITLE, CORRECTION_COLUMNS.length);
  row = table(ws, row, CORRECTION_COLUMNS, corrections.map((c, i) => [i + 1, c.period, c.code, c.description, c.at]));
  put(ws, `A${row}:E${row}`, CORRECTED_CELLS_TITLE, { font: font(12, { bold: true }), alignment: { horizontal: 'center' } });
  const cellRows = cells.map((c, i) => [i + 1, c.period, c.row, c.column, `${c.before} → ${c.after}`]);
  table(ws, row + 1, CORRECTED_CELL_COLUMNS, cellRows.length > 0 ? cellRows : [['', 'Các đính chính không làm thay đổi ô số liệu nào của Biểu 06 đã ký.']]);
  return ws;
}
