// Checks every row of a ledger table and collects every problem (never stopping at the first), then
// builds the dossiers of the rows that passed. Pure: the catalogue and calendar come in through `ctx`.
import type { ColumnKey } from './columns';
import { buildImportedDossier, isCompleteRow } from './dossier-builder';
import { type HeaderMap, mapHeader } from './header-map';
import type { ImportProblem, ImportedDossier, LedgerImportContext, LedgerValidation } from './import-types';
import { lookUpProcedure } from './procedure-lookup';
import { type RowCells, cellText, readRowCells } from './row-cells';
import { checkRow } from './row-checks';
import type { RowIssue } from './row-issue';
import type { LedgerTable, TableRecord } from './table';

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

/** `header` defaults to the header row read as our own columns; a foreign layout (foreign/) passes its own. */
export function validateLedgerRows(
  table: LedgerTable,
  ctx: LedgerImportContext,
  header: HeaderMap = mapHeader(table.header, table.headerLine),
): LedgerValidation {
  const problems: ImportProblem[] = [...header.problems];
  const warnings: string[] = [...header.warnings, ...unlabeledDataWarnings(table)];
  const dossiers: ImportedDossier[] = [];
  const firstLineOfCode = new Map<string, number>();

  for (const record of table.records) {
    const row = readRowCells(record.cells, header.columns);
    const issues: RowIssue[] = [...row.issues];

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

    problems.push(...toProblems(record.line, issues, header, row));
    const extra = overflow(record, table);
    if (extra.problem) problems.push(extra.problem);
    if (extra.warning) warnings.push(extra.warning);
  }

  if (table.records.length === 0) warnings.push('Tệp chỉ có dòng tiêu đề, không có hồ sơ nào.');
  return { dossiers, problems, warnings };
}
