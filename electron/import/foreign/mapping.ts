// A column mapping for one foreign layout, as the user confirmed it: which header holds which of our
// columns (or is to be ignored), what the system's channel and status texts mean, and which catalogue
// procedure a name stands for. Saved as a named profile (import-profile-repository) or a JSON file.
import { z } from 'zod';
import { CHANNELS } from '../../../shared/dossier/dossier';
import { COLUMN_KEYS } from '../columns';
import { STATUS_MEANINGS } from './foreign-cells';

export const IGNORED_COLUMN = 'bo_qua';

const columnTarget = z.enum(['trang_thai', 'stt', 'lien_thong', IGNORED_COLUMN, ...COLUMN_KEYS]);

export const foreignMappingSchema = z
  .object({
    /** The 1-based line (CSV) or row (Excel) of the header, when the automatic choice is wrong. */
    headerLine: z.number().int().positive().optional(),
    /** 2 when the header spans two rows (merged group headers above the column names). */
    headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
    /** Header as written → our column key, `trang_thai`, `lien_thong`, `stt` or `bo_qua` (ignore it). */
    columns: z.record(z.string(), columnTarget).default({}),
    values: z
      .object({
        kenh: z.record(z.string(), z.enum(CHANNELS)).default({}),
        trang_thai: z.record(z.string(), z.enum(STATUS_MEANINGS)).default({}),
      })
      .strict()
      .default({ kenh: {}, trang_thai: {} }),
    /** Procedure name as written → catalogue code (confirmed by the user). */
    procedures: z.record(z.string(), z.string().min(1)).default({}),
  })
  .strict();

export type ForeignMapping = z.output<typeof foreignMappingSchema>;

export const EMPTY_MAPPING: ForeignMapping = foreignMappingSchema.parse({});

/** A mapping read from JSON text; a Vietnamese message naming the first wrong entry otherwise. */
export function parseForeignMapping(text: string, source: string): { ok: true; mapping: ForeignMapping } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: `Tệp ghép cột "${source}" không phải JSON hợp lệ.` };
  }
  const parsed = foreignMappingSchema.safeParse(json);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? issue.path.join(' → ') : '';
  return { ok: false, reason: `Tệp ghép cột "${source}" có mục không hợp lệ${where ? ` ở "${where}"` : ''}: ${issue?.message ?? ''}` };
}
