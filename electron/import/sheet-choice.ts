// Which worksheet of a workbook (.xlsx or .xls) an import reads: the one the user named, or by default
// the first one Excel shows (a hidden sheet is listed but not read unless named). The list of sheets is
// written the same way in every message, hidden ones marked.
import { LedgerFileError } from './table';

export interface SheetInfo {
  name: string;
  /** Hidden or very hidden in the workbook. */
  hidden: boolean;
}

/** `"Tháng 3", "Tra cứu" (ẩn)` */
export function sheetListText(sheets: readonly SheetInfo[]): string {
  return sheets.map((s) => `"${s.name}"${s.hidden ? ' (ẩn)' : ''}`).join(', ');
}

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('vi') === b.trim().toLocaleLowerCase('vi');

/** The index of the sheet to read; refuses a name the workbook does not have, listing those it has. */
export function pickSheetIndex(sheets: readonly SheetInfo[], wanted: string | undefined): number {
  if (sheets.length === 0) throw new LedgerFileError('Tệp Excel không có trang tính nào.');
  if (wanted === undefined) return Math.max(0, sheets.findIndex((s) => !s.hidden));
  const exact = sheets.findIndex((s) => s.name === wanted);
  const found = exact >= 0 ? exact : sheets.findIndex((s) => sameName(s.name, wanted));
  if (found < 0) throw new LedgerFileError(`Tệp Excel không có trang tính "${wanted}". Các trang tính trong tệp: ${sheetListText(sheets)}.`);
  return found;
}

/** The names of the hidden sheets, for a table that lists its workbook's sheets (omitted when none). */
export function hiddenSheetNames(sheets: readonly SheetInfo[]): { hiddenSheets?: string[] } {
  const hidden = sheets.filter((s) => s.hidden).map((s) => s.name);
  return hidden.length > 0 ? { hiddenSheets: hidden } : {};
}
