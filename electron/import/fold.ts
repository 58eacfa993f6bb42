// Diacritic- and case-insensitive comparison of Vietnamese text ("MÃ HỒ SƠ" = "ma_ho_so" = "Mã hồ sơ").
import { foldText } from '../../shared/text/fold';

/** A comparison key: folded (shared/text/fold), every run of punctuation, `_` or space as one space. */
export function foldKey(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
