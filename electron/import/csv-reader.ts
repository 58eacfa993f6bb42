// CSV (RFC 4180) to a LedgerTable: UTF-8 with or without BOM, `,` or `;` detected from the header line,
// quoted fields may hold separators, doubled quotes and line breaks. Each record keeps the physical line
// where it starts; fully empty lines are skipped.
import { findColumn } from './columns';
import { type LedgerTable, type TableRecord, LedgerFileError, isBlankRow } from './table';

export type CsvSeparator = ',' | ';';

const BOM = '\uFEFF';

/** Decodes UTF-8 (a BOM is dropped); anything that is not valid UTF-8 is refused with a hint. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new LedgerFileError(
      'Tệp CSV không được mã hóa UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành → "CSV UTF-8 (Comma delimited)" rồi nhập lại.',
    );
  }
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** The first non-blank line (a quoted line break stays inside it). */
function headerLineText(text: string): string {
  let inQuotes = false;
  let start = 0;
  let seenContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') inQuotes = !inQuotes;
    if (!inQuotes && (c === '\n' || c === '\r')) {
      if (seenContent) return text.slice(start, i);
      start = i + 1;
    } else if (c.trim() !== '') seenContent = true;
  }
  return text.slice(start);
}

/**
 * The separator of the header line (the first non-blank line). When `isKnownHeader` is given, the
 * separator that splits the line into more known column names wins (so `Mã hồ sơ;Phí, lệ phí` is read
 * with `;`); otherwise, or on a tie, whichever of `,` and `;` occurs more often outside quotes (`,` on a
 * tie).
 */
export function detectSeparator(text: string, isKnownHeader?: (cell: string) => boolean): CsvSeparator {
  const line = headerLineText(text);
  const score = (separator: CsvSeparator) => {
    const cells = splitLine(line, separator);
    const known = isKnownHeader ? cells.filter((cell) => isKnownHeader(cell.trim())).length : 0;
    return { known, count: cells.length };
  };
  const comma = score(',');
  const semicolon = score(';');
  if (semicolon.known !== comma.known) return semicolon.known > comma.known ? ';' : ',';
  return semicolon.count > comma.count ? ';' : ',';
}

/** The cells of one line; an unclosed quote (reported later, with its line) gives no cells. */
function splitLine(line: string, separator: CsvSeparator): string[] {
  try {
    return parseCsvRecords(line, separator)[0]?.cells ?? [];
  } catch (error) {
    if (error instanceof LedgerFileError) return [];
    throw error;
  }
}

/** Excel's optional first line `sep=;` names the separator explicitly. */
const SEP_HINT = /^sep=([,;])[ \t]*(?:\r\n|\r|\n|$)/i;

/** Splits CSV text into records with the 1-based physical line each starts on. Blank records included. */
export function parseCsvRecords(text: string, separator: CsvSeparator, firstLine = 1): TableRecord[] {
  const records: TableRecord[] = [];
  let line = firstLine;
  let recordLine = firstLine;
  let cells: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteLine = 0;
  let fieldStarted = false; // a quote was seen in this record, so the record exists even if empty
  let i = 0;
  const n = text.length;

  const endRecord = () => {
    cells.push(field);
    records.push({ line: recordLine, cells });
    cells = [];
    field = '';
    fieldStarted = false;
  };

  while (i < n) {
    const c = text[i] as string;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else {
          inQuotes = false;
          i += 1;
        }
      } else if (c === '\r' || c === '\n') {
        field += '\n';
        line += 1;
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      // A quoted field (spaces before the opening quote are tolerated and dropped).
      field = '';
      inQuotes = true;
      quoteLine = line;
      fieldStarted = true;
      i += 1;
    } else if (c === separator) {
      cells.push(field);
      field = '';
      fieldStarted = true;
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      line += 1;
      recordLine = line;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (inQuotes) {
    throw new LedgerFileError(
      `Dấu ngoặc kép mở ở dòng ${quoteLine} không được đóng: kiểm tra lại ô có dấu " trong tệp CSV.`,
    );
  }
  if (field !== '' || fieldStarted || cells.length > 0) endRecord();
  return records;
}

/**
 * CSV text to a LedgerTable: the first non-blank record is the header. `isKnownHeader` helps the
 * separator detection (see detectSeparator).
 */
export function parseCsvTable(source: string, isKnownHeader?: (cell: string) => boolean): LedgerTable {
  let text = stripBom(source);
  let lineOffset = 1;
  let separator: CsvSeparator | null = null;
  const hint = SEP_HINT.exec(text);
  if (hint) {
    separator = hint[1] === ';' ? ';' : ',';
    text = text.slice(hint[0].length);
    lineOffset = 2;
  }
  const records = parseCsvRecords(text, separator ?? detectSeparator(text, isKnownHeader), lineOffset).filter(
    (record) => !isBlankRow(record.cells),
  );
  const [header, ...rest] = records;
  if (!header) throw new LedgerFileError('Tệp trống: không có dòng tiêu đề nào.');
  return {
    format: 'csv',
    header: header.cells.map((cell) => cell.trim()),
    headerLine: header.line,
    records: rest,
  };
}

/** Bytes of a ledger CSV file to a LedgerTable. */
export function readCsvTable(bytes: Uint8Array): LedgerTable {
  return parseCsvTable(decodeUtf8(bytes), (cell) => findColumn(cell) !== null);
}
