// The differences between two copies of a dossier row, in words a person choosing between them reads:
// Vietnamese column names, dates as dd/mm/yyyy, yes/no, the labels of channels, endings and ratings.
import { displayedProcedureCode } from '../../shared/catalogue/procedure-code';
import { CHANNEL_LABELS_VI, type Channel, ENDING_LABELS_VI, type Ending, RATING_LABELS_VI, type Rating } from '../../shared/dossier/dossier';
import { viDate } from '../../shared/time/day';
import { DOSSIER_COLUMN_LABELS_VI } from '../ledger/dossier-column-labels';
import { DOSSIER_COLUMNS, type DossierColumn, type DossierRow } from '../ledger/dossier-row';

export interface DossierDifference {
  column: DossierColumn;
  label: string;
  local: string;
  incoming: string;
}


/** Bookkeeping columns: shown when they differ, but never what makes two copies different in content. */
export const AUDIT_COLUMNS: readonly DossierColumn[] = ['version', 'created_at', 'updated_at', 'created_by', 'updated_by'];
export const CONTENT_COLUMNS: readonly DossierColumn[] = DOSSIER_COLUMNS.filter((c) => !AUDIT_COLUMNS.includes(c));

const DAY_COLUMNS = new Set<DossierColumn>(['received_day', 'base_due_day', 'due_day', 'ended_day', 'returned_day', 'extension_due_day', 'apology_day']);
const BIT_COLUMNS = new Set<DossierColumn>(['digitised_dossier', 'digitised_result', 'stored_result', 'paid_online']);

function supplementsText(json: string): string {
  const list = JSON.parse(json) as { requestedOn: number; returnedOn: number | null }[];
  if (list.length === 0) return 'không có';
  return list.map((p) => `yêu cầu ${viDate(p.requestedOn)}, ${p.returnedOn === null ? 'chưa bổ sung' : `bổ sung xong ${viDate(p.returnedOn)}`}`).join('; ');
}

function documentsText(json: string): string {
  const list = JSON.parse(json) as { name: string; form: string; quantity: number }[];
  return list.length === 0 ? 'không ghi' : list.map((d) => `${d.name} (${d.form}, ${d.quantity})`).join('; ');
}

export function showValue(column: DossierColumn, value: DossierRow[DossierColumn]): string {
  if (value === null) return '—';
  if (DAY_COLUMNS.has(column) && typeof value === 'number') return viDate(value);
  if (BIT_COLUMNS.has(column)) return value === 1 ? 'có' : 'không';
  if (column === 'procedure_code') return displayedProcedureCode(String(value), '—');
  if (column === 'channel') return CHANNEL_LABELS_VI[value as Channel] ?? String(value);
  if (column === 'ending') return ENDING_LABELS_VI[value as Ending] ?? String(value);
  if (column === 'rating') return RATING_LABELS_VI[value as Rating] ?? String(value);
  if (column === 'supplements') return supplementsText(String(value));
  if (column === 'documents') return documentsText(String(value));
  if ((column === 'cutoff_minute' || column === 'online_cutoff_minute') && typeof value === 'number') return `${Math.floor(value / 60)} giờ ${String(value % 60).padStart(2, '0')}`;
  return String(value);
}

export function sameContent(a: DossierRow, b: DossierRow): boolean {
  return CONTENT_COLUMNS.every((c) => a[c] === b[c]);
}

/** Every column whose value differs (bookkeeping columns included, version excluded: it is per ledger). */
export function differencesOf(local: DossierRow, incoming: DossierRow): DossierDifference[] {
  return DOSSIER_COLUMNS.filter((c) => c !== 'version' && local[c] !== incoming[c]).map((column) => ({
    column,
    label: DOSSIER_COLUMN_LABELS_VI[column],
    local: showValue(column, local[column]),
    incoming: showValue(column, incoming[column]),
  }));
}
