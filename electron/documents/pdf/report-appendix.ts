// The landscape appendix of the report: Biểu 06, the extended breakdown, the rates and the late list.
import { formatIntVi } from '../../../shared/format/vi-number';
import type { CompiledReport } from '../../../shared/report/compile';
import type { ReportOutline } from '../report-outline';
import { AVERAGE_COLUMNS, AVERAGE_TITLE, averageRows, extendedCellText, extendedTable, formHeader, formRows, lateRows, rateRows } from '../report-tables';
import { draftMark } from './report-body';
import type { ColumnsNode, Content } from './pdfmake-types';
import { HEAD_STYLE, cell, fillWidths, gridTable, headerBody, simpleHeader } from './table-grid';

const NUMBER_ROW = { italics: true, alignment: 'center', fontSize: 9 } as const;
const BODY = { fontSize: 11 } as const;

function formHeading(o: ReportOutline, unitName: string, receivingUnit: string, width: number): ColumnsNode {
  const p = o.profile;
  return {
    columns: [
      {
        width: width * 0.24,
        stack: [
          { text: p.formCode, bold: true, fontSize: 12 },
          { text: p.formBasis, italics: true, fontSize: 10 },
        ],
      },
      {
        width: width * 0.46,
        alignment: 'center',
        stack: [
          { text: p.formTitle, bold: true, fontSize: 12 },
          { text: o.annexCaption, italics: true, fontSize: 11 },
          { text: `Kỳ báo cáo: ${o.periodText}`, fontSize: 12, margin: [0, 4, 0, 0] },
          ...(o.provisionalNote ? [{ text: o.provisionalNote, italics: true, fontSize: 11 }] : []),
        ],
      },
      {
        width: width * 0.3,
        stack: [
          { text: `Đơn vị báo cáo: ${unitName}`, fontSize: 12 },
          { text: `Đơn vị nhận báo cáo: ${receivingUnit}`, fontSize: 12 },
        ],
        margin: [12, 0, 0, 0],
      },
    ],
    columnGap: 0,
  };
}

export function form06(o: ReportOutline, report: CompiledReport, unitName: string, receivingUnit: string, width: number): Content[] {
  const grid = formHeader(o.profile);
  const widths = fillWidths(width, [26, ...o.profile.columns.map(() => 44)], 1);
  const body: Content[][] = headerBody(grid, widths);
  body.push(grid.numbers.map((n) => cell(n, NUMBER_ROW)));
  for (const r of formRows(report, o.profile)) {
    const style = { ...BODY, bold: r.total };
    body.push([
      cell(r.stt, { ...style, alignment: 'center' }),
      cell(r.field, style),
      ...r.values.map((v) => cell(formatIntVi(v), { ...style, alignment: 'center' })),
    ]);
  }
  return [
    { stack: [...draftMark(o), formHeading(o, unitName, receivingUnit, width)], pageBreak: 'before', pageOrientation: 'landscape' },
    { text: o.profile.unitOfMeasure, italics: true, alignment: 'right', fontSize: 11, margin: [0, 6, 0, 0] },
    gridTable(body, grid.rows + 1, widths),
    formSignatures(o, width),
  ];
}

function formSignatures(o: ReportOutline, width: number): Content {
  const note = (text: string): Content => ({ text, italics: true, fontSize: 11 });
  return {
    columns: [
      { width: width / 2, stack: [{ text: ' ', fontSize: 12 }, { text: 'NGƯỜI LẬP BIỂU', bold: true, fontSize: 12 }, note('(Ký, ghi rõ họ tên)')] },
      {
        width: width / 2,
        stack: [
          { text: o.dateLine, italics: true, fontSize: 12 },
          { text: 'THỦ TRƯỞNG ĐƠN VỊ', bold: true, fontSize: 12 },
          note('(Ký tên, đóng dấu)'),
          { text: o.signing.name, bold: true, fontSize: 12, margin: [0, 56, 0, 0] },
        ],
      },
    ],
    alignment: 'center',
    columnGap: 0,
    margin: [0, 10, 0, 0],
    unbreakable: true,
  };
}

