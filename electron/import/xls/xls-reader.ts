// An Excel 97–2003 (.xls) file as rows of cell text: the Workbook stream of its compound file, read as
// BIFF8. Older BIFF versions (Excel 5/95) are refused with a Vietnamese message.
import { type TableRecord, LedgerFileError } from '../table';
import { BiffError, readBiff8Workbook } from './biff8';
import { CompoundFileError, readCompoundFile } from './compound-file';

export interface XlsSheet {
  name: string;
  /** Rows as 1-based line numbers (Excel's row numbers); blank rows left out. */
  rows: TableRecord[];
}

const RESAVE = 'Hãy mở bằng Excel và lưu lại dạng .xlsx hoặc "CSV UTF-8".';

export function readXlsSheets(bytes: Uint8Array, fileName: string): XlsSheet[] {
  try {
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
    return readBiff8Workbook(stream).map((sheet) => ({
      name: sheet.name,
      rows: sheet.rows.flatMap((cells, index) => (cells && cells.some((c) => c.trim() !== '') ? [{ line: index + 1, cells }] : [])),
    }));
  } catch (error) {
    if (error instanceof CompoundFileError || error instanceof BiffError) {
      throw new LedgerFileError(`Không đọc được tệp Excel 97–2003 "${fileName}": tệp bị hỏng hoặc không đúng định dạng .xls. ${RESAVE}`);
    }
    throw error;
  }
}
