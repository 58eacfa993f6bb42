// Text files in the encodings Vietnamese offices still meet: UTF-8 (with or without BOM), Windows-1258
// (Excel's "CSV" on a Vietnamese Windows; tone marks as combining bytes after the letter) — converted;
// and the font encodings of the 1990s, TCVN3 (ABC, fonts .VnTime) and VNI (fonts VNI-Times), whose bytes
// only look right through their fonts — recognised and refused with a message naming them, so that no
// mojibake reaches the ledger.
import { LedgerFileError } from '../table';

export type TextEncodingName = 'utf-8' | 'windows-1258';
export type RefusedEncodingName = 'tcvn3' | 'vni';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const BOM = '\uFEFF';

/** The precomposed letters of Vietnamese (lower case) beyond ASCII. */
const VIETNAMESE_LETTERS = new Set(
  'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ'.split(''),
);

/** Non-ASCII characters outside typography that a Vietnamese text may hold besides its letters. */
const HARMLESS = new Set(['\u00a0', '–', '—', '‘', '’', '“', '”', '…', '•', '°', '€', '№']);

/** The share of non-ASCII characters of the text that are Vietnamese letters (1 when there is none). */
export function vietnameseShare(text: string): number {
  let foreign = 0;
  let vietnamese = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80 || HARMLESS.has(char)) continue;
    if (VIETNAMESE_LETTERS.has(char.toLowerCase())) vietnamese += 1;
    else foreign += 1;
  }
  return vietnamese + foreign === 0 ? 1 : vietnamese / (vietnamese + foreign);
}

/** Above this share a Windows-1258 reading is taken as right. */
const CP1258_THRESHOLD = 0.95;

const ASCII_VOWEL = /[aeiouyAEIOUY]/;

/**
 * TCVN3 or VNI, told apart by where their high bytes sit: VNI writes a plain vowel followed by its marks
 * ("Vieät", "Höôøng"), so most bytes above 0x7F follow a vowel or another such byte; TCVN3 has one byte
 * per accented vowel ("ViÖt", "Céng"), which mostly follows a consonant. Null when there are too few
 * high bytes to tell.
 */
export function legacyFontEncoding(bytes: Uint8Array): RefusedEncodingName | null {
  let high = 0;
  let afterVowel = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte < 0x80) continue;
    high += 1;
    const before = i > 0 ? (bytes[i - 1] as number) : 0x20;
    if (before >= 0x80 || ASCII_VOWEL.test(String.fromCharCode(before))) afterVowel += 1;
  }
  if (high < 3) return null;
  return afterVowel / high >= 0.6 ? 'vni' : 'tcvn3';
}

const REFUSED_NAMES: Record<RefusedEncodingName, string> = {
  tcvn3: 'TCVN3 (ABC, phông chữ .VnTime)',
  vni: 'VNI (phông chữ VNI-Times)',
};

export const CONVERT_HINT =
  'Hãy chuyển sang Unicode (ví dụ bằng Unikey → Công cụ chuyển mã) hoặc trong Excel chọn Lưu thành → "CSV UTF-8 (Comma delimited)" rồi nhập lại.';

function utf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.startsWith(BOM) ? text.slice(1) : text;
  } catch {
    return null;
  }
}

/**
 * Decodes a text file: UTF-8, else Windows-1258 when that reads as Vietnamese (converted to NFC); a
 * TCVN3 or VNI file, or one whose encoding cannot be told, is refused with a Vietnamese message.
 */
export function decodeLegacyText(bytes: Uint8Array, fileName: string): DecodedText {
  const asUtf8 = utf8(bytes);
  if (asUtf8 !== null) return { text: asUtf8, encoding: 'utf-8' };
  const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  if (vietnameseShare(cp1258) >= CP1258_THRESHOLD) return { text: cp1258, encoding: 'windows-1258' };
  const legacy = legacyFontEncoding(bytes);
  if (legacy !== null) {
    throw new LedgerFileError(`Tệp "${fileName}" được gõ bằng bảng mã ${REFUSED_NAMES[legacy]}, không phải Unicode, nên tiếng Việt sẽ bị lỗi. ${CONVERT_HINT}`);
  }
  throw new LedgerFileError(`Tệp "${fileName}" không được mã hóa UTF-8 và không nhận ra bảng mã của nó. ${CONVERT_HINT}`);
}