export function extendedAndRates(o: ReportOutline, report: CompiledReport): Content[] {
  const ext = extendedTable(report, o.profile);
  const extBody: Content[][] = [simpleHeader(['Chỉ tiêu', ...ext.columns])];
  for (const line of ext.lines) {
    if (line.kind === 'group') {
      extBody.push([{ ...cell(line.label, { ...BODY, bold: true }), colSpan: ext.columns.length + 1 }, ...ext.columns.map((): Content => ({ text: '' }))]);
    } else {
      const text = (v: number) => extendedCellText(line, v);
      extBody.push([cell(`- ${line.label}`, BODY), ...line.values.map((v) => cell(text(v), { ...BODY, alignment: 'center', italics: line.untracked }))]);
    }
  }
  const ratesBody: Content[][] = [simpleHeader(['STT', 'Chỉ tiêu', 'Cách tính', 'Tỷ lệ'])];
  for (const r of rateRows(report, o.profile)) {
    ratesBody.push(r.map((t, i) => cell(t, { ...BODY, alignment: i === 0 || i === 3 ? 'center' : 'left' })));
  }
  return [
    { stack: [...draftMark(o), annexTitle(o, o.profile.extendedTitle)], pageBreak: 'before', pageOrientation: 'landscape' },
    gridTable(extBody, 1, [220, ...ext.columns.map((): '*' => '*')]),
    {
      stack: [
        { text: o.profile.ratesTitle, bold: true, alignment: 'center', fontSize: 12, margin: [0, 8, 0, 0] },
        gridTable(ratesBody, 1, [26, 230, '*', 70]),
      ],
      unbreakable: true,
    },
  ];
}

export function lateList(o: ReportOutline, report: CompiledReport, width: number, responsible?: (code: string) => string): Content[] {
  const rows = lateRows(report.late_dossiers, responsible);
  const body: Content[][] = [simpleHeader(o.profile.lateListColumns, { ...HEAD_STYLE, fontSize: 9 })];
  if (rows.length === 0) {
    const n = o.profile.lateListColumns.length;
    body.push([
      { ...cell('Không có hồ sơ quá hạn trong kỳ báo cáo.', { ...BODY, italics: true, alignment: 'center' }), colSpan: n },
      ...Array.from({ length: n - 1 }, (): Content => ({ text: '' })),
    ]);
  }
  for (const r of rows) body.push(r.map((t, i) => cell(t, { fontSize: 9.5, alignment: [0, 4, 5, 6, 7, 10].includes(i) ? 'center' : 'left' })));
  return [
    { stack: [...draftMark(o), annexTitle(o, o.profile.lateListTitle)], pageBreak: 'before', pageOrientation: 'landscape' },
    gridTable(body, 1, fillWidths(width, [18, 112, 46, 46, 46, 50, 36, 80, 56, 50], 2)),
  ];
}

/** An annex's title, the report it goes with and its period (with the provisional note while the period runs). */
export function annexTitle(o: ReportOutline, title: string): Content {
  return {
    stack: [
      { text: title, bold: true, alignment: 'center', fontSize: 12 },
      { text: o.annexCaption, alignment: 'center', fontSize: 11, italics: true },
      { text: `Kỳ báo cáo: ${o.periodText}`, alignment: 'center', fontSize: 12, italics: true },
      ...(o.provisionalNote ? [{ text: o.provisionalNote, alignment: 'center', fontSize: 11, italics: true } as const] : []),
    ],
    margin: [0, 0, 0, 4],
  };
}

export function averageTable(o: ReportOutline, report: CompiledReport): Content[] {
  const rows = averageRows(report);
  const body: Content[][] = [simpleHeader(AVERAGE_COLUMNS)];
  if (rows.length === 0) {
    body.push([
      { ...cell('Không có hồ sơ giải quyết có kết quả trong kỳ báo cáo.', { ...BODY, italics: true, alignment: 'center' }), colSpan: AVERAGE_COLUMNS.length },
      ...Array.from({ length: AVERAGE_COLUMNS.length - 1 }, (): Content => ({ text: '' })),
    ]);
  }
  for (const r of rows) body.push(r.map((t, i) => cell(t, { ...BODY, alignment: i === 1 ? 'left' : 'center' })));
  return [
    { text: AVERAGE_TITLE, bold: true, alignment: 'center', fontSize: 12, margin: [0, 10, 0, 4] },
    gridTable(body, 1, [26, '*', 70, 60, 70]),
  ];
}
