// One worksheet of an .xlsx to a LedgerTable (row numbers as lines): the one the user picked, or the
// first visible one; every sheet's name is kept (hidden ones marked) so the import can say which exist.
// Hidden rows are marked, cells stored as numbers are noted (an identity or phone number has lost its
// leading zero). Cell values become the text the CSV would hold: Excel dates `YYYY-MM-DD HH:MM` (or
// `YYYY-MM-DD` when the time is midnight, i.e. a date-only cell), numbers their decimal text, rich text /
// hyperlinks / formula results their text.
import type ExcelJS from 'exceljs';
import { type SheetInfo, hiddenSheetNames, pickSheetIndex } from './sheet-choice';
import { type LedgerTable, type TableRecord, LedgerFileError, isBlankRow } from './table';

/** exceljs is loaded when first needed, not with the app (it takes ~1 s to load). */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * exceljs gives an Excel date as a JS Date whose UTC fields are the wall-clock value written in the
 * sheet (Vietnam local time), so it is formatted with getUTC*. Rounded to the minute (Excel stores
 * fractions of a day, which come back as 10:29:59.999).
 */
export function formatExcelDate(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  const day = `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`;
  const hours = rounded.getUTCHours();
  const minutes = rounded.getUTCMinutes();
  return hours === 0 && minutes === 0 ? day : `${day} ${pad(hours)}:${pad(minutes)}`;
}

/** The text of one cell value. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatExcelDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return richOrPlain(value.text);
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result);
  if ('error' in value) return value.error;
  return '';
}

/** A hyperlink's text may itself be rich text at run time, whatever the typings say. */
function richOrPlain(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text && Array.isArray(text.richText)) {
    return text.richText.map((part: { text?: unknown }) => (typeof part.text === 'string' ? part.text : '')).join('');
  }
  return '';
}

export function rowCells(row: ExcelJS.Row): { cells: string[]; numeric: number[] } {
  const cells: string[] = [];
  const numeric: number[] = [];
  for (let column = 1; column <= row.cellCount; column++) {
    const value = row.getCell(column).value;
    if (typeof value === 'number' || (typeof value === 'object' && value !== null && 'result' in value && typeof value.result === 'number')) numeric.push(column - 1);
    cells.push(cellText(value));
  }
  return { cells, numeric };
}

/** The workbook's worksheets in tab order, with their visibility. */
export function sheetInfos(workbook: ExcelJS.Workbook): SheetInfo[] {
  return workbook.worksheets.map((s) => ({ name: s.name, hidden: s.state === 'hidden' || s.state === 'veryHidden' }));
}

export function pickSheet(workbook: ExcelJS.Workbook, wanted: string | undefined): ExcelJS.Worksheet {
  return workbook.worksheets[pickSheetIndex(sheetInfos(workbook), wanted)] as ExcelJS.Worksheet;
}

/** One row's record: its cells, the cells stored as numbers, whether the row is hidden. */
export function rowRecord(row: ExcelJS.Row, rowNumber: number): TableRecord {
  const { cells, numeric } = rowCells(row);
  return { line: rowNumber, cells, ...(numeric.length > 0 ? { numeric } : {}), ...(row.hidden ? { hidden: true } : {}) };
}

function trimTrailingBlanks(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? '').trim() === '') end--;
  return cells.slice(0, end);
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; JSZip reads a copy of exactly these bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new LedgerFileError(
      'Không đọc được tệp Excel: tệp bị hỏng hoặc không phải .xlsx. Hãy mở bằng Excel và lưu lại dạng .xlsx hoặc CSV UTF-8.',
    );
  }
  return workbook;
}

export interface XlsxReadOptions {
  /** The worksheet to read, by name; default the first visible one. */
  sheet?: string;
}

/** Bytes of an .xlsx file to a LedgerTable from the chosen (or first visible) worksheet. */
export async function readXlsxTable(bytes: Uint8Array, options: XlsxReadOptions = {}): Promise<LedgerTable> {
  const workbook = await loadWorkbook(bytes);
  const sheet = pickSheet(workbook, options.sheet);
  const rows: TableRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const record = rowRecord(row, rowNumber);
    if (!isBlankRow(record.cells)) rows.push(record);
  });
  const [header, ...records] = rows;
  if (!header) throw new LedgerFileError(`Trang tính ${options.sheet === undefined ? 'đầu tiên ' : ''}"${sheet.name}" trống: không có dòng tiêu đề nào.`);
  return {
    format: 'xlsx',
    header: trimTrailingBlanks(header.cells).map((cell) => cell.trim()),
    headerLine: header.line,
    records,
    sheets: workbook.worksheets.map((s) => s.name),
    ...hiddenSheetNames(sheetInfos(workbook)),
    sheet: sheet.name,
  };
}
