// Legacy encodings: Windows-1258 converted to Unicode, TCVN3 and VNI refused naming the encoding.
import { describe, expect, it } from 'vitest';
import { decodeLegacyText, legacyFontEncoding, vietnameseShare } from '../../electron/import/encodings/legacy-encoding';
import { LedgerFileError } from '../../electron/import/table';
import { windows1258 } from './foreign-exports';

const SENTENCE = 'Cộng hòa xã hội chủ nghĩa Việt Nam; Độc lập - Tự do - Hạnh phúc; Nguyễn Thị Hường, Trần Văn Đức';
/** The same words as the fonts of the 1990s store them (the bytes shown as Windows-1252 text). */
const TCVN3 = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam; §éc lËp - Tù do - H¹nh phóc; NguyÔn ThÞ H­êng, TrÇn V¨n §øc';
const VNI = 'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam; Ñoäc laäp - Töï do - Haïnh phuùc; Nguyeãn Thò Höôøng, Traàn Vaên Ñöùc';
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => (c === '\u00ad' ? 0xad : c.charCodeAt(0))));

describe('decodeLegacyText', () => {
  it('reads UTF-8 with or without BOM', () => {
    expect(decodeLegacyText(new TextEncoder().encode(`\uFEFF${SENTENCE}`), 'a.csv')).toEqual({ text: SENTENCE, encoding: 'utf-8' });
  });

  it('converts Windows-1258 (base letter + combining tone byte) to NFC Unicode', () => {
    const bytes = windows1258(SENTENCE);
    expect(bytes.length).toBeGreaterThan(SENTENCE.length); // tone marks are separate bytes
    const decoded = decodeLegacyText(bytes, 'a.csv');
    expect(decoded.encoding).toBe('windows-1258');
    expect(decoded.text).toBe(SENTENCE);
    expect(decoded.text).toBe(decoded.text.normalize('NFC'));
  });

  it('refuses TCVN3, naming it', () => {
    expect(legacyFontEncoding(cp1252(TCVN3))).toBe('tcvn3');
    expect(() => decodeLegacyText(cp1252(TCVN3), 'so-cu.csv')).toThrow(/bảng mã TCVN3 \(ABC, phông chữ \.VnTime\)/);
  });

  it('refuses VNI, naming it', () => {
    expect(legacyFontEncoding(cp1252(VNI))).toBe('vni');
    expect(() => decodeLegacyText(cp1252(VNI), 'so-cu.csv')).toThrow(/bảng mã VNI \(phông chữ VNI-Times\)/);
  });

  it('refuses text it cannot tell, without guessing', () => {
    const bytes = Uint8Array.from([0x41, 0xb5, 0x42, 0xb6]);
    expect(() => decodeLegacyText(bytes, 'x.csv')).toThrow(LedgerFileError);
    expect(() => decodeLegacyText(bytes, 'x.csv')).toThrow(/không nhận ra bảng mã/);
  });

  it('counts the share of Vietnamese letters among the non-ASCII characters', () => {
    expect(vietnameseShare('abc')).toBe(1);
    expect(vietnameseShare('Việt')).toBe(1);
    expect(vietnameseShare('ViÖt')).toBe(0);
  });
});
