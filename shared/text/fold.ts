// Diacritic-, case- and spacing-insensitive text for search: "Nguyễn  Văn A" and "nguyen van a" fold to
// the same key. Vietnamese keyboards write both composed (NFC) and decomposed (NFD, "tổ hợp") text, so
// the input is decomposed first and every combining mark removed; đ has no decomposition and maps to d
// (as does the look-alike Icelandic eth ð/Ð that old font conversions leave behind).

const COMBINING_MARKS = /\p{M}+/gu;
const D_LETTERS = /[đĐðÐ]/g;
const SPACES = /\s+/gu;

/** Lower case, no diacritics, đ → d, every run of white space as one space, trimmed. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_LETTERS, 'd')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

/** The letter-and-digit words of a folded text, in order ("000.00.12.H40-240307" → 000, 00, 12, h40, 240307). */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}
