// The "dossiers" part of a full package: every dossier row exactly as stored, with its whole history
// (every event, its change recorded as the stored JSON text). Read in one snapshot; checked on the way in.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { DOSSIER_COLUMNS, type DossierRow } from '../ledger/dossier-row';

export interface PackageEvent {
  seq: number;
  version: number;
  at: string;
  actor: string;
  action: string;
  changes: string;
  batch_id: number | null;
}

export interface PackageDossier {
  row: DossierRow;
  events: PackageEvent[];
}

export interface DossiersPart {
  schema_version: number;
  dossiers: PackageDossier[];
}

const int = z.number().int();
const day = int;
const bit = z.union([z.literal(0), z.literal(1)]);
const jsonText = (kind: 'array' | 'object') =>
  z.string().refine((s) => {
    try {
      const v: unknown = JSON.parse(s);
      return kind === 'array' ? Array.isArray(v) : typeof v === 'object' && v !== null && !Array.isArray(v);
    } catch {
      return false;
    }
  });

const dossierRowSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  code: z.string().min(1),
  version: int.min(1),
  desk: int.min(1).max(9).nullable(),
  procedure_code: z.string(),
  procedure_name: z.string(),
  field: z.string(),
  channel: z.enum(['truc_tiep', 'buu_chinh', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh']),
  received_at: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
  received_day: day,
  time_value: int.min(0),
  time_unit: z.enum(['working_days', 'same_day', 'calendar_days', 'working_hours']),
  cutoff_minute: int.nullable(),
  extra_working_days: int.min(0),
  base_due_day: day,
  due_day: day.nullable(),
  supplements: jsonText('array'),
  ended_day: day.nullable(),
  ending: z.enum(['giai_quyet', 'rut', 'dung', 'tu_choi']).nullable(),
  returned_day: day.nullable(),
  extension_due_day: day.nullable(),
  apology_day: day.nullable(),
  late_cause: z.string(),
  digitised_dossier: bit,
  digitised_result: bit,
  stored_result: bit,
  paid_online: bit,
  fee: int.min(0),
  rating: z.enum(['rat_hai_long', 'hai_long', 'khong_hai_long']).nullable(),
  documents: jsonText('array'),
  applicant_name: z.string(),
  id_number: z.string(),
  phone: z.string(),
  address: z.string(),
  note: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  created_by: z.string(),
  updated_by: z.string(),
  // Absent from packages made before migration 012: their dossiers had no online rule.
  online_cutoff_minute: int.min(0).max(1439).nullable().default(null),
}) satisfies z.ZodType<DossierRow>;

const eventSchema = z.strictObject({
  seq: int,
  version: int.min(1),
  at: z.string(),
  actor: z.string(),
  action: z.string().min(1),
  changes: jsonText('object'),
  batch_id: int.nullable(),
});

export const dossiersPartSchema = z.strictObject({
  schema_version: int.min(1),
  dossiers: z.array(z.strictObject({ row: dossierRowSchema, events: z.array(eventSchema).min(1) })),
});

interface HistoryRow extends PackageEvent {
  dossier_id: string;
}

/** Every dossier with its history, in reception order. Call inside a read transaction for one snapshot. */
export function collectDossiers(db: Database.Database): PackageDossier[] {
  const rows = db.prepare<[], DossierRow>(`SELECT ${DOSSIER_COLUMNS.join(', ')} FROM dossiers ORDER BY received_at, row_id`).all();
  const events = new Map<string, PackageEvent[]>();
  const history = db.prepare<[], HistoryRow>('SELECT seq, dossier_id, version, at, actor, action, changes, batch_id FROM dossier_history ORDER BY seq');
  for (const { dossier_id, ...event } of history.iterate()) {
    const list = events.get(dossier_id);
    if (list) list.push(event);
    else events.set(dossier_id, [event]);
  }
  return rows.map((row) => ({ row, events: events.get(row.id) ?? [] }));
}
