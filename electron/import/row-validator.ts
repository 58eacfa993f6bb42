// Checks every row of a ledger table and collects every problem (never stopping at the first), then
// builds the dossiers of the rows that passed. Pure: the catalogue and calendar come in through `ctx`.
import { type CitizenNumberField, citizenNumberProblems } from '../../shared/dossier/citizen-numbers';
import type { ColumnKey } from './columns';
import { buildImportedDossier, isCompleteRow } from './dossier-builder';
import { type HeaderMap, mapHeader } from './header-map';
import type { ImportProblem, ImportedDossier, LedgerImportContext, LedgerValidation } from './import-types';
import { lookUpProcedure } from './procedure-lookup';
import { type RowCells, cellText, readRowCells } from './row-cells';
import { checkRow } from './row-checks';
import type { RowIssue } from './row-issue';
import type { LedgerTable, TableRecord } from './table';
import { legacyFontOf, legacyFontReason } from './legacy-font-text';
import { type NumberKind, repairLeadingZeros } from './leading-zeros';
import { sheetListText } from './sheet-choice';

export type { ImportProblem, ImportedDossier, LedgerImportContext, LedgerValidation, PersonalData } from './import-types';

function toProblems(line: number, issues: readonly RowIssue[], header: HeaderMap, row: RowCells): ImportProblem[] {
  const indexOf = (key: ColumnKey) => header.columns[key]?.index ?? Number.MAX_SAFE_INTEGER;
  return [...issues]
    .sort((a, b) => indexOf(a.key) - indexOf(b.key))
    .map((issue) => ({
      line,
      column: header.columns[issue.key]?.header ?? issue.key,
      value: row.texts[issue.key] ?? '',
      reason: issue.reason,
    }));
}

/** Cells beyond the header's last column: in a CSV a sign that a separator was not quoted. */
function overflow(record: TableRecord, table: LedgerTable): { problem: ImportProblem | null; warning: string | null } {
  const width = table.header.length;
  const index = record.cells.findIndex((cell, i) => i >= width && cell.trim() !== '');
  if (index < 0) return { problem: null, warning: null };
  if (table.format !== 'csv') {
    return { problem: null, warning: `Dòng ${record.line}: ô ở cột thứ ${index + 1} nằm ngoài các cột có tiêu đề nên bị bỏ qua.` };
  }
  const problem: ImportProblem = {
    line: record.line,
    column: `(cột thứ ${index + 1}, không có tiêu đề)`,
    value: cellText(record.cells[index]),
    reason: `Dòng có ${record.cells.length} ô nhưng dòng tiêu đề chỉ có ${width} cột: ô nào chứa dấu phẩy hoặc dấu chấm phẩy phải được đặt trong dấu ngoặc kép`,
  };
  return { problem, warning: null };
}

/** Header cells left blank above cells that hold data: that data is ignored. */
function unlabeledDataWarnings(table: LedgerTable): string[] {
  const warnings: string[] = [];
  table.header.forEach((header, index) => {
    if (header.trim() !== '') return;
    const used = table.records.find((record) => cellText(record.cells[index]) !== '');
    if (used) warnings.push(`Cột thứ ${index + 1} không có tiêu đề nhưng có dữ liệu (dòng ${used.line}): cột này bị bỏ qua.`);
  });
  return warnings;
}

const NUMBER_COLUMNS: ReadonlyArray<[ColumnKey & ('so_dinh_danh' | 'dien_thoai'), NumberKind]> = [
  ['so_dinh_danh', 'id'],
  ['dien_thoai', 'phone'],
];

/** Identity and phone numbers whose leading zero a spreadsheet dropped: put back, or refused. Returns whether one was put back. */
function repairNumbers(record: TableRecord, header: HeaderMap, row: RowCells, issues: RowIssue[]): boolean {
  let restored = false;
  for (const [key, kind] of NUMBER_COLUMNS) {
    const column = header.columns[key];
    const text = row.texts[key];
    if (!column || !text) continue;
    const repair = repairLeadingZeros(kind, text, record.numeric?.includes(column.index) ?? false);
    if (!repair.ok) {
      issues.push({ key, reason: repair.reason });
      continue;
    }
    if (repair.restored) {
      row.values[key] = repair.value;
      restored = true;
    }
  }
  return restored;
}

/** Text typed in the old VNI / TCVN3 fonts and saved as Unicode: refused, cell by cell. */
function legacyFontIssues(row: RowCells): RowIssue[] {
  const issues: RowIssue[] = [];
  for (const [key, text] of Object.entries(row.texts) as Array<[ColumnKey, string]>) {
    const font = text ? legacyFontOf(text) : null;
    if (font) issues.push({ key, reason: legacyFontReason(font) });
  }
  return issues;
}

