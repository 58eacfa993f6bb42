// The figures of Biểu 06 (columns 3–13) and the extended breakdown, as plain counters.

export const FORM_KEYS = [
  'received', // col 3
  'new_online', // col 4
  'new_direct_postal', // col 5
  'carried_over', // col 6
  'resolved', // col 7
  'early', // col 8
  'on_time', // col 9
  'late', // col 10
  'pending', // col 11
  'pending_in_time', // col 12
  'pending_overdue', // col 13
] as const;
export type FormKey = (typeof FORM_KEYS)[number];

/** The breakdowns of the newer form variant (Biểu II.06a) offered as an extended table. */
export const EXTENDED_KEYS = [
  'new_online_full',
  'new_online_partial',
  'new_postal',
  'new_direct',
  'withdrawn',
  'stopped',
  'rejected',
  'waiting_supplement',
  'late_with_apology',
  'late_without_apology',
  'digitised_dossier',
  'digitised_result',
  'stored_result',
  'with_fee',
  'paid_online',
  'rated_very_satisfied',
  'rated_satisfied',
  'rated_unsatisfied',
] as const;
export type ExtendedKey = (typeof EXTENDED_KEYS)[number];

export type FigureKey = FormKey | ExtendedKey;

export type FormFigures = Record<FormKey, number>;
export type ExtendedFigures = Record<ExtendedKey, number>;
export type Figures = FormFigures & ExtendedFigures;

export function emptyFigures(): Figures {
  const f = {} as Figures;
  for (const k of FORM_KEYS) f[k] = 0;
  for (const k of EXTENDED_KEYS) f[k] = 0;
  return f;
}

export function pickForm(f: Figures): FormFigures {
  const out = {} as FormFigures;
  for (const k of FORM_KEYS) out[k] = f[k];
  return out;
}

export function pickExtended(f: Figures): ExtendedFigures {
  const out = {} as ExtendedFigures;
  for (const k of EXTENDED_KEYS) out[k] = f[k];
  return out;
}

export function addInto(target: Figures, source: Figures): void {
  for (const k of FORM_KEYS) target[k] += source[k];
  for (const k of EXTENDED_KEYS) target[k] += source[k];
}
