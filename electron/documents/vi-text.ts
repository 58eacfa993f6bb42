// Wording shared by every document: the issuing body line, the date line, periods, signing block.
import { type DayNumber, viDate, ymdFromDay } from '../../shared/time/day';
import type { Signer } from './report-input';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** "UBND xã Hương Hữu" → "ỦY BAN NHÂN DÂN XÃ HƯƠNG HỮU". */
export function issuingBodyLine(name: string): string {
  return upperVi(name.trim().replace(/^UBND\b/i, 'Ủy ban nhân dân'));
}

/** "Hương Hữu, ngày 08 tháng 3 năm 2024": days below 10 and months 1–2 take a leading zero. */
export function placeDateLine(place: string, day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  const dd = String(d).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/** "Quý I năm 2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)". */
export function periodWithRange(label: string, from: DayNumber, to: DayNumber): string {
  return `${label} (Từ ngày ${viDate(from)} đến ngày ${viDate(to)})`;
}

/** The two capital lines above the signature: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" or "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH". */
export function signingLines(signer: Signer): [string, string] {
  const first = signer.mode === 'TM' ? 'TM. ỦY BAN NHÂN DÂN' : 'KT. CHỦ TỊCH';
  return [first, upperVi(signer.title)];
}

/** "Như trên;" → "- Như trên;". */
export function recipientLine(entry: string): string {
  const t = entry.trim();
  return t.startsWith('-') ? t : `- ${t}`;
}

/** Splits free text into paragraphs (blank lines and single line breaks both separate). */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Keeps "58,97 %" on one line: a no-break space before the percent sign. */
export function keepUnitsTogether(text: string): string {
  return text.replace(/ %/g, '\u00A0%');
}
