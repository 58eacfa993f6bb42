// The desk operators in the API contract: the list (Thiết lập), who is working at this desk now (the top
// bar), whose name every write records.
import { z } from 'zod';

export const operatorNameInput = z.strictObject({
  name: z
    .string('Tên cán bộ phải là chữ.')
    .max(100, 'Tên cán bộ dài quá 100 ký tự.')
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, 'Hãy nhập tên cán bộ.'),
});

export const operatorsView = z.object({
  operators: z.array(
    z.object({
      name: z.string(),
      /** ISO instants. */
      createdAt: z.string(),
      createdBy: z.string(),
      retiredAt: z.string().nullable(),
      retiredBy: z.string().nullable(),
    }),
  ),
  /** The operator working at this desk now, recorded on every change; null until one is chosen. */
  current: z.string().nullable(),
});
export type OperatorsView = z.output<typeof operatorsView>;
