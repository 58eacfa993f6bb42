// The raw shape both readers produce: the header row and every non-empty record, each with the line
// (CSV: 1-based physical line where the record starts; XLSX: 1-based row number) for error messages.

export interface TableRecord {
  line: number;
  /** Cell texts as written, untrimmed; a record may have fewer or more cells than the header. */
  cells: string[];
  /** XLSX / XLS: the indexes of the cells the spreadsheet stored as numbers (their leading zeros are gone). */
  numeric?: number[];
  /** XLSX / XLS: the row is hidden in the sheet (it is imported, and the import says so). */
  hidden?: boolean;
}

export interface LedgerTable {
  format: 'csv' | 'xlsx' | 'xls';
  header: string[];
  headerLine: number;
  records: TableRecord[];
  /** XLSX / XLS: every worksheet of the workbook, the hidden ones among them, and the one read. */
  sheets?: string[];
  hiddenSheets?: string[];
  sheet?: string;
}

/** A file that cannot be read as a ledger at all. The message is Vietnamese, ready to show. */
export class LedgerFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LedgerFileError';
  }
}

/** Whether every cell of a row is blank. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}
