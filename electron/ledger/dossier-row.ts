// The mapping between a DossierRecord and its row in the dossiers table, and the column-level diff that
// the history keeps ({ column: [old, new] }, JSON columns as parsed JSON).
import { z } from 'zod';
import type { TimeUnit } from '../../shared/catalogue/procedure';
import type { Channel, Ending, Rating, SupplementPause } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import { formatLocalDateTime, parseLocalDateTime } from '../../shared/time/local-time';
import type { DossierDocument, DossierListItem, DossierRecord, ReportRow } from './dossier-record';
import type { JsonValue } from './json';

/** The stored columns of a dossier (generated columns and row_id excluded). */
export interface DossierRow {
  id: string;
  code: string;
  version: number;
  desk: number | null;
  procedure_code: string;
  procedure_name: string;
  field: string;
  channel: Channel;
  received_at: string;
  received_day: DayNumber;
  time_value: number;
  time_unit: TimeUnit;
  cutoff_minute: number | null;
  extra_working_days: number;
  /** The online rule of the snapshot (migration 012): NULL when the clock started at reception. */
  online_cutoff_minute: number | null;
  base_due_day: DayNumber;
  due_day: DayNumber | null;
  supplements: string;
  ended_day: DayNumber | null;
  ending: Ending | null;
  returned_day: DayNumber | null;
  extension_due_day: DayNumber | null;
  apology_day: DayNumber | null;
  late_cause: string;
  digitised_dossier: 0 | 1;
  digitised_result: 0 | 1;
  stored_result: 0 | 1;
  paid_online: 0 | 1;
  fee: number;
  rating: Rating | null;
  documents: string;
  applicant_name: string;
  id_number: string;
  phone: string;
  address: string;
  note: string;
  created_at: string;
  updated_at: string;
  created_by: string;
  updated_by: string;
}

export type DossierColumn = keyof DossierRow;

export const DOSSIER_COLUMNS: readonly DossierColumn[] = [
  'id', 'code', 'version', 'desk', 'procedure_code', 'procedure_name', 'field', 'channel', 'received_at', 'received_day',
  'time_value', 'time_unit', 'cutoff_minute', 'extra_working_days', 'base_due_day', 'due_day', 'supplements',
  'ended_day', 'ending', 'returned_day', 'extension_due_day', 'apology_day', 'late_cause', 'digitised_dossier',
  'digitised_result', 'stored_result', 'paid_online', 'fee', 'rating', 'documents', 'applicant_name', 'id_number',
  'phone', 'address', 'note', 'created_at', 'updated_at', 'created_by', 'updated_by', 'online_cutoff_minute',
];

/** Columns holding personal data (never in report rows, never sent to the receiving office). */
export const PERSONAL_COLUMNS: readonly DossierColumn[] = ['applicant_name', 'id_number', 'phone', 'address', 'note'];

/** Columns that are bookkeeping of the change itself, not content: left out of history diffs. */
const AUDIT_COLUMNS: readonly DossierColumn[] = ['version', 'created_at', 'updated_at', 'created_by', 'updated_by'];
const JSON_COLUMNS: readonly DossierColumn[] = ['supplements', 'documents'];

const day = z.number().int();
const supplementsSchema = z.array(z.object({ requestedOn: day, returnedOn: day.nullable() }));
const documentsSchema = z.array(z.object({ name: z.string(), form: z.string(), quantity: z.number() }));

const bit = (b: boolean): 0 | 1 => (b ? 1 : 0);

/** Canonical JSON of the pauses (fixed key order, so equal content gives equal text). */
export function supplementsJson(pauses: readonly SupplementPause[]): string {
  return JSON.stringify(pauses.map((p) => ({ requestedOn: p.requestedOn, returnedOn: p.returnedOn })));
}

export function documentsJson(documents: readonly DossierDocument[]): string {
  return JSON.stringify(documents.map((d) => ({ name: d.name, form: d.form, quantity: d.quantity })));
}

export function toRow(r: DossierRecord): DossierRow {
  return {
    id: r.id,
    code: r.code,
    version: r.version,
    desk: r.desk,
    procedure_code: r.procedureCode,
    procedure_name: r.procedureName,
    field: r.field,
    channel: r.channel,
    received_at: formatLocalDateTime(r.receivedAt),
    received_day: r.receivedAt.day,
    time_value: r.rule.timeValue,
    time_unit: r.rule.timeUnit,
    cutoff_minute: r.rule.cutoffMinute,
    extra_working_days: r.rule.extraWorkingDays,
    online_cutoff_minute: r.rule.onlineCutoffMinute ?? null,
    base_due_day: r.baseDueDay,
    due_day: r.dueDay,
    supplements: supplementsJson(r.supplements),
    ended_day: r.endedOn,
    ending: r.ending,
    returned_day: r.returnedOn,
    extension_due_day: r.extension?.newDueDay ?? null,
    apology_day: r.extension?.apologyOn ?? null,
    late_cause: r.lateCause,
    digitised_dossier: bit(r.digitisedDossier),
    digitised_result: bit(r.digitisedResult),
    stored_result: bit(r.storedResult),
    paid_online: bit(r.paidOnline),
    fee: r.fee,
    rating: r.rating,
    documents: documentsJson(r.documents),
    applicant_name: r.applicantName,
    id_number: r.idNumber,
    phone: r.phone,
    address: r.address,
    note: r.note,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    created_by: r.createdBy,
    updated_by: r.updatedBy,
  };
}

