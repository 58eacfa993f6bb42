// A foreign export, once its header is found, as the table our own validator reads: the cells of each
// data row with dates, channels and the status turned into our texts, a column "Kết thúc" made from the
// status, a procedure code where the user confirmed the catalogue procedure a name stands for. Problems
// of the status name the line, the column as written and the cell.
import type { Channel } from '../../../shared/dossier/dossier';
import { type ColumnKey, COLUMN_KEYS } from '../columns';
import { foldKey } from '../fold';
import { type HeaderMap, type MappedColumn, missingRequiredColumns } from '../header-map';
import type { ImportProblem } from '../import-types';
import { cellText } from '../row-cells';
import type { LedgerTable, TableRecord } from '../table';
import { KNOWN_STATUS_TEXTS, type StatusMeaning, channelReader, foreignDateText, statusReader } from './foreign-cells';
import type { HeaderLayout, LayoutColumn } from './header-layout';
import type { ForeignMapping } from './mapping';

const DATE_KEYS: ReadonlySet<ColumnKey> = new Set([
  'ngay_nhan',
  'han_tra',
  'ngay_co_ket_qua',
  'ngay_tra_ket_qua',
  'han_gia_han',
  'ngay_xin_loi',
]);
/** The cells every dossier row fills (the procedure by code or by name). */
const DOSSIER_CELLS: readonly ColumnKey[] = ['ma_ho_so', 'ma_tthc', 'ten_tthc', 'kenh', 'ngay_nhan'];
const DATE_LIST_KEYS: ReadonlySet<ColumnKey> = new Set(['ngay_yeu_cau_bo_sung', 'ngay_bo_sung_xong']);

export interface PreviewColumn extends LayoutColumn {
  /** The first few non-empty cells under the header, as written. */
  samples: string[];
}

export interface ForeignTable {
  table: LedgerTable;
  header: HeaderMap;
  /** Problems of the status cells (the validator adds the rest). */
  problems: ImportProblem[];
  warnings: string[];
  columns: PreviewColumn[];
  /** Columns with a header that could not be placed (asked about in the mapping step). */
  unplaced: PreviewColumn[];
  /** With a "Liên thông" column: by line, the level or agency the dossier is sent on to ('' for none). */
  interconnections: Map<number, string> | null;
}

const NOT_INTERCONNECTED = new Set(['', '0', 'khong', 'false', '-']);

const SAMPLE_COUNT = 3;
const isColumnKey = (key: LayoutColumn['key']): key is ColumnKey => key !== null && (COLUMN_KEYS as readonly string[]).includes(key);

function samplesOf(records: readonly TableRecord[], index: number): string[] {
  const samples: string[] = [];
  for (const record of records) {
    const text = cellText(record.cells[index]);
    if (text !== '') samples.push(text);
    if (samples.length === SAMPLE_COUNT) break;
  }
  return samples;
}

const quoteList = (items: readonly string[]) => items.map((s) => `"${s}"`).join(', ');

