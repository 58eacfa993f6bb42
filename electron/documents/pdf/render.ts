// pdfmake 0.3 on the server: its Printer lays out a document definition into a pdfkit document, which we
// collect into bytes. No URL is fetched and no local file is read except the font files.
import { createRequire } from 'node:module';
import { isFontFile, pdfFontTable } from './fonts';
import type { DocDefinition } from './pdfmake-types';

interface PdfKitDocument {
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(): void;
}
interface Printer {
  createPdfKitDocument(doc: DocDefinition, options?: Record<string, unknown>): Promise<PdfKitDocument>;
}
interface UrlResolver {
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
}
type PrinterCtor = new (
  fonts: ReturnType<typeof pdfFontTable>,
  virtualfs: unknown,
  urlResolver: UrlResolver,
  localAccessPolicy: (path: string) => boolean,
) => Printer;

const require = createRequire(import.meta.url);

interface Pdfmake {
  PdfPrinter: PrinterCtor;
  URLResolver: new (fs: unknown) => UrlResolver;
  virtualfs: unknown;
}
let pdfmake: Pdfmake | null = null;

/** pdfmake is loaded on the first document, not with the app: it takes ~1 s to load, longer than the app's start. */
function loadPdfmake(): Pdfmake {
  pdfmake ??= {
    PdfPrinter: (require('pdfmake/js/Printer') as { default: PrinterCtor }).default,
    URLResolver: (require('pdfmake/js/URLResolver') as { default: new (fs: unknown) => UrlResolver }).default,
    virtualfs: (require('pdfmake/js/virtual-fs') as { default: unknown }).default,
  };
  return pdfmake;
}

export async function renderPdf(doc: DocDefinition): Promise<Uint8Array> {
  const { PdfPrinter, URLResolver, virtualfs } = loadPdfmake();
  const urlResolver = new URLResolver(virtualfs);
  urlResolver.setUrlAccessPolicy(() => false);
  const printer = new PdfPrinter(pdfFontTable(), virtualfs, urlResolver, isFontFile);
  const pdf = await printer.createPdfKitDocument(doc);
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    pdf.on('error', reject);
    pdf.end();
  });
}
