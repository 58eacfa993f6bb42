// Wording shared by every document: the issuing body line, the date line, periods, signing block.
import { type DayNumber, viDate, ymdFromDay } from '../../shared/time/day';
import type { Signer } from './report-input';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

const NBSP = '\u00A0';

/** The kinds of local unit: a line may break before them, never inside the unit's name ("XÃ NAM / ĐÔNG"). */
const UNIT_KIND = /(?<=^|\s)(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)\s+(\S.*)$/iu;

/** Binds the first local unit in a name to one unbreakable run: "… DÂN XÃ NAM ĐÔNG" breaks only before "XÃ". */
export function keepPlaceTogether(text: string): string {
  const m = UNIT_KIND.exec(text);
  if (!m) return text;
  const kind = (m[1] ?? '').split(/\s+/);
  const name = (m[2] ?? '').trim().split(/\s+/);
  return text.slice(0, m.index) + [...kind, ...name].join(NBSP);
}

/** "UBND xã Hương Hữu" → "ỦY BAN NHÂN DÂN XÃ HƯƠNG HỮU" (a line may break only before "XÃ"). */
export function issuingBodyLine(name: string): string {
  return keepPlaceTogether(upperVi(name.trim().replace(/^UBND\b/i, 'Ủy ban nhân dân')));
}

/** The parent body's line, kept together the same way. */
export function parentBodyLine(name: string): string {
  return keepPlaceTogether(upperVi(name.trim()));
}

/** "08 tháng 3 năm 2024": days below 10 and months 1–2 take a leading zero (Nghị định 30/2020). */
export function dateInWords(day: DayNumber): string {
  const { year, month, day: d } = ymdFromDay(day);
  const dd = String(d).padStart(2, '0');
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${dd} tháng ${mm} năm ${year}`;
}

/** "Hương Hữu, ngày 08 tháng 3 năm 2024", the place kept on one line. */
export function placeDateLine(place: string, day: DayNumber): string {
  return `${place.trim().replace(/\s+/g, NBSP)}, ngày ${dateInWords(day)}`;
}

/** "Quý I năm 2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)". */
export function periodWithRange(label: string, from: DayNumber, to: DayNumber): string {
  return `${label} (Từ ngày ${viDate(from)} đến ngày ${viDate(to)})`;
}

/**
 * The capital lines above the signature (Nghị định 30/2020 Phụ lục I): "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH";
 * a deputy signing for the chairman of a collective body: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
 */
export function signingLines(signer: Signer): string[] {
  if (signer.mode === 'TM') return ['TM. ỦY BAN NHÂN DÂN', upperVi(signer.title)];
  return ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', upperVi(signer.title)];
}

/** "Như trên;" → "- Như trên;". */
export function recipientLine(entry: string): string {
  const t = entry.trim();
  return t.startsWith('-') ? t : `- ${t}`;
}

/** Keeps "58,97 %" on one line: a no-break space before the percent sign. */
export function keepUnitsTogether(text: string): string {
  return text.replace(/ %/g, '\u00A0%');
}
