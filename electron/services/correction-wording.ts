// Corrections worded for print: "Ngày có kết quả: — → 13/03/2024"; a period signed again after its
// sign-off was lost, as the correction of that period with the Biểu 06 cells the two sign-offs differ in.
import { displayedProcedureCode } from '../../shared/catalogue/procedure-code';
import { CHANNEL_LABELS_VI, type Channel, ENDING_LABELS_VI, type Ending } from '../../shared/dossier/dossier';
import { viDate } from '../../shared/time/day';
import { vietnamLocalFromEpoch } from '../../shared/time/local-time';
import { BIEU_06_PROFILE } from '../../shared/report/profile';
import type { CorrectedCell, ReportCorrection } from '../documents';
import { columnTitle } from '../documents/report-tables';
import { viInstant } from '../reliability/vi-time';
import { DOSSIER_COLUMN_LABELS_VI } from '../ledger/dossier-column-labels';
import { PERSONAL_COLUMNS } from '../ledger/dossier-row';
import type { CorrectionView, SignoffRevision } from './signoff-service';


// Personal data never appears in a report, not even as a correction; nor do bookkeeping columns.
const NOT_PRINTED = new Set<string>([...PERSONAL_COLUMNS, 'id', 'version', 'received_day', 'documents', 'created_at', 'updated_at', 'created_by', 'updated_by']);
const labelOf = (column: string): string | undefined =>
  NOT_PRINTED.has(column) ? undefined : (DOSSIER_COLUMN_LABELS_VI as Record<string, string>)[column];

function valueText(column: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (column.endsWith('_day') && typeof value === 'number') return viDate(value);
  if (column === 'procedure_code' && typeof value === 'string') return displayedProcedureCode(value, '—');
  if (column === 'channel' && typeof value === 'string') return CHANNEL_LABELS_VI[value as Channel] ?? value;
  if (column === 'ending' && typeof value === 'string') return ENDING_LABELS_VI[value as Ending] ?? value;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function describeCorrection(c: CorrectionView): string {
  if (c.kind === 'added') return 'Hồ sơ được vào sổ sau khi kỳ báo cáo đã ký';
  const parts = Object.entries(c.changes)
    .filter(([column]) => labelOf(column) !== undefined)
    .map(([column, [before, after]]) => `${labelOf(column)}: ${valueText(column, before)} → ${valueText(column, after)}`);
  return parts.length > 0 ? parts.join('; ') : 'Sửa thông tin không ảnh hưởng số liệu';
}

export function printableCorrections(corrections: readonly CorrectionView[]): ReportCorrection[] {
  return corrections.map((c) => ({
    period: c.period,
    code: c.code,
    description: describeCorrection(c),
    at: viDate(vietnamLocalFromEpoch(Date.parse(c.at)).day),
  }));
}

/** "Ký duyệt lại: lần ký duyệt của Hồ Văn Ẩn lúc 08:00 ngày 02/04/2024 không còn trong sổ; số liệu ký lại khác 3 ô." */
export function describeRevision(r: SignoffRevision): string {
  const n = r.differences.length;
  return (
    `Ký duyệt lại: lần ký duyệt của ${r.previousSigner} lúc ${viInstant(Date.parse(r.previousSignedAt))} không còn trong sổ; ` +
    (n === 0 ? 'số liệu ký lại giống số liệu đã ký lần đó.' : `số liệu ký lại khác ${n} ô so với số liệu đã ký lần đó.`)
  );
}

/** The cells of the period's Biểu 06 as first signed → as signed again. */
export function revisionCells(periodLabel: string, r: SignoffRevision): CorrectedCell[] {
  return r.differences.map((d) => ({ period: periodLabel, row: d.row, column: columnTitle(BIEU_06_PROFILE, d.column), before: d.before, after: d.after }));
}

/** A revision as a line of the report's corrections (no dossier: "—"). */
export function printableRevisions(periodLabel: string, revisions: readonly SignoffRevision[]): ReportCorrection[] {
  return revisions.map((r) => ({
    period: periodLabel,
    code: '—',
    description: describeRevision(r),
    at: viDate(vietnamLocalFromEpoch(Date.parse(r.recordedAt)).day),
  }));
}
