// Text widths in points with the document font, for rules that must be as long as a line of text
// (Nghị định 30: the rule under "Độc lập - Tự do - Hạnh phúc"). Uses pdfkit, which pdfmake brings.
import { createRequire } from 'node:module';
import { type FontFaces, tinosFiles } from './pdf/fonts';

interface PdfKitMeasurer {
  font(src: string): PdfKitMeasurer;
  fontSize(size: number): PdfKitMeasurer;
  widthOfString(text: string): number;
  currentLineHeight(includeGap: boolean): number;
}
type PdfKitCtor = new (options: { autoFirstPage: boolean }) => PdfKitMeasurer;

const require = createRequire(import.meta.url);
// pdfkit is pdfmake's dependency: resolve it from pdfmake so hoisting never matters.
const pdfmakeRequire = createRequire(require.resolve('pdfmake/package.json'));

let measurer: PdfKitMeasurer | null = null;

export interface TextStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

function faceOf(style: TextStyle): keyof FontFaces {
  if (style.bold && style.italics) return 'bolditalics';
  if (style.bold) return 'bold';
  if (style.italics) return 'italics';
  return 'normal';
}

function measurerFor(style: TextStyle): PdfKitMeasurer {
  if (measurer === null) {
    const PDFKit = pdfmakeRequire('pdfkit') as PdfKitCtor;
    measurer = new PDFKit({ autoFirstPage: false });
  }
  return measurer.font(tinosFiles()[faceOf(style)]).fontSize(style.size);
}

export function textWidth(text: string, style: TextStyle): number {
  return measurerFor(style).widthOfString(text);
}

/** The lines `text` wraps to in `width` points (greedy on spaces, like the layout engine). */
export function wrapText(text: string, width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, style) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  lines.push(line);
  return lines;
}

/** The height of one line of text (ascender, descender and line gap of the font). */
export function lineHeight(style: TextStyle): number {
  return measurerFor(style).currentLineHeight(true);
}

/** The width of the widest line `text` wraps to in `width`. */
export function widestLine(text: string, width: number, style: TextStyle): number {
  return Math.max(...wrapText(text, width, style).map((l) => textWidth(l, style)));
}
