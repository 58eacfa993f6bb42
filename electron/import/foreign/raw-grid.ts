// Every non-blank row of a foreign export, title block and footer included, for the header search:
// CSV (any encoding legacy-encoding accepts, `,` or `;`), or the chosen (or first visible) worksheet of an
// .xlsx or an Excel 97–2003 .xls. A workbook's rows keep what the ledger import needs to be told: which
// cells were stored as numbers (identity / phone numbers lose their leading zeros) and which rows are
// hidden; its sheets are listed, hidden ones named.
import { decodeLegacyText, type TextEncodingName } from '../encodings/legacy-encoding';
import { parseCsvRecords } from '../csv-reader';
import { hiddenSheetNames } from '../sheet-choice';
import { openXlsWorkbook } from '../xls/xls-reader';
import { loadWorkbook, pickSheet, rowRecord, sheetInfos } from '../xlsx-reader';
import { type LedgerTable, type TableRecord, LedgerFileError, isBlankRow } from '../table';

export interface RawGrid {
  format: LedgerTable['format'];
  /** For CSV: the encoding the text was in. */
  encoding: TextEncodingName | null;
  /** Each candidate reading of the rows (CSV: one per separator), the best one chosen by the header search. */
  readings: TableRecord[][];
  /** XLSX / XLS: every worksheet, the hidden ones among them, and the one read. */
  sheets?: string[];
  hiddenSheets?: string[];
  sheet?: string;
}

const nonBlank = (rows: TableRecord[]) => rows.filter((row) => !isBlankRow(row.cells));

export function csvGrid(bytes: Uint8Array, fileName: string, wanted?: string): RawGrid {
  if (wanted !== undefined) throw new LedgerFileError(`Tệp "${fileName}" là CSV, không có trang tính "${wanted}" để chọn.`);
  const decoded = decodeLegacyText(bytes, fileName);
  const hint = /^sep=([,;])[ \t]*(?:\r\n|\r|\n)/i.exec(decoded.text);
  const text = hint ? decoded.text.slice(hint[0].length) : decoded.text;
  const first = hint ? 2 : 1;
  const separators = hint ? [hint[1] === ';' ? ';' : ','] : [',', ';'];
  const readings = separators.map((separator) => nonBlank(parseCsvRecords(text, separator as ',' | ';', first)));
  return { format: 'csv', encoding: decoded.encoding, readings };
}

export async function xlsxGrid(bytes: Uint8Array, wanted?: string): Promise<RawGrid> {
  const workbook = await loadWorkbook(bytes);
  const sheet = pickSheet(workbook, wanted);
  const rows: TableRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => rows.push(rowRecord(row, rowNumber)));
  const infos = sheetInfos(workbook);
  return { format: 'xlsx', encoding: null, readings: [nonBlank(rows)], sheets: infos.map((s) => s.name), ...hiddenSheetNames(infos), sheet: sheet.name };
}

export function xlsGrid(bytes: Uint8Array, fileName: string, wanted?: string): RawGrid {
  const workbook = openXlsWorkbook(bytes, fileName);
  const sheet = workbook.read(wanted);
  const infos = workbook.sheets;
  return { format: 'xls', encoding: null, readings: [nonBlank(sheet.rows)], sheets: infos.map((s) => s.name), ...hiddenSheetNames(infos), sheet: sheet.name };
}
