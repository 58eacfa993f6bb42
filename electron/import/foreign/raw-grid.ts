// Every non-blank row of a foreign export, title block and footer included, for the header search:
// CSV (any encoding legacy-encoding accepts, `,` or `;`), the chosen (or first) worksheet of an .xlsx, or
// the first sheet of an Excel 97–2003 .xls.
import { decodeLegacyText, type TextEncodingName } from '../encodings/legacy-encoding';
import { parseCsvRecords } from '../csv-reader';
import { readXlsSheets } from '../xls/xls-reader';
import { loadWorkbook, pickSheet, rowCells } from '../xlsx-reader';
import { type LedgerTable, type TableRecord, LedgerFileError, isBlankRow } from '../table';

export interface RawGrid {
  format: LedgerTable['format'];
  /** For CSV: the encoding the text was in. */
  encoding: TextEncodingName | null;
  /** Each candidate reading of the rows (CSV: one per separator), the best one chosen by the header search. */
  readings: TableRecord[][];
  /** XLSX: every worksheet, and the one read. */
  sheets?: string[];
  sheet?: string;
}

const nonBlank = (rows: TableRecord[]) => rows.filter((row) => !isBlankRow(row.cells));

export function csvGrid(bytes: Uint8Array, fileName: string): RawGrid {
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
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => rows.push({ line: rowNumber, cells: rowCells(row).cells }));
  return { format: 'xlsx', encoding: null, readings: [nonBlank(rows)], sheets: workbook.worksheets.map((s) => s.name), sheet: sheet.name };
}

export function xlsGrid(bytes: Uint8Array, fileName: string): RawGrid {
  const [sheet] = readXlsSheets(bytes, fileName);
  if (!sheet) throw new LedgerFileError(`Tệp "${fileName}" không có trang tính nào.`);
  return { format: 'xls', encoding: null, readings: [nonBlank(sheet.rows)] };
}
