// The narrative report as an editable Word document, laid out like the PDF (Nghị định 30/2020): A4,
// decree margins, Times New Roman, header and signing tables without borders, page numbers from page 2;
// then Biểu 06 on a landscape section.
import { AlignmentType, Document, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ReportInput } from '../report-input';
import { widestLine } from '../measure';
import { reportOutline } from '../report-outline';
import { A4_MM, DECREE_MARGINS_MM, twip } from '../units';
import { WORD_FONT, bodyParagraph, centred, rule } from './docx-parts';
import { correctionBlocks, draftParagraphs, extendedBlocks, form06Signatures, lateBlocks } from './appendix-docx';
import { form06Blocks } from './form06-docx';
import { letterheadTable, signingTable } from './letterhead-docx';

const PAGE = { width: twip(A4_MM.width), height: twip(A4_MM.height) };
const MARGIN = {
  top: twip(DECREE_MARGINS_MM.top),
  bottom: twip(DECREE_MARGINS_MM.bottom),
  left: twip(DECREE_MARGINS_MM.left),
  right: twip(DECREE_MARGINS_MM.right),
  header: twip(10),
  footer: twip(10),
};
const PORTRAIT_TWIPS = PAGE.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_TWIPS = PAGE.height - MARGIN.left - MARGIN.right;

function pageNumberHeader(): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: WORD_FONT, size: 26 })] })],
  });
}

export function reportDocument(input: ReportInput): Document {
  const o = reportOutline(input);
  const subjectRule = Math.max(40, 0.4 * widestLine(o.subject, PORTRAIT_TWIPS / 20 - 56, { size: 14, bold: true }));
  const body = [
    ...draftParagraphs(o),
    letterheadTable(o, PORTRAIT_TWIPS),
    centred('', { size: 12 }),
    centred(o.title, { size: 14, bold: true }),
    centred(o.subject, { size: 14, bold: true }),
    rule(subjectRule, PORTRAIT_TWIPS, 6),
    ...(o.addressee ? [centred(o.addressee, { size: 14 }, 12)] : []),
    // The last paragraph is kept with the signing block that follows it (never alone on a page).
    ...o.blocks.map((b, i) =>
      bodyParagraph(b.text, { bold: b.kind === 'heading' || b.kind === 'subheading', italics: b.kind === 'note' }, i === o.blocks.length - 1),
    ),
    signingTable(o, PORTRAIT_TWIPS),
  ];
  const responsible = (code: string) => input.responsibleFor?.[code] ?? '';
  const headers = { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({})] }) };
  return new Document({
    creator: 'Sổ Một Cửa',
    title: `Báo cáo ${o.period.label}`,
    styles: { default: { document: { run: { font: WORD_FONT, size: 28 } } } },
    sections: [
      {
        properties: { titlePage: true, page: { size: { ...PAGE, orientation: PageOrientation.PORTRAIT }, margin: MARGIN } },
        headers,
        children: body,
      },
      {
        properties: { page: { size: { ...PAGE, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } },
        headers: { default: pageNumberHeader() },
        children: [
          ...draftParagraphs(o),
          ...form06Blocks(o, input.report, input.unit.name, input.unit.receivingUnit, LANDSCAPE_TWIPS),
          ...form06Signatures(o, LANDSCAPE_TWIPS),
          ...extendedBlocks(o, input.report, LANDSCAPE_TWIPS),
          ...lateBlocks(o, input.report, LANDSCAPE_TWIPS, responsible),
          ...correctionBlocks(input.corrections ?? [], input.correctedCells ?? [], LANDSCAPE_TWIPS),
        ],
      },
    ],
  });
}

/** The report as .docx bytes. */
export async function renderReportDocx(input: ReportInput): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(reportDocument(input)));
}
