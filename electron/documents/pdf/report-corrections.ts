// Corrections to figures already signed and sent (handoff.md "Locking"): listed on the next report so
// the receiving office sees what changed since.
import type { ReportCorrection } from '../report-input';
import type { Content } from './pdfmake-types';
import { cell, fillWidths, gridTable, simpleHeader } from './table-grid';

const COLUMNS = ['STT', 'Kỳ báo cáo đã ký', 'Mã hồ sơ', 'Nội dung đính chính', 'Thời điểm'];

export function correctionsList(corrections: readonly ReportCorrection[], width: number): Content[] {
  if (corrections.length === 0) return [];
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
    { text: 'ĐÍNH CHÍNH SỐ LIỆU CÁC KỲ ĐÃ BÁO CÁO', bold: true, alignment: 'center', fontSize: 12, margin: [0, 14, 0, 4] },
    gridTable(body, 1, fillWidths(width, [26, 100, 150, 70], 3)),
  ];
}
