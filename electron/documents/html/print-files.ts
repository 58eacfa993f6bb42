// The files a print page is made of, by the relative addresses the page uses: the page, its stylesheet
// and the Tinos faces (read from the installed font package, the same files the PDFs embed).
import { readFileSync } from 'node:fs';
import { type FontFaces, tinosFiles } from '../pdf/fonts';
import type { PrintableDocument } from './doc-html';

export const PRINT_PAGE = 'trang.html';
export const PRINT_STYLESHEET = 'trang.css';
export const PRINT_FONT_FOLDER = 'phong-chu';

export const FONT_FILE_NAMES: Record<keyof FontFaces, string> = {
  normal: 'Tinos-Regular.ttf',
  bold: 'Tinos-Bold.ttf',
  italics: 'Tinos-Italic.ttf',
  bolditalics: 'Tinos-BoldItalic.ttf',
};

export interface PrintFile {
  contentType: string;
  body: Uint8Array;
}

/** The file at `relative` (e.g. "trang.css", "phong-chu/Tinos-Bold.ttf") of a print page, or null. */
export function printFile(doc: PrintableDocument, relative: string): PrintFile | null {
  if (relative === PRINT_PAGE) return { contentType: 'text/html; charset=utf-8', body: Buffer.from(doc.html, 'utf8') };
  if (relative === PRINT_STYLESHEET) return { contentType: 'text/css; charset=utf-8', body: Buffer.from(doc.css, 'utf8') };
  for (const [face, name] of Object.entries(FONT_FILE_NAMES) as [keyof FontFaces, string][]) {
    if (relative === `${PRINT_FONT_FOLDER}/${name}`) return { contentType: 'font/ttf', body: readFileSync(tinosFiles()[face]) };
  }
  return null;
}
