// Sheet "Biểu 06": the form's heading, the merged two-level header, the column numbers, one row per field
// and the total, with borders and an A4 landscape print set-up.
import type ExcelJS from 'exceljs';
import type { ReportOutline } from '../report-outline';
import { formHeader, formRows } from '../report-tables';
import type { ReportInput } from '../report-input';
import { borderBox, colLetter, font, printSetup, put } from './sheet-style';

/** The first row of the table header. */
export const FORM06_HEADER_ROW = 5;

export function addForm06Sheet(wb: ExcelJS.Workbook, input: ReportInput, o: ReportOutline): ExcelJS.Worksheet {
  const grid = formHeader(o.profile);
  const last = colLetter(grid.cols);
  const ws = wb.addWorksheet('Biểu 06', {
    pageSetup: printSetup('landscape', `${FORM06_HEADER_ROW}:${FORM06_HEADER_ROW + grid.rows}`),
    views: [{ state: 'frozen', ySplit: FORM06_HEADER_ROW + grid.rows, showGridLines: false }],
  });
  ws.columns = [{ width: 6 }, { width: 30 }, ...o.profile.columns.map(() => ({ width: 11 }))];

  const bold = font(12, { bold: true });
  put(ws, 'A1:C1', o.profile.formCode, { font: bold });
  put(ws, 'A2:C3', o.profile.formBasis, { font: font(10, { italic: true }), alignment: { vertical: 'top' } });
  put(ws, `D1:${colLetter(grid.cols - 3)}1`, o.profile.formTitle, { font: bold, alignment: { horizontal: 'center' } });
  put(ws, `D2:${colLetter(grid.cols - 3)}2`, o.annexCaption, { font: font(11, { italic: true }), alignment: { horizontal: 'center' } });
  put(ws, `D3:${colLetter(grid.cols - 3)}3`, `Kỳ báo cáo: ${o.periodText}`, {
    alignment: { horizontal: 'center' },
  });
  put(ws, `${colLetter(grid.cols - 2)}1:${last}1`, `Đơn vị báo cáo: ${input.unit.name}`);
  put(ws, `${colLetter(grid.cols - 2)}2:${last}3`, `Đơn vị nhận báo cáo: ${input.unit.receivingUnit}`, { alignment: { vertical: 'top' } });
  const status = [o.draftMark, o.provisionalNote].filter((t) => t !== null).join(' — ');
  put(ws, `A4:${colLetter(grid.cols - 3)}4`, status === '' ? null : status, { font: font(11, { bold: true }) });
  put(ws, `${colLetter(grid.cols - 2)}4:${last}4`, o.profile.unitOfMeasure, { font: font(11, { italic: true }), alignment: { horizontal: 'right' } });
  ws.getRow(1).height = 48;
  ws.getRow(2).height = 32;

  const head = font(11, { bold: true });
  for (const c of grid.cells) {
    const top = FORM06_HEADER_ROW + c.row;
    const first = `${colLetter(c.col + 1)}${top}`;
    const merged = c.rowSpan > 1 || c.colSpan > 1;
    put(ws, merged ? `${first}:${colLetter(c.col + c.colSpan)}${top + c.rowSpan - 1}` : first, c.text, {
      font: head,
      alignment: { horizontal: 'center' },
    });
  }
  // Excel and LibreOffice do not grow merged rows to fit wrapped text: give the header rows room.
  for (let r = 0; r < grid.rows; r += 1) ws.getRow(FORM06_HEADER_ROW + r).height = r === grid.rows - 1 ? 48 : 30;
  const numbersRow = FORM06_HEADER_ROW + grid.rows;
  grid.numbers.forEach((n, i) => put(ws, `${colLetter(i + 1)}${numbersRow}`, n, { font: font(10, { italic: true }), alignment: { horizontal: 'center' } }));

  let row = numbersRow + 1;
  for (const r of formRows(input.report, o.profile)) {
    const f = font(12, { bold: r.total });
    put(ws, `A${row}`, r.stt === '' ? null : Number(r.stt), { font: f, alignment: { horizontal: 'center' } });
    put(ws, `B${row}`, r.field, { font: f });
    r.values.forEach((v, i) => put(ws, `${colLetter(i + 3)}${row}`, v, { font: f, alignment: { horizontal: 'center' }, numFmt: '#,##0' }));
    row += 1;
  }
  borderBox(ws, FORM06_HEADER_ROW, 1, row - 1, grid.cols);

  row += 1;
  const half = Math.floor(grid.cols / 2);
  put(ws, `${colLetter(half + 1)}${row}:${last}${row}`, o.dateLine, { font: font(12, { italic: true }), alignment: { horizontal: 'center' } });
  put(ws, `A${row + 1}:${colLetter(half)}${row + 1}`, 'NGƯỜI LẬP BIỂU', { font: bold, alignment: { horizontal: 'center' } });
  put(ws, `${colLetter(half + 1)}${row + 1}:${last}${row + 1}`, 'THỦ TRƯỞNG ĐƠN VỊ', { font: bold, alignment: { horizontal: 'center' } });
  put(ws, `${colLetter(half + 1)}${row + 5}:${last}${row + 5}`, o.signing.name, { font: bold, alignment: { horizontal: 'center' } });
  return ws;
}
