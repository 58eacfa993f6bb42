// Biểu 06 in Word, on a landscape section, with the same merged header cells as the PDF and the XLSX.
import { AlignmentType, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { formatIntVi } from '../../../shared/format/vi-number';
import type { CompiledReport } from '../../../shared/report/compile';
import type { ReportOutline } from '../report-outline';
import { formHeader, formRows } from '../report-tables';
import { centred, plain, run } from './docx-parts';

function tableCell(text: string, opts: { bold?: boolean; italics?: boolean; size?: number; left?: boolean; colSpan?: number; rowSpan?: number }): TableCell {
  return new TableCell({
    columnSpan: opts.colSpan,
    rowSpan: opts.rowSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: opts.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [run(text, { size: opts.size ?? 11, bold: opts.bold, italics: opts.italics })],
      }),
    ],
  });
}

export function form06Blocks(o: ReportOutline, report: CompiledReport, unitName: string, receivingUnit: string, contentTwips: number): (Paragraph | Table)[] {
  const grid = formHeader(o.profile);
  const headerRows: TableRow[] = [];
  for (let r = 0; r < grid.rows; r += 1) {
    const cells = grid.cells
      .filter((c) => c.row === r)
      .sort((a, b) => a.col - b.col)
      .map((c) => tableCell(c.text, { bold: true, size: 10, colSpan: c.colSpan, rowSpan: c.rowSpan }));
    headerRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: cells }));
  }
  headerRows.push(new TableRow({ tableHeader: true, cantSplit: true, children: grid.numbers.map((n) => tableCell(n, { italics: true, size: 9 })) }));
  const bodyRows = formRows(report, o.profile).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          tableCell(row.stt, { bold: row.total }),
          tableCell(row.field, { bold: row.total, left: true }),
          ...row.values.map((v) => tableCell(formatIntVi(v), { bold: row.total })),
        ],
      }),
  );
  const numberCol = 900;
  const fieldCol = contentTwips - 560 - numberCol * o.profile.columns.length;
  const table = new Table({
    width: { size: contentTwips, type: WidthType.DXA },
    columnWidths: [560, fieldCol, ...o.profile.columns.map(() => numberCol)],
    layout: TableLayoutType.FIXED,
    rows: [...headerRows, ...bodyRows],
  });
  return [
    plain(o.profile.formCode, { size: 12, bold: true }),
    plain(o.profile.formBasis, { size: 10, italics: true }),
    centred(o.profile.formTitle, { size: 12, bold: true }),
    centred(o.annexCaption, { size: 11, italics: true }),
    centred(`Kỳ báo cáo: ${o.periodText}`, { size: 12 }),
    ...(o.provisionalNote ? [centred(o.provisionalNote, { size: 11, italics: true })] : []),
    plain(`Đơn vị báo cáo: ${unitName}`, { size: 12 }),
    plain(`Đơn vị nhận báo cáo: ${receivingUnit}`, { size: 12 }),
    plain(o.profile.unitOfMeasure, { size: 11, italics: true }, AlignmentType.RIGHT),
    table,
  ];
}
