// Reading a PDF back with a real parser (pdf.js, as packaged by unpdf): text per page with positions, page sizes, fonts.
import { getDocumentProxy } from 'unpdf';

export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfItem[];
  /** All text, whitespace collapsed, NFC. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const items: PdfItem[] = [];
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      items.push({ str: item.str.normalize('NFC'), x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, width: item.width });
      text += item.str + (item.hasEOL ? ' ' : '');
    }
    pages.push({ width, height, items, text: text.normalize('NFC').replace(/\s+/g, ' ').trim() });
  }
  await doc.cleanup();
  return pages;
}

/** Names of the fonts declared in the file and how many carry an embedded TrueType program. */
export function fontObjects(bytes: Uint8Array): { baseFonts: string[]; descriptors: number; embedded: number } {
  const raw = Buffer.from(bytes).toString('latin1');
  const baseFonts = [...new Set([...raw.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((m) => m[1] ?? ''))];
  return {
    baseFonts,
    descriptors: [...raw.matchAll(/\/Type \/FontDescriptor/g)].length,
    embedded: [...raw.matchAll(/\/FontFile2 /g)].length,
  };
}

export const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
