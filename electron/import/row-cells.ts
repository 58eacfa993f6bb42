// Reads the cells of one record: trims them (NFC), parses each non-empty cell of a known column, and
// notes empty required cells. Cross-field checks come later (row-checks.ts).
import { type ColumnKey, type ColumnValues, COLUMN_KEYS, LEDGER_COLUMNS } from './columns';
import type { MappedColumn } from './header-map';
import type { RowIssue } from './row-issue';

export interface RowCells {
  /** Parsed values of the non-empty, valid cells. */
  values: Partial<ColumnValues>;
  /** Trimmed text of every mapped column ('' when empty). */
  texts: Partial<Record<ColumnKey, string>>;
  issues: RowIssue[];
}

/** Empty-cell reasons of the required columns (ma_tthc is checked with ten_tthc, see procedure-lookup). */
const MISSING: Partial<Record<ColumnKey, string>> = {
  ma_ho_so: 'Thiếu mã hồ sơ',
  kenh: 'Thiếu hình thức nộp',
  ngay_nhan: 'Thiếu ngày tiếp nhận',
};

function parseInto<K extends ColumnKey>(key: K, text: string, values: Partial<ColumnValues>): string | null {
  const result = LEDGER_COLUMNS[key].parse(text);
  if (!result.ok) return result.reason;
  values[key] = result.value;
  return null;
}

/**
 * Text NFC could change: any code unit outside Latin (below U+0300, where combining marks start) and the
 * precomposed letters of Vietnamese (Latin Extended Additional, U+1E00–U+1EFF). Those are all in NFC
 * already, so most cells skip the normaliser.
 */
const MAY_DECOMPOSE = /[^\u0000-\u02ff\u1e00-\u1eff]/;

/** `="0912345678"`: how the ledger CSV keeps a number's leading zeros in Excel (ledger-csv.ts); read as its text. */
const EXCEL_TEXT = /^="(.*)"$/s;

export function cellText(raw: string | undefined): string {
  if (raw === undefined) return '';
  const text = (MAY_DECOMPOSE.test(raw) ? raw.normalize('NFC') : raw).trim();
  return text.startsWith('="') ? (EXCEL_TEXT.exec(text)?.[1] ?? text).trim() : text;
}

export function readRowCells(cells: readonly string[], columns: Partial<Record<ColumnKey, MappedColumn>>): RowCells {
  const values: Partial<ColumnValues> = {};
  const texts: Partial<Record<ColumnKey, string>> = {};
  const issues: RowIssue[] = [];
  for (const key of COLUMN_KEYS) {
    const column = columns[key];
    if (!column) continue;
    const text = cellText(cells[column.index]);
    texts[key] = text;
    if (text === '') {
      const missing = MISSING[key];
      if (missing) issues.push({ key, reason: missing });
      continue;
    }
    const reason = parseInto(key, text, values);
    if (reason !== null) issues.push({ key, reason });
  }
  return { values, texts, issues };
}
