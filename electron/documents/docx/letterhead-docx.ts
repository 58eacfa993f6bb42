// The decree's header and signing block for Word: borderless two-column tables, rules measured with the
// Tinos metrics (the same as Times New Roman's).
import { AlignmentType, type Paragraph, type Table } from 'docx';
import { widestLine } from '../measure';
import { NATIONAL_MOTTO, NATIONAL_NAME } from '../vi-text';
import type { ReportOutline } from '../report-outline';
import { centred, layoutRow, plain, rule } from './docx-parts';

const twipToPt = (t: number) => t / 20;

export function letterheadTable(o: ReportOutline, contentTwips: number): Table {
  const left = Math.round(contentTwips * 0.4);
  const right = contentTwips - left;
  const leftCells: Paragraph[] = [];
  if (o.parentBody) leftCells.push(centred(o.parentBody, { size: 13 }));
  leftCells.push(
    centred(o.issuingBody, { size: 13, bold: true }),
    rule(Math.max(40, 0.4 * widestLine(o.issuingBody, twipToPt(left), { size: 13, bold: true })), left),
    centred(o.numberLine, { size: 13 }),
  );
  const rightCells = [
    centred(NATIONAL_NAME, { size: 12, bold: true }),
    centred(NATIONAL_MOTTO, { size: 13, bold: true }),
    rule(widestLine(NATIONAL_MOTTO, twipToPt(right), { size: 13, bold: true }), right, 6),
    centred(o.dateLine, { size: 14, italics: true }),
  ];
  return layoutRow([left, right], [leftCells, rightCells]);
}

export function signingTable(o: ReportOutline, contentTwips: number): Table {
  const left = Math.round(contentTwips * 0.45);
  const recipients: Paragraph[] =
    o.recipients.length === 0
      ? []
      : [plain('Nơi nhận:', { size: 12, bold: true, italics: true }), ...o.recipients.map((r) => plain(r, { size: 11 }))];
  const signing: Paragraph[] = [
    ...o.signing.lines.map((l) => centred(l, { size: 14, bold: true })),
    ...[1, 2, 3, 4].map(() => plain('', { size: 14 }, AlignmentType.CENTER)),
    centred(o.signing.name, { size: 14, bold: true }),
  ];
  return layoutRow([left, contentTwips - left], [recipients, signing]);
}
