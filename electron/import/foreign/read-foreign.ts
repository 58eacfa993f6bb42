// Reads an import file the way an office meets it. Our own ledger layout (interchange.md §1: the header
// on the first row, our keys or labels) is read exactly as before. Anything else — an export of the
// province's one-stop system with its title block, merged header, STT column, dd/mm/yyyy times and status
// text; an .xls; a Windows-1258 CSV — goes through the header search and column mapping here, and comes
// out as the same table and header map for the same validator.
import { type HeaderMap, mapHeader } from '../header-map';
import type { ImportProblem } from '../import-types';
import { readLedgerTable } from '../read-ledger-file';
import type { XlsxReadOptions } from '../xlsx-reader';
import { type LedgerTable, LedgerFileError, type TableRecord } from '../table';
import type { TextEncodingName } from '../encodings/legacy-encoding';
import { type ForeignTable, type PreviewColumn, buildForeignTable } from './foreign-table';
import { type HeaderLayout, findHeaderLayout } from './header-layout';
import { type ForeignMapping, EMPTY_MAPPING } from './mapping';
import { type RawGrid, csvGrid, xlsGrid, xlsxGrid } from './raw-grid';

export interface ForeignReading {
  headerLines: number[];
  encoding: TextEncodingName | null;
  columns: PreviewColumn[];
  unplaced: PreviewColumn[];
  /** With a "Liên thông" column: by line, to whom the dossier is sent on ('' for none). */
  interconnections: Map<number, string> | null;
}

export interface ImportReading {
  table: LedgerTable;
  header: HeaderMap;
  /** Problems found while reading (the status cells of a foreign list); the validator adds its own. */
  problems: ImportProblem[];
  warnings: string[];
  /** Set when the file was read through the foreign layout (the mapping step shows it). */
  foreign: ForeignReading | null;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** Text in a one-byte encoding (or UTF-8): no NUL byte early on, so neither UTF-16 nor a binary file. */
function looksLikeNarrowText(bytes: Uint8Array): boolean {
  return bytes.length > 0 && !bytes.subarray(0, 4096).includes(0);
}

async function rawGrid(bytes: Uint8Array, fileName: string, xlsx: XlsxReadOptions): Promise<RawGrid> {
  if (startsWith(bytes, OLE_MAGIC)) return xlsGrid(bytes, fileName, xlsx.sheet);
  if (startsWith(bytes, ZIP_MAGIC)) return xlsxGrid(bytes, xlsx.sheet);
  return csvGrid(bytes, fileName, xlsx.sheet);
}

/** A workbook's sheets (every one, the hidden ones, the one read), as they travel from grid to table. */
function sheetsOf(from: Pick<LedgerTable, 'sheets' | 'hiddenSheets' | 'sheet'>): Pick<LedgerTable, 'sheets' | 'hiddenSheets' | 'sheet'> {
  if (!from.sheets) return {};
  return { sheets: from.sheets, ...(from.hiddenSheets ? { hiddenSheets: from.hiddenSheets } : {}), ...(from.sheet !== undefined ? { sheet: from.sheet } : {}) };
}

function bestLayout(grid: RawGrid, mapping: ForeignMapping): { rows: TableRecord[]; layout: HeaderLayout; placed: number } | null {
  let best: { rows: TableRecord[]; layout: HeaderLayout; placed: number } | null = null;
  for (const rows of grid.readings) {
    const layout = findHeaderLayout(rows, mapping);
    if (!layout) continue;
    const placed = layout.columns.filter((c) => c.key !== null && c.key !== 'bo_qua').length;
    if (!best || placed > best.placed) best = { rows, layout, placed };
  }
  return best;
}

function fromForeign(foreign: ForeignTable, grid: RawGrid, layout: HeaderLayout): ImportReading {
  // The workbook's sheets travel with the table, so the import still says which exist and which was read.
  return {
    table: { ...foreign.table, ...sheetsOf(grid) },
    header: foreign.header,
    problems: foreign.problems,
    warnings: foreign.warnings,
    foreign: {
      headerLines: layout.headerLines,
      encoding: grid.encoding,
      columns: foreign.columns,
      unplaced: foreign.unplaced,
      interconnections: foreign.interconnections,
    },
  };
}

/**
 * Reads the file with a mapping (or the automatic one). Without a mapping, a file in our own layout is
 * read as our own; when the foreign reading places more columns, that one is used.
 */
/** The rows of an .xlsx as our own reader gave them (header and records: every non-blank row). */
function gridOfOwnTable(table: LedgerTable): RawGrid {
  return { format: table.format, encoding: null, readings: [[{ line: table.headerLine, cells: table.header }, ...table.records]], ...sheetsOf(table) };
}

/** Our own layout read first (its errors kept for files the foreign reading cannot help with). */
async function readOwn(bytes: Uint8Array, fileName: string, xlsx: XlsxReadOptions): Promise<{ own: ImportReading | null; error: LedgerFileError | null; grid: RawGrid | null }> {
  try {
    // Throws for files that are neither (an .xls, a PDF, UTF-16 …). An .xlsx is loaded once: its rows
    // serve the foreign reading too (a CSV is split again, its separator judged on the header row).
    const table = await readLedgerTable(bytes, fileName, xlsx);
    const grid = table.format === 'xlsx' ? gridOfOwnTable(table) : null;
    return { own: { table, header: mapHeader(table.header, table.headerLine), problems: [], warnings: [], foreign: null }, error: null, grid };
  } catch (error) {
    if (!(error instanceof LedgerFileError)) throw error;
    // Only an .xls or a text file in another encoding can be read the foreign way; anything else keeps its message.
    if (!startsWith(bytes, OLE_MAGIC) && !looksLikeNarrowText(bytes)) throw error;
    return { own: null, error, grid: null };
  }
}

/**
 * Reads the file with a mapping (or the automatic one). Without a mapping, a file in our own layout is
 * read as our own; when the foreign reading places more columns, that one is used.
 */
export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  mapping: ForeignMapping | null = null,
  xlsx: XlsxReadOptions = {},
): Promise<ImportReading> {
  const first = mapping === null ? await readOwn(bytes, fileName, xlsx) : { own: null, error: null, grid: null };
  const own = first.own;
  if (own?.header.complete) return own;
  let grid: RawGrid;
  try {
    grid = first.grid ?? (await rawGrid(bytes, fileName, xlsx));
  } catch (error) {
    // A file our own reader opened but the foreign one cannot (it is not the better reading anyway).
    if (own && error instanceof LedgerFileError) return own;
    throw error;
  }
  const found = bestLayout(grid, mapping ?? EMPTY_MAPPING);
  if (!found) {
    if (own) return own;
    if (first.error && grid.format !== 'xls') throw first.error;
    throw new LedgerFileError(
      `Không tìm thấy dòng tiêu đề trong tệp "${fileName}": cần một dòng có tên các cột như "Số hồ sơ", "Ngày tiếp nhận", "Thủ tục hành chính".`,
    );
  }
  const foreign = buildForeignTable(grid.format, found.rows, found.layout, mapping ?? EMPTY_MAPPING);
  if (own && Object.keys(own.header.columns).length >= Object.keys(foreign.header.columns).length) return own;
  return fromForeign(foreign, grid, found.layout);
}
