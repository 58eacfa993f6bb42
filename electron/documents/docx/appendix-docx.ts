// The report's annexes in Word, the same parts as the PDF: Biểu 06's signatures, the extended breakdown
// with the rates, the average resolution time, the late list and the corrections to signed periods.
import { AlignmentType, PageBreak, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx';
import { formatIntVi } from '../../../shared/format/vi-number';
import type { CompiledReport } from '../../../shared/report/compile';
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
  extendedCellText,
  extendedTable,
  lateRows,
  rateRows,
} from '../report-tables';
import { centred, layoutRow, plain, run } from './docx-parts';

type Block = Paragraph | Table;

interface CellStyle {
  bold?: boolean;
  italics?: boolean;
  left?: boolean;
  colSpan?: number;
  size?: number;
}

function gridCell(text: string, style: CellStyle = {}): TableCell {
  return new TableCell({
    columnSpan: style.colSpan,
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    children: [
      new Paragraph({
        alignment: style.left ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: [run(text, { size: style.size ?? 11, bold: style.bold, italics: style.italics })],
      }),
    ],
  });
}

/** A bordered table: a bold header row, then the rows; `left` = the columns aligned left. */
export function gridTable(headers: readonly string[], rows: readonly string[][], widthsTwips: readonly number[], left: readonly number[] = []): Table {
  return new Table({
    width: { size: widthsTwips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widthsTwips],
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => gridCell(h, { bold: true, size: 10 })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((t, i) => gridCell(t, { left: left.includes(i) })) })),
    ],
  });
}

/** Spreads `total` twips over columns: `fixed` as given, the rest shared by the columns marked 0. */
function widths(total: number, fixed: readonly number[]): number[] {
  const free = fixed.filter((w) => w === 0).length;
  const rest = total - fixed.reduce((a, b) => a + b, 0);
  return fixed.map((w) => (w === 0 ? Math.floor(rest / Math.max(1, free)) : w));
}

function emptyRow(headers: readonly string[], text: string): string[][] {
  return [[text, ...headers.slice(1).map(() => '')]];
}

/** "DỰ THẢO" at the top right, for a report not signed yet. */
export function draftParagraphs(o: ReportOutline): Paragraph[] {
  return o.draftMark ? [plain(o.draftMark, { size: 13, bold: true }, AlignmentType.RIGHT)] : [];
}

/** An annex's title with the report it goes with, its period and (while it runs) the provisional note. */
export function annexHeading(o: ReportOutline, title: string, pageBreak: boolean): Paragraph[] {
  return [
    ...(pageBreak ? [new Paragraph({ children: [new PageBreak()] })] : []),
    ...draftParagraphs(o),
    centred(title, { size: 12, bold: true }),
    centred(o.annexCaption, { size: 11, italics: true }),
    centred(`Kỳ báo cáo: ${o.periodText}`, { size: 12, italics: true }),
    ...(o.provisionalNote ? [centred(o.provisionalNote, { size: 11, italics: true })] : []),
  ];
}

/**
 * Biểu 06's signatures: the one who made the table, and the head of the unit. Led by an empty paragraph:
 * two tables in a row would be joined into one by Word and LibreOffice (and lose the form's borders).
 */
export function form06Signatures(o: ReportOutline, contentTwips: number): Block[] {
  const half = Math.round(contentTwips / 2);
  return [centred('', { size: 6 }), layoutRow(
    [half, contentTwips - half],
    [
      [centred(' ', { size: 12 }), centred('NGƯỜI LẬP BIỂU', { size: 12, bold: true }), centred('(Ký, ghi rõ họ tên)', { size: 11, italics: true })],
      [
        centred(o.dateLine, { size: 12, italics: true }),
        centred('THỦ TRƯỞNG ĐƠN VỊ', { size: 12, bold: true }),
        centred('(Ký tên, đóng dấu)', { size: 11, italics: true }),
        ...[1, 2, 3].map(() => centred('', { size: 12 })),
        centred(o.signing.name, { size: 12, bold: true }),
      ],
    ],
  )];
}

export function extendedBlocks(o: ReportOutline, report: CompiledReport, contentTwips: number): Block[] {
  const ext = extendedTable(report, o.profile);
  const cols = [...ext.columns];
  const rows: string[][] = [];
  for (const line of ext.lines) {
    if (line.kind === 'group') rows.push([line.label, ...cols.map(() => '')]);
    else rows.push([`- ${line.label}`, ...line.values.map((v) => extendedCellText(line, v))]);
  }
  const extWidths = widths(contentTwips, [4400, ...cols.map(() => 0)]);
  return [
    ...annexHeading(o, o.profile.extendedTitle, true),
    gridTable(['Chỉ tiêu', ...cols], rows, extWidths, [0]),
    centred(o.profile.ratesTitle, { size: 12, bold: true }),
    gridTable(['STT', 'Chỉ tiêu', 'Cách tính', 'Tỷ lệ'], rateRows(report, o.profile), widths(contentTwips, [560, 4600, 0, 1600]), [1, 2]),
    centred(AVERAGE_TITLE, { size: 12, bold: true }),
    gridTable(
      AVERAGE_COLUMNS,
      report.average_resolution.length === 0 ? emptyRow(AVERAGE_COLUMNS, 'Không có hồ sơ giải quyết có kết quả trong kỳ báo cáo.') : averageRows(report),
      widths(contentTwips, [560, 0, 1600, 1200, 2200]),
      [1],
    ),
  ];
}

export function lateBlocks(o: ReportOutline, report: CompiledReport, contentTwips: number, responsible: (code: string) => string): Block[] {
  const headers = o.profile.lateListColumns;
  const rows = lateRows(report.late_dossiers, responsible);
  return [
    ...annexHeading(o, o.profile.lateListTitle, true),
    gridTable(
      headers,
      rows.length === 0 ? emptyRow(headers, 'Không có hồ sơ quá hạn trong kỳ báo cáo.') : rows,
      widths(contentTwips, [460, 2300, 0, 1000, 1250, 1250, 1250, 900, 0, 1400, 1250]),
      [1, 2, 3, 8, 9],
    ),
  ];
}

export function correctionBlocks(corrections: readonly ReportCorrection[], cells: readonly CorrectedCell[], contentTwips: number): Block[] {
  if (corrections.length === 0) return [];
  const cellRows = cells.map((c, i) => [String(i + 1), c.period, c.row, c.column, `${formatIntVi(c.before)} → ${formatIntVi(c.after)}`]);
  return [
    centred('', { size: 6 }),
    centred(CORRECTIONS_TITLE, { size: 12, bold: true }),
    gridTable(
      CORRECTION_COLUMNS,
      corrections.map((c, i) => [String(i + 1), c.period, c.code, c.description, c.at]),
      widths(contentTwips, [560, 2000, 3000, 0, 1400]),
      [1, 2, 3],
    ),
    ...(cells.length === 0
      ? [plain('Các đính chính không làm thay đổi ô số liệu nào của Biểu 06 đã ký.', { size: 11, italics: true })]
      : [
          centred(CORRECTED_CELLS_TITLE, { size: 12, bold: true }),
          gridTable(CORRECTED_CELL_COLUMNS, cellRows, widths(contentTwips, [560, 2000, 2600, 0, 1800]), [1, 2, 3]),
        ]),
  ];
}