const someLines = (lines: readonly number[]) => `${lines.slice(0, 20).join(', ')}${lines.length > 20 ? ` và ${lines.length - 20} dòng khác` : ''}`;

/** What the reader saw in the workbook that the officer must know: other sheets, hidden rows. */
function workbookWarnings(table: LedgerTable): string[] {
  const warnings: string[] = [];
  if (table.sheets && table.sheets.length > 1) {
    warnings.push(
      `Tệp Excel có ${table.sheets.length} trang tính: ${sheetListText(table.sheets.map((name) => ({ name, hidden: table.hiddenSheets?.includes(name) ?? false })))}; chỉ đọc trang "${table.sheet ?? ''}". ` +
        'Để nhập trang khác, hãy chọn trang tính (dòng lệnh: --sheet "Tên trang").',
    );
  }
  const hidden = table.records.filter((r) => r.hidden).map((r) => r.line);
  if (hidden.length > 0) warnings.push(`${hidden.length} dòng bị ẩn trong Excel nhưng vẫn được nhập như mọi dòng khác: dòng ${someLines(hidden)}. Hãy kiểm tra các dòng đó.`);
  return warnings;
}

/** `header` defaults to the header row read as our own columns; a foreign layout (foreign/) passes its own. */
/** How often validateLedgerRows tells its caller how far it is. */
const PROGRESS_EVERY_ROWS = 500;

export function validateLedgerRows(
  table: LedgerTable,
  ctx: LedgerImportContext,
  header: HeaderMap = mapHeader(table.header, table.headerLine),
): LedgerValidation {
  const problems: ImportProblem[] = [...header.problems];
  const warnings: string[] = [...workbookWarnings(table), ...header.warnings, ...unlabeledDataWarnings(table)];
  const zerosRestored: number[] = [];
  const dossiers: ImportedDossier[] = [];
  const firstLineOfCode = new Map<string, number>();
  const unusualNumbers: Record<CitizenNumberField, number[]> = { idNumber: [], phone: [] };

  const total = table.records.length;
  for (const [index, record] of table.records.entries()) {
    if (index % PROGRESS_EVERY_ROWS === 0) ctx.onChecked?.(index, total);
    const row = readRowCells(record.cells, header.columns);
    const issues: RowIssue[] = [...row.issues, ...legacyFontIssues(row)];
    if (repairNumbers(record, header, row, issues)) zerosRestored.push(record.line);

    const code = row.values.ma_ho_so;
    if (code !== undefined) {
      const first = firstLineOfCode.get(code);
      if (first === undefined) firstLineOfCode.set(code, record.line);
      else issues.push({ key: 'ma_ho_so', reason: `Mã hồ sơ trùng với dòng ${first}` });
    }

    const procedure = header.complete ? lookUpProcedure(row, ctx) : null;
    if (procedure && !procedure.ok) issues.push(procedure.issue);
    issues.push(...checkRow(row));

    if (issues.length === 0 && procedure?.ok && isCompleteRow(row.values)) {
      const built = buildImportedDossier(record.line, row.values, procedure.procedure, ctx);
      if (built.ok) dossiers.push(built.dossier);
      else issues.push(built.issue);
    }
    // kept as written (old ledgers, passports, numbers abroad: no one to confirm each row), but reported
    for (const p of citizenNumberProblems({ idNumber: row.values.so_dinh_danh ?? '', phone: row.values.dien_thoai ?? '' })) unusualNumbers[p.field].push(record.line);

    problems.push(...toProblems(record.line, issues, header, row));
    const extra = overflow(record, table);
    if (extra.problem) problems.push(extra.problem);
    if (extra.warning) warnings.push(extra.warning);
  }

  if (zerosRestored.length > 0) {
    warnings.push(`Đã thêm lại số 0 ở đầu số định danh / số điện thoại mà bảng tính đã làm mất (theo độ dài đã biết) ở dòng ${someLines(zerosRestored)}.`);
  }
  if (unusualNumbers.idNumber.length > 0) {
    warnings.push(`Cột "Số định danh": số không đúng dạng CCCD (12 chữ số) hay CMND (9 chữ số) ở dòng ${someLines(unusualNumbers.idNumber)}; vẫn được nhập như trong tệp, hãy kiểm tra.`);
  }
  if (unusualNumbers.phone.length > 0) {
    warnings.push(`Cột "Điện thoại": số không đúng số điện thoại Việt Nam ở dòng ${someLines(unusualNumbers.phone)}; vẫn được nhập như trong tệp, hãy kiểm tra.`);
  }
  if (table.records.length === 0) warnings.push('Tệp chỉ có dòng tiêu đề, không có hồ sơ nào.');
  return { dossiers, problems, warnings };
}
