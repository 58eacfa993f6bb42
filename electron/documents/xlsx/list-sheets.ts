// Sheets "Hồ sơ quá hạn" (the late list, no personal data) and "Danh sách hồ sơ" (every dossier of the
// period; applicant columns only when asked for).
import type ExcelJS from 'exceljs';
import type { DossierListRow, ReportInput } from '../report-input';
import type { ReportOutline } from '../report-outline';
import { lateRows } from '../report-tables';
import { annexHeadingRows } from './appendix-sheets';
import { borderBox, colLetter, excelDate, fitRowHeight, font, printSetup, put } from './sheet-style';

const LATE_WIDTHS = [6, 28, 36, 14, 12, 12, 15, 12, 36, 22, 16];

export function addLateSheet(wb: ExcelJS.Workbook, input: ReportInput, o: ReportOutline): ExcelJS.Worksheet {
  const headers = o.profile.lateListColumns;
  const last = colLetter(headers.length);
  const ws = wb.addWorksheet('Hồ sơ quá hạn', {
    pageSetup: printSetup('landscape', '4:4'),
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  ws.columns = headers.map((_, i) => ({ width: LATE_WIDTHS[i] ?? 14 }));
  const top = annexHeadingRows(ws, o, o.profile.lateListTitle, headers.length);
  ws.views = [{ state: 'frozen', ySplit: top }];
  ws.pageSetup.printTitlesRow = `${top}:${top}`;
  headers.forEach((h, i) => put(ws, `${colLetter(i + 1)}${top}`, h, { font: font(11, { bold: true }), alignment: { horizontal: 'center' } }));
  fitRowHeight(ws, top, 2);
  const rows = lateRows(input.report.late_dossiers, (code) => input.responsibleFor?.[code] ?? '');
  const first = top + 1;
  rows.forEach((r, ri) => {
    r.forEach((text, ci) => {
      const numeric = ci === 0 || ci === 7;
      put(ws, `${colLetter(ci + 1)}${ri + first}`, numeric ? Number(text.replace(/\./g, '')) : text, {
        alignment: { horizontal: numeric || (ci >= 4 && ci <= 6) || ci === 10 ? 'center' : 'left' },
      });
    });
    fitRowHeight(ws, ri + first);
  });
  if (rows.length === 0) {
    put(ws, `A${first}:${last}${first}`, 'Không có hồ sơ quá hạn trong kỳ báo cáo.', { font: font(12, { italic: true }), alignment: { horizontal: 'center' } });
  }
  borderBox(ws, top, 1, top + Math.max(1, rows.length), headers.length);
  return ws;
}

interface ListColumn {
  header: string;
  width: number;
  value: (r: DossierListRow) => ExcelJS.CellValue;
  numFmt?: string;
}

const LIST_COLUMNS: ListColumn[] = [
  { header: 'Mã hồ sơ', width: 28, value: (r) => r.code },
  { header: 'Thủ tục', width: 40, value: (r) => r.procedure },
  { header: 'Lĩnh vực', width: 16, value: (r) => r.field },
  { header: 'Hình thức nộp', width: 20, value: (r) => r.channelLabel },
  { header: 'Ngày tiếp nhận', width: 17, value: (r) => excelDate(r.received.day, r.received.minute), numFmt: 'dd/mm/yyyy hh:mm' },
  { header: 'Hạn trả', width: 12, value: (r) => (r.due === null ? null : excelDate(r.due)), numFmt: 'dd/mm/yyyy' },
  { header: 'Ngày có kết quả', width: 14, value: (r) => (r.ended === null ? null : excelDate(r.ended)), numFmt: 'dd/mm/yyyy' },
  { header: 'Trạng thái', width: 22, value: (r) => r.statusLabel },
];

const PERSONAL_COLUMNS: ListColumn[] = [
  { header: 'Họ tên người nộp', width: 24, value: (r) => r.applicantName ?? '' },
  { header: 'Địa chỉ', width: 32, value: (r) => r.applicantAddress ?? '' },
  { header: 'Số điện thoại', width: 14, value: (r) => r.applicantPhone ?? '' },
];

export function addDossierListSheet(wb: ExcelJS.Workbook, rows: readonly DossierListRow[], includePersonalData: boolean): ExcelJS.Worksheet {
  const columns = includePersonalData ? [...LIST_COLUMNS, ...PERSONAL_COLUMNS] : LIST_COLUMNS;
  const ws = wb.addWorksheet('Danh sách hồ sơ', {
    pageSetup: printSetup('landscape', '1:1'),
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.columns = [{ width: 6 }, ...columns.map((c) => ({ width: c.width }))];
  put(ws, 'A1', 'STT', { font: font(11, { bold: true }), alignment: { horizontal: 'center' } });
  columns.forEach((c, i) => put(ws, `${colLetter(i + 2)}1`, c.header, { font: font(11, { bold: true }), alignment: { horizontal: 'center' } }));
  fitRowHeight(ws, 1);
  rows.forEach((r, ri) => {
    put(ws, `A${ri + 2}`, ri + 1, { alignment: { horizontal: 'center' } });
    columns.forEach((c, ci) =>
      put(ws, `${colLetter(ci + 2)}${ri + 2}`, c.value(r), c.numFmt ? { numFmt: c.numFmt, alignment: { horizontal: 'center' } } : {}),
    );
    fitRowHeight(ws, ri + 2);
  });
  borderBox(ws, 1, 1, rows.length + 1, columns.length + 1);
  ws.autoFilter = { from: 'A1', to: `${colLetter(columns.length + 1)}1` };
  return ws;
}
