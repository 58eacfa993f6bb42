// The parts of Nghị định 30/2020 Phụ lục I every administrative document shares: the two-column header,
// short rules, the "Nơi nhận" + signing block, and page numbers in the top margin from page 2.
import { type TextStyle, widestLine } from '../measure';
import { NATIONAL_MOTTO, NATIONAL_NAME } from '../vi-text';
import type { CanvasNode, Content, DocDefinition, PageSize } from './pdfmake-types';

/** A horizontal rule `length` long, centred in its box (pdfmake centres a canvas by its own width). */
export function centredRule(length: number, marginTop = 3): CanvasNode {
  return {
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: length, y2: 0, lineWidth: 0.6 }],
    alignment: 'center',
    margin: [0, marginTop, 0, 2],
  };
}

/** A rule a third to a half as long as the text above it (the decree's rule under a name or subject). */
export function shortRuleUnder(text: string, boxWidth: number, style: TextStyle): CanvasNode {
  return centredRule(Math.max(40, widestLine(text, boxWidth, style) * 0.4));
}

export interface LetterheadOptions {
  parentBody: string;
  issuingBody: string;
  /** "Số: 356/BC-UBND", or null. */
  numberLine: string | null;
  /** "Hương Hữu, ngày 08 tháng 3 năm 2024" (vi-text placeDateLine). */
  dateLine: string;
  contentWidth: number;
}

export function letterhead(o: LetterheadOptions): Content {
  const leftW = o.contentWidth * 0.4;
  const rightW = o.contentWidth - leftW;
  const issuing: TextStyle = { size: 13, bold: true };
  const motto: TextStyle = { size: 13, bold: true };
  const left: Content[] = [];
  if (o.parentBody.trim()) left.push({ text: o.parentBody, fontSize: 13 });
  left.push({ text: o.issuingBody, fontSize: 13, bold: true }, shortRuleUnder(o.issuingBody, leftW, issuing));
  if (o.numberLine) left.push({ text: o.numberLine, fontSize: 13, margin: [0, 4, 0, 0] });
  const right: Content[] = [
    { text: NATIONAL_NAME, fontSize: 12, bold: true },
    { text: NATIONAL_MOTTO, fontSize: 13, bold: true },
    centredRule(widestLine(NATIONAL_MOTTO, rightW, motto), 2),
    { text: o.dateLine, fontSize: 14, italics: true, margin: [0, 6, 0, 0] },
  ];
  return {
    columns: [
      { width: leftW, stack: left, alignment: 'center' },
      { width: rightW, stack: right, alignment: 'center' },
    ],
    columnGap: 0,
    margin: [0, 0, 0, 12],
  };
}

export interface SigningOptions {
  recipients: string[];
  lines: string[];
  name: string;
  contentWidth: number;
  /** A note under the title lines, e.g. "(Ký, ghi rõ họ tên)". */
  note?: string;
}

/** "Nơi nhận:" on the left, the signing block on the right; kept on one page. */
export function signingBlock(o: SigningOptions): Content {
  const leftW = o.contentWidth * 0.45;
  const left: Content[] =
    o.recipients.length === 0
      ? []
      : [{ text: 'Nơi nhận:', fontSize: 12, bold: true, italics: true }, ...o.recipients.map((r) => ({ text: r, fontSize: 11 }))];
  const right: Content[] = o.lines.map((l) => ({ text: l, fontSize: 14, bold: true }));
  if (o.note) right.push({ text: o.note, fontSize: 13, italics: true });
  right.push({ text: o.name, fontSize: 14, bold: true, margin: [0, o.note ? 64 : 72, 0, 0] });
  return {
    columns: [
      { width: leftW, stack: left },
      { width: o.contentWidth - leftW, stack: right, alignment: 'center' },
    ],
    columnGap: 0,
    margin: [0, 12, 0, 0],
    unbreakable: true,
  };
}

/** Page numbers centred in the top margin, 13 pt, none on page 1. */
export function pageNumberHeader(margins: DocDefinition['pageMargins']): DocDefinition['header'] {
  return (currentPage: number, _count: number, _size: PageSize) =>
    currentPage === 1
      ? null
      : { text: String(currentPage), alignment: 'center', fontSize: 13, margin: [margins[0], margins[1] / 2 - 6, margins[2], 0] };
}
