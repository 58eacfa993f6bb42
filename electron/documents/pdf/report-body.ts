// The narrative part of the report PDF: letterhead, title, subject, addressee, body, signing block.
import type { ReportOutline } from '../report-outline';
import { mm } from '../units';
import { widestLine } from '../measure';
import { centredRule, letterhead, signingBlock } from './letterhead';
import { BODY_SIZE } from './page-setup';
import type { Content } from './pdfmake-types';

/** "DỰ THẢO" in a box at the top right of a part, for a report not signed yet. */
export function draftMark(o: ReportOutline): Content[] {
  if (!o.draftMark) return [];
  return [
    {
      columns: [
        { width: '*', text: '' },
        { width: 'auto', table: { widths: ['auto'], body: [[{ text: o.draftMark, bold: true, fontSize: 13, margin: [4, 1, 4, 1] }]] } },
      ],
      margin: [0, -16, 0, 2],
    },
  ];
}

export function reportNarrative(o: ReportOutline, contentWidth: number): Content[] {
  const subjectStyle = { size: BODY_SIZE, bold: true };
  const content: Content[] = [
    ...draftMark(o),
    letterhead({
      parentBody: o.parentBody,
      issuingBody: o.issuingBody,
      numberLine: o.numberLine,
      dateLine: o.dateLine,
      contentWidth,
    }),
    { text: o.title, fontSize: BODY_SIZE, bold: true, alignment: 'center', margin: [0, 12, 0, 0] },
    { text: o.subject, fontSize: BODY_SIZE, bold: true, alignment: 'center', margin: [mm(10), 0, mm(10), 0] },
    centredRule(Math.max(40, 0.4 * widestLine(o.subject, contentWidth - mm(20), subjectStyle))),
  ];
  if (o.addressee) content.push({ text: o.addressee, fontSize: BODY_SIZE, alignment: 'center', margin: [0, 6, 0, 12] });
  const blocks: Content[] = o.blocks.map((b) => ({ text: b.text, style: b.kind === 'paragraph' ? 'body' : b.kind }));
  // The signing block never stands alone on a page: it is kept with the last paragraph.
  const last = blocks.pop();
  content.push(...blocks);
  const signing = signingBlock({ recipients: o.recipients, lines: o.signing.lines, name: o.signing.name, contentWidth });
  content.push({ stack: last ? [last, signing] : [signing], unbreakable: true });
  return content;
}
