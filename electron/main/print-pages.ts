// The pages being printed, held in memory only while their print runs and served from the app's own
// scheme (somc://app/in/<token>/…, with the same strict CSP as every page): a form with citizens' data
// never touches the disk.
import { randomUUID } from 'node:crypto';
import type { PrintableDocument } from '../documents/html/doc-html';
import { PRINT_PAGE, type PrintFile, printFile } from '../documents/html/print-files';
import { APP_ORIGIN } from './security';

const held = new Map<string, PrintableDocument>();
const PRINT_PATH = /^\/in\/([0-9a-f-]{36})\/(.+)$/;

export interface HeldPage {
  url: string;
  release(): void;
}

export function holdPrintPage(doc: PrintableDocument): HeldPage {
  const token = randomUUID();
  held.set(token, doc);
  return { url: `${APP_ORIGIN}/in/${token}/${PRINT_PAGE}`, release: () => held.delete(token) };
}

/** A file of a page being printed, or null (an unknown or released token, an unknown file). */
export function printPageFile(pathname: string): PrintFile | null {
  const match = PRINT_PATH.exec(pathname);
  const doc = match ? held.get(match[1] ?? '') : undefined;
  return doc && match ? printFile(doc, match[2] ?? '') : null;
}
