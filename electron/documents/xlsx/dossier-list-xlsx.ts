// A one-sheet XLSX list of dossiers for the clerk (seed 002: the lists the province's system cannot
// export; "chưa có trên hệ thống tỉnh"): a title, the unit and period, a header row and one row per
// dossier, numbered. The caller decides the columns, personal ones only when the user asked for them.
import ExcelJS from 'exceljs';
import { borderBox, colLetter, fitRowHeight, font, printSetup, put } from './sheet-style';

export interface DossierListSheet {
  title: string;
  subtitle: string;
  columns: { header: string; width: number }[];
  rows: (string | number)[][];
  /** Shown instead of rows when there is none. */
  emptyText: string;
}

export async function renderDossierListXlsx(list: DossierListSheet): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const headers = [{ header: 'STT', width: 6 }, ...list.columns];
  const last = colLetter(headers.length);
  const ws = wb.addWorksheet('Danh sách', { pageSetup: printSetup('landscape', '4:4'), views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = headers.map((c) => ({ width: c.width }));
  put(ws, `A1:${last}1`, list.title, { font: font(13, { bold: true }), alignment: { horizontal: 'center' } });
  put(ws, `A2:${last}2`, list.subtitle, { font: font(12, { italic: true }), alignment: { horizontal: 'center' } });
  headers.forEach((h, i) => put(ws, `${colLetter(i + 1)}4`, h.header, { font: font(11, { bold: true }), alignment: { horizontal: 'center' } }));
  fitRowHeight(ws, 4, 2);
  list.rows.forEach((row, r) => {
    [r + 1, ...row].forEach((value, c) => put(ws, `${colLetter(c + 1)}${r + 5}`, value, { alignment: { horizontal: c === 0 ? 'center' : 'left' } }));
    fitRowHeight(ws, r + 5);
  });
  if (list.rows.length === 0) put(ws, `A5:${last}5`, list.emptyText, { font: font(12, { italic: true }), alignment: { horizontal: 'center' } });
  borderBox(ws, 4, 1, 4 + Math.max(1, list.rows.length), headers.length);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
