// Text typed with the old Vietnamese fonts (VNI-Windows, TCVN3/ABC) and later saved as Unicode reads as
// mojibake: "Nguyeãn Vaên Anh" (VNI) or "NguyÔn V¨n An" (TCVN3) for "Nguyễn Văn An". Imported as is, it
// would be stored, searched and printed wrong. This module only recognises such text so the import can
// refuse it with a clear message; converting it is the job of the legacy-encoding conversion of the
// provincial exports (issue 13), which may extend this module.

export type LegacyFont = 'VNI' | 'TCVN3';

/**
 * Latin-1 characters no Vietnamese word uses, which both fonts put inside words: TCVN3's letters (¨ © ª «
 * ¬ ® § µ ¸ ¶ · ¹ …, Ç Ë Î Ï Ñ Ö × Ø Û Ü Þ ß …) and VNI's marks (ñ Ñ for đ/Đ, ö for ư, ø û ï ü ë ä å …).
 */
const NON_VIETNAMESE_LATIN1 = /[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8\u00db\u00dc\u00de-\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe\u00ff]/u;

/** TCVN3 upper-case forms of its letters inside a lower-case word: "NguyÔn", "TrÇn", "ThÞ". */
const TCVN3_CAPITAL_INSIDE = /[a-z][\u00c0-\u00de](?=[a-z])/u;

/**
 * VNI writes a vowel and then its marks as a second Latin-1 letter: "eã" (ễ), "aâ" (â), "aê" (ă), "oâ" (ô),
 * "aù" (á), "yù" (ý). No Vietnamese syllable has such a pair (the valid "oà", "oá", "uâ", "iê"… are left out).
 */
const VNI_VOWEL_PAIR = /[aA][âêùøûõïáàåãäéèúüë]|[eE][âùøûõïáàåãä]|[oO][âùøûõïåä]|[iIyY][ùøûõï]|[uU][ùøûõïåä]/u;

const TCVN3_ONLY = /[\u00a1-\u00bf\u00d7\u00de]/u;

/** Which old font `text` seems typed in, or null when it reads as ordinary Unicode Vietnamese. */
export function legacyFontOf(text: string): LegacyFont | null {
  for (const word of text.split(/[\s,.;:()"'/-]+/u)) {
    if (word.length < 2 || !/[A-Za-z]/.test(word)) continue;
    if (TCVN3_ONLY.test(word) || TCVN3_CAPITAL_INSIDE.test(word)) return 'TCVN3';
    if (VNI_VOWEL_PAIR.test(word) || NON_VIETNAMESE_LATIN1.test(word)) return 'VNI';
  }
  return null;
}

/** The reason an import gives for such a cell (Vietnamese). */
export function legacyFontReason(font: LegacyFont): string {
  return (
    `Chữ có vẻ được gõ bằng phông ${font === 'VNI' ? 'VNI (ví dụ "Nguyeãn" thay cho "Nguyễn")' : 'TCVN3/ABC (ví dụ "NguyÔn" thay cho "Nguyễn")'} ` +
    'rồi lưu thành Unicode nên bị lỗi phông. Hãy chuyển mã tệp sang Unicode (ví dụ Unikey › Công cụ chuyển mã, ' +
    `chọn nguồn ${font === 'VNI' ? 'VNI Windows' : 'TCVN3 (ABC)'}, đích Unicode) rồi nhập lại`
  );
}