function receivedAtOf(text: string) {
  const t = parseLocalDateTime(text);
  if (!t) throw new Error(`Stored received_at is not a date-time: ${text}`);
  return t;
}

/** The rule facts of a row (the columns every query selects, personal data excluded). */
export type FactsRow = Omit<DossierRow, 'version' | 'desk' | 'documents' | 'applicant_name' | 'id_number' | 'phone' | 'address' | 'note' | 'created_at' | 'updated_at' | 'created_by' | 'updated_by'>;

export const FACTS_COLUMNS: readonly DossierColumn[] = DOSSIER_COLUMNS.filter(
  (c) => !PERSONAL_COLUMNS.includes(c) && !AUDIT_COLUMNS.includes(c) && c !== 'desk' && c !== 'documents',
);

export function toReportRow(row: FactsRow): ReportRow {
  return {
    id: row.id,
    code: row.code,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    field: row.field,
    channel: row.channel,
    receivedAt: receivedAtOf(row.received_at),
    rule: {
      timeValue: row.time_value,
      timeUnit: row.time_unit,
      cutoffMinute: row.cutoff_minute,
      extraWorkingDays: row.extra_working_days,
      // Absent (undefined) in a file at a schema before migration 012.
      ...(typeof row.online_cutoff_minute === 'number' ? { onlineCutoffMinute: row.online_cutoff_minute } : {}),
    },
    baseDueDay: row.base_due_day,
    dueDay: row.due_day,
    supplements: row.supplements === '[]' ? [] : supplementsSchema.parse(JSON.parse(row.supplements)),
    endedOn: row.ended_day,
    ending: row.ending,
    returnedOn: row.returned_day,
    extension: row.extension_due_day === null ? null : { newDueDay: row.extension_due_day, apologyOn: row.apology_day },
    lateCause: row.late_cause,
    digitisedDossier: row.digitised_dossier === 1,
    digitisedResult: row.digitised_result === 1,
    storedResult: row.stored_result === 1,
    paidOnline: row.paid_online === 1,
    fee: row.fee,
    rating: row.rating,
  };
}

export function fromRow(row: DossierRow): DossierRecord {
  const { dueDay, ...facts } = toReportRow(row);
  return {
    ...facts,
    dueDay,
    version: row.version,
    desk: row.desk,
    documents: documentsSchema.parse(JSON.parse(row.documents)),
    applicantName: row.applicant_name,
    idNumber: row.id_number,
    phone: row.phone,
    address: row.address,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    createdBy: row.created_by,
    updatedBy: row.updated_by,
  };
}

/** The columns of a list line. */
export interface ListRow {
  id: string;
  code: string;
  version: number;
  procedure_code: string;
  procedure_name: string;
  field: string;
  channel: Channel;
  received_at: string;
  base_due_day: DayNumber;
  due_day: DayNumber | null;
  extension_due_day: DayNumber | null;
  ended_day: DayNumber | null;
  ending: Ending | null;
  returned_day: DayNumber | null;
  awaiting_supplement: 0 | 1;
  applicant_name: string;
  phone: string;
  row_id: number;
}

export const LIST_COLUMNS =
  'd.id, d.code, d.version, d.procedure_code, d.procedure_name, d.field, d.channel, d.received_at, d.base_due_day, d.due_day, ' +
  'd.extension_due_day, d.ended_day, d.ending, d.returned_day, d.awaiting_supplement, d.applicant_name, d.phone, d.row_id';

export function toListItem(row: ListRow): DossierListItem {
  return {
    id: row.id,
    code: row.code,
    version: row.version,
    procedureCode: row.procedure_code,
    procedureName: row.procedure_name,
    field: row.field,
    channel: row.channel,
    receivedAt: receivedAtOf(row.received_at),
    baseDueDay: row.base_due_day,
    dueDay: row.due_day,
    extensionDueDay: row.extension_due_day,
    endedOn: row.ended_day,
    ending: row.ending,
    returnedOn: row.returned_day,
    awaitingSupplement: row.awaiting_supplement === 1,
    applicantName: row.applicant_name,
    phone: row.phone,
  };
}

export type DossierChanges = Record<string, [JsonValue, JsonValue]>;

function jsonOf(column: DossierColumn, value: DossierRow[DossierColumn] | null): JsonValue {
  if (value !== null && JSON_COLUMNS.includes(column)) return JSON.parse(String(value)) as JsonValue;
  return value;
}

/** The content columns that differ: { column: [before, after] }. `before` null means a new dossier. */
export function diffRows(before: DossierRow | null, after: DossierRow): DossierChanges {
  const changes: DossierChanges = {};
  for (const column of DOSSIER_COLUMNS) {
    if (AUDIT_COLUMNS.includes(column)) continue;
    const a = before === null ? null : before[column];
    const b = after[column];
    if (a === b) continue;
    if (before === null && (b === '' || b === '[]' || b === 0)) continue;
    changes[column] = [jsonOf(column, a), jsonOf(column, b)];
  }
  return changes;
}
