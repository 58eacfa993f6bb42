// Corrections to figures already signed and sent (handoff.md "Locking"): listed on the next report so
// the receiving office sees what changed since.
import { formatIntVi } from '../../../shared/format/vi-number';
import type { CorrectedCell, ReportCorrection } from '../report-input';
import { CORRECTED_CELL_COLUMNS, CORRECTIONS_TITLE, CORRECTED_CELLS_TITLE } from '../report-tables';
import type { Content } from './pdfmake-types';
import { cell, fillWidths, gridTable, simpleHeader } from './table-grid';

import { CORRECTION_COLUMNS as COLUMNS } from '../report-tables';

export function correctionsList(corrections: readonly ReportCorrection[], cells: readonly CorrectedCell[], width: number): Content[] {
  if (corrections.length === 0) return [];
  const cellBody: Content[][] = [simpleHeader(CORRECTED_CELL_COLUMNS)];
  cells.forEach((c, i) =>
    cellBody.push([
      cell(String(i + 1), { fontSize: 10, alignment: 'center' }),
      cell(c.period, { fontSize: 10 }),
      cell(c.row, { fontSize: 10 }),
      cell(c.column, { fontSize: 10 }),
      cell(`${formatIntVi(c.before)} → ${formatIntVi(c.after)}`, { fontSize: 10, alignment: 'center' }),
    ]),
  );
  const cellPart: Content[] =
    cells.length === 0
      ? [{ text: 'Các đính chính không làm thay đổi ô số liệu nào của Biểu 06 đã ký.', italics: true, fontSize: 11, margin: [0, 8, 0, 0] }]
      : [
          { text: CORRECTED_CELLS_TITLE, bold: true, alignment: 'center', fontSize: 12, margin: [0, 10, 0, 4] },
          gridTable(cellBody, 1, fillWidths(width, [26, 100, 130, 90], 3)),
        ];
  const body: Content[][] = [simpleHeader(COLUMNS)];
  corrections.forEach((c, i) =>
    body.push([
      cell(String(i + 1), { fontSize: 10, alignment: 'center' }),
      cell(c.period, { fontSize: 10 }),
      cell(c.code, { fontSize: 10 }),
      cell(c.description, { fontSize: 10 }),
      cell(c.at, { fontSize: 10, alignment: 'center' }),
    ]),
  );
  return [
    { text: CORRECTIONS_TITLE, bold: true, alignment: 'center', fontSize: 12, margin: [0, 14, 0, 4] },
    gridTable(body, 1, fillWidths(width, [26, 100, 150, 70], 3)),
    ...cellPart,
  ];
}
