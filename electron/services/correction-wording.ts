// Corrections worded for print: "Ngày có kết quả: — → 13/03/2024".
import { displayedProcedureCode } from '../../shared/catalogue/procedure-code';
import { CHANNEL_LABELS_VI, type Channel, ENDING_LABELS_VI, type Ending } from '../../shared/dossier/dossier';
import { viDate } from '../../shared/time/day';
import { vietnamLocalFromEpoch } from '../../shared/time/local-time';
import type { ReportCorrection } from '../documents';
import { DOSSIER_COLUMN_LABELS_VI } from '../ledger/dossier-column-labels';
import { PERSONAL_COLUMNS } from '../ledger/dossier-row';
import type { CorrectionView } from './signoff-service';


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
