// The CompiledReport as data crossing a boundary (the API's answers, a report package from another unit):
// checked strictly — unknown keys are refused, so nothing (personal data least of all) rides along.
import { z } from 'zod';
import type { CompiledReport } from './compile';
import { EXTENDED_KEYS, type ExtendedKey, FORM_KEYS, type FormKey } from './figures';

const count = z.number().int().min(0);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const rate = z.number().min(0).max(100).nullable();

const formShape = Object.fromEntries(FORM_KEYS.map((k) => [k, count])) as Record<FormKey, typeof count>;
const extendedShape = Object.fromEntries(EXTENDED_KEYS.map((k) => [k, count])) as Record<ExtendedKey, typeof count>;

export const compiledReportSchema = z.strictObject({
  period: z.strictObject({ from: isoDate, to: isoDate, label: z.string(), rule: z.enum(['nd09', 'calendar']) }),
  total: z.strictObject(formShape),
  by_field: z.array(z.strictObject({ field: z.string(), ...formShape })),
  extended: z.strictObject({
    total: z.strictObject(extendedShape),
    by_field: z.array(z.strictObject({ field: z.string(), ...extendedShape })),
  }),
  rates: z.strictObject({
    on_time_rate: rate,
    online_rate: rate,
    online_rate_of_online_capable: rate,
    digitised_dossier_rate: rate,
    digitised_result_rate: rate,
    stored_result_rate: rate,
    online_payment_rate: rate,
    very_satisfied_share: rate,
    satisfied_share: rate,
    unsatisfied_share: rate,
  }),
  late_dossiers: z.array(
    z.strictObject({
      code: z.string(),
      procedure: z.string(),
      field: z.string(),
      received: isoDate,
      due: isoDate.nullable(),
      ended: isoDate.nullable(),
      working_days_late: z.number().int(),
      cause: z.string(),
      apology: isoDate.nullable(),
      extension_due: isoDate.nullable(),
    }),
  ),
  average_resolution: z.array(
    z.strictObject({
      procedure_code: z.string(),
      procedure: z.string(),
      unit: z.enum(['working_days', 'same_day', 'calendar_days', 'working_hours']),
      unit_label: z.string(),
      average: z.number().min(0),
      count,
    }),
  ),
}) satisfies z.ZodType<CompiledReport>;
