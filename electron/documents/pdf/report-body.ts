// The narrative part of the report PDF: letterhead, title, subject, addressee, body, signing block.
import type { ReportOutline } from '../report-outline';
import { mm } from '../units';
import { widestLine } from '../measure';
import { centredRule, letterhead, signingBlock } from './letterhead';
import { BODY_SIZE } from './page-setup';
import type { Content } from './pdfmake-types';

export function reportNarrative(o: ReportOutline, contentWidth: number): Content[] {
  const subjectStyle = { size: BODY_SIZE, bold: true };
  const content: Content[] = [
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
  for (const b of o.blocks) content.push({ text: b.text, style: b.kind === 'paragraph' ? 'body' : b.kind });
  content.push(signingBlock({ recipients: o.recipients, lines: o.signing.lines, name: o.signing.name, contentWidth }));
  return content;
}
