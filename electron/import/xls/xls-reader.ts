// An Excel 97–2003 (.xls) file as rows of cell text: the Workbook stream of its compound file, read as
// BIFF8. Its worksheets are listed (hidden ones marked) and the one picked is read, with the cells stored
// as numbers and the hidden rows marked as the .xlsx reader does. Older BIFF versions (Excel 5/95) are
// refused with a Vietnamese message.
import { type SheetInfo, pickSheetIndex } from '../sheet-choice';
import { type TableRecord, LedgerFileError } from '../table';
import { type BiffRow, type BiffWorkbook, BiffError, readBiff8Workbook } from './biff8';
import { CompoundFileError, readCompoundFile } from './compound-file';

export interface XlsSheet extends SheetInfo {
  /** Rows as 1-based line numbers (Excel's row numbers); blank rows left out. */
  rows: TableRecord[];
}

export interface XlsWorkbook {
  /** Every worksheet, in tab order. */
  sheets: SheetInfo[];
  /** The sheet named `wanted` (default the first visible one). */
  read(wanted?: string): XlsSheet;
}

const RESAVE = 'Hãy mở bằng Excel và lưu lại dạng .xlsx hoặc "CSV UTF-8".';

/** Runs `read` turning a damaged file's errors into the Vietnamese refusal. */
function guarded<T>(fileName: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof CompoundFileError || error instanceof BiffError) {
      throw new LedgerFileError(`Không đọc được tệp Excel 97–2003 "${fileName}": tệp bị hỏng hoặc không đúng định dạng .xls. ${RESAVE}`);
    }
    throw error;
  }
}

function records(rows: readonly (BiffRow | undefined)[]): TableRecord[] {
  return rows.flatMap((row, index) =>
    row && row.cells.some((c) => c.trim() !== '')
      ? [{ line: index + 1, cells: row.cells, ...(row.numeric.length > 0 ? { numeric: row.numeric } : {}), ...(row.hidden ? { hidden: true } : {}) }]
      : [],
  );
}

export function openXlsWorkbook(bytes: Uint8Array, fileName: string): XlsWorkbook {
  const workbook: BiffWorkbook = guarded(fileName, () => {
    const file = readCompoundFile(bytes);
    const stream = file.stream('Workbook');
    if (!stream) {
      const old = file.stream('Book') !== null;
      throw new LedgerFileError(
        old
          ? `Tệp "${fileName}" là Excel 5.0/95, quá cũ để nhập trực tiếp. ${RESAVE}`
          : `Tệp "${fileName}" không phải bảng tính Excel (không có phần Workbook). ${RESAVE}`,
      );
    }
    return readBiff8Workbook(stream);
  });
  const sheets = workbook.sheets.map((s) => ({ name: s.name, hidden: s.hidden }));
  return {
    sheets,
    read(wanted) {
      const info = workbook.sheets[pickSheetIndex(sheets, wanted)] as BiffWorkbook['sheets'][number];
      return { name: info.name, hidden: info.hidden, rows: guarded(fileName, () => records(workbook.rowsOf(info))) };
    },
  };
}

/** Every worksheet of an .xls, read. */
export function readXlsSheets(bytes: Uint8Array, fileName: string): XlsSheet[] {
  const workbook = openXlsWorkbook(bytes, fileName);
  return workbook.sheets.map((s) => workbook.read(s.name));
}
