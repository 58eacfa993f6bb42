// The decree's page set-up shared by every PDF: A4, margins (top/bottom 20 mm, left 30 mm, right 15 mm),
// Tinos at 14 pt, justified body with a 1.27 cm first-line indent, page numbers from page 2.
import { A4_MM, DECREE_MARGINS_MM, mm } from '../units';
import { DOCUMENT_FONT } from './fonts';
import { pageNumberHeader } from './letterhead';
import type { DocDefinition, Style } from './pdfmake-types';

export const BODY_SIZE = 14;

export const DECREE_PAGE_MARGINS: DocDefinition['pageMargins'] = [
  mm(DECREE_MARGINS_MM.left),
  mm(DECREE_MARGINS_MM.top),
  mm(DECREE_MARGINS_MM.right),
  mm(DECREE_MARGINS_MM.bottom),
];

export const PORTRAIT_WIDTH = mm(A4_MM.width - DECREE_MARGINS_MM.left - DECREE_MARGINS_MM.right);
export const LANDSCAPE_WIDTH = mm(A4_MM.height - DECREE_MARGINS_MM.left - DECREE_MARGINS_MM.right);

const paragraph: Style = { fontSize: BODY_SIZE, alignment: 'justify', leadingIndent: mm(12.7), lineHeight: 1.1, margin: [0, 0, 0, 6] };

export const BODY_STYLES: Record<string, Style> = {
  body: paragraph,
  heading: { ...paragraph, bold: true, margin: [0, 3, 0, 6] },
  subheading: { ...paragraph, bold: true },
  note: { ...paragraph, italics: true },
  /** Form lines: left-aligned, no indent, tighter spacing. */
  line: { fontSize: BODY_SIZE, lineHeight: 1.1, margin: [0, 0, 0, 4] },
  title: { fontSize: BODY_SIZE, bold: true, alignment: 'center' },
};

/** A document on the decree's page set-up; `createdOn` fixes the metadata date so output is reproducible. */
export function decreeDocument(
  title: string,
  content: DocDefinition['content'],
  createdOn: number,
  orientation: DocDefinition['pageOrientation'] = 'portrait',
): DocDefinition {
  return {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: DECREE_PAGE_MARGINS,
    header: pageNumberHeader(DECREE_PAGE_MARGINS),
    defaultStyle: { font: DOCUMENT_FONT, fontSize: BODY_SIZE, lineHeight: 1 },
    styles: BODY_STYLES,
    content,
    info: { title, creator: 'Sổ Một Cửa', creationDate: new Date(createdOn * 86_400_000) },
    language: 'vi-VN',
  };
}
