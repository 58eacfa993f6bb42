// Tinos (Times New Roman metrics, full Vietnamese, Apache/OFL licence) from the installed
// @expo-google-fonts/tinos package. pdfmake embeds the subset of each face a document uses.
import { createRequire } from 'node:module';

export interface FontFaces {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** The family name documents use in their styles. */
export const DOCUMENT_FONT = 'Tinos';

const require = createRequire(import.meta.url);

function resolveFace(face: string): string {
  return require.resolve(`@expo-google-fonts/tinos/${face}/Tinos_${face}.ttf`);
}

let cached: FontFaces | null = null;

/** Absolute paths of the four TTF files. */
export function tinosFiles(): FontFaces {
  cached ??= {
    normal: resolveFace('400Regular'),
    bold: resolveFace('700Bold'),
    italics: resolveFace('400Regular_Italic'),
    bolditalics: resolveFace('700Bold_Italic'),
  };
  return cached;
}

/** A fresh pdfmake font table (pdfmake rewrites the entries it is given, so never share one). */
export function pdfFontTable(): Record<string, FontFaces> {
  return { [DOCUMENT_FONT]: { ...tinosFiles() } };
}

/** Whether a path is one of the font files (the only local files a document may read). */
export function isFontFile(path: string): boolean {
  return Object.values(tinosFiles()).includes(path);
}