export function buildForeignTable(
  format: LedgerTable['format'],
  rows: readonly TableRecord[],
  layout: HeaderLayout,
  mapping: ForeignMapping,
): ForeignTable {
  const headerLine = layout.headerLines.at(-1) ?? 1;
  const width = layout.columns.length;
  const columns: Partial<Record<ColumnKey, MappedColumn>> = {};
  let status: LayoutColumn | null = null;
  let interconnection: LayoutColumn | null = null;
  for (const column of layout.columns) {
    if (isColumnKey(column.key)) columns[column.key] = { key: column.key, index: column.index, header: column.header };
    else if (column.key === 'trang_thai' && !status) status = column;
    else if (column.key === 'lien_thong' && !interconnection) interconnection = column;
  }
  const interconnections = interconnection ? new Map<number, string>() : null;
  const header = layout.columns.map((c) => c.header);
  // Made-up columns after the file's own: the ending read from the status, the confirmed procedure code.
  const endingIndex = status && !columns.ket_thuc ? header.push(status.header) - 1 : null;
  if (endingIndex !== null && status) columns.ket_thuc = { key: 'ket_thuc', index: endingIndex, header: status.header };
  const nameColumn = columns.ten_tthc;
  const codeIndex = nameColumn && !columns.ma_tthc ? header.push(nameColumn.header) - 1 : null;
  if (codeIndex !== null && nameColumn) columns.ma_tthc = { key: 'ma_tthc', index: codeIndex, header: nameColumn.header };

  const readChannel = channelReader(mapping.values.kenh as Record<string, Channel>);
  const readStatus = statusReader(mapping.values.trang_thai as Record<string, StatusMeaning>);
  const confirmed = new Map(Object.entries(mapping.procedures).map(([name, code]) => [foldKey(name), code]));
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  const skipped: number[] = [];
  const records: TableRecord[] = [];
  const data = rows.slice(layout.dataStart);
  const text = (record: TableRecord, key: ColumnKey) => {
    const column = columns[key];
    return column ? cellText(record.cells[column.index]) : '';
  };

  for (const record of data) {
    // Footers ("Tổng số: 78 hồ sơ", "Người lập biểu") and group rows ("Lĩnh vực Hộ tịch") fill at most
    // one of the cells every dossier has.
    if (DOSSIER_CELLS.filter((key) => text(record, key) !== '').length < 2) {
      skipped.push(record.line);
      continue;
    }
    const cells = Array.from({ length: header.length }, (_, i) => (i < width ? (record.cells[i] ?? '') : ''));
    for (const key of COLUMN_KEYS) {
      const column = columns[key];
      if (!column || column.index >= width) continue;
      const raw = cellText(cells[column.index]);
      if (raw === '') continue;
      if (DATE_KEYS.has(key)) cells[column.index] = foreignDateText(raw);
      else if (DATE_LIST_KEYS.has(key)) cells[column.index] = raw.split(/[;\n]/).map(foreignDateText).join(';');
      else if (key === 'kenh') cells[column.index] = readChannel(raw) ?? raw;
    }
    // A procedure named without its code: the code the user confirmed for that name.
    const codeColumn = columns.ma_tthc;
    if (codeColumn && cellText(cells[codeColumn.index]) === '') cells[codeColumn.index] = confirmed.get(foldKey(text(record, 'ten_tthc'))) ?? '';
    if (status && endingIndex !== null) {
      const statusText = cellText(record.cells[status.index]);
      const meaning = readStatus(statusText);
      const problem = statusProblem(statusText, meaning, record, text);
      if (problem) problems.push({ line: record.line, column: status.header, value: statusText, reason: problem });
      cells[endingIndex] = problem === null && meaning !== null && meaning !== 'dang_giai_quyet' ? meaning : '';
    }
    if (interconnection && interconnections) {
      const target = cellText(record.cells[interconnection.index]);
      interconnections.set(record.line, NOT_INTERCONNECTED.has(foldKey(target)) ? '' : target);
    }
    // Cells keep their places, so the cells stored as numbers (leading zeros) and a hidden row still say so.
    records.push({ line: record.line, cells, ...(record.numeric ? { numeric: record.numeric } : {}), ...(record.hidden ? { hidden: true } : {}) });
  }

  const previews: PreviewColumn[] = layout.columns.map((c) => ({ ...c, samples: samplesOf(data, c.index) }));
  const unplaced = previews.filter((c) => c.key === null && c.header !== '');
  for (const column of unplaced) {
    const examples = column.samples.length > 0 ? ` Ví dụ: ${quoteList(column.samples)}.` : '';
    warnings.push(`Cột "${column.header}" (cột thứ ${column.index + 1}) chưa ghép được với cột nào của sổ nên được bỏ qua.${examples}`);
  }
  if (skipped.length > 0) {
    warnings.push(`Bỏ qua ${skipped.length} dòng không phải hồ sơ (dòng ${skipped.join(', ')}): dòng tổng, tiêu đề nhóm, chữ ký hoặc ghi chú.`);
  }
  const missing = missingRequiredColumns(columns, headerLine);
  return {
    table: { format, header, headerLine, records },
    header: { columns, problems: missing, warnings: [], complete: missing.length === 0 },
    problems,
    warnings,
    columns: previews,
    unplaced,
    interconnections,
  };
}

function statusProblem(
  statusText: string,
  meaning: StatusMeaning | null,
  record: TableRecord,
  text: (record: TableRecord, key: ColumnKey) => string,
): string | null {
  if (statusText === '') return null;
  if (meaning === null) {
    return `Không hiểu trạng thái này: dùng một trong ${quoteList(KNOWN_STATUS_TEXTS.slice(0, 12))} …, hoặc ghi nghĩa của nó trong bảng ghép cột`;
  }
  const ended = text(record, 'ngay_co_ket_qua') !== '' || text(record, 'ngay_tra_ket_qua') !== '';
  if (meaning === 'dang_giai_quyet' && ended) return 'Trạng thái là đang giải quyết nhưng dòng đã có ngày có kết quả hoặc ngày trả kết quả';
  if (meaning !== 'dang_giai_quyet' && !ended) return 'Trạng thái cho biết hồ sơ đã kết thúc nhưng dòng không có ngày có kết quả (ngày hoàn thành)';
  return null;
}
