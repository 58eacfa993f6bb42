// The period report from one covering index (bench, issue 7: 192 ms at 1M dossiers, 13.8× one
// count(*)). The report read every counted dossier's row by row id and classified it in JavaScript; now
// it reads, per field and procedure, five integers per dossier from this index alone: the packed facts
// that decide its cells (REPORT_PROFILE), the day it was received, the day it ended (REPORT_END_DAY), its
// due date and its row id. Only the few dossiers the rules must look at one by one (supplement pauses,
// late or overdue ones) are read in full (electron/services/report-compiler.ts).
//
// Expressions rather than the generated end_key: SQLite never treats an index holding a generated column
// as covering, while it reads an indexed expression from the index when a query repeats it word for word.
// So queries import these strings from here, and since a released migration is never edited, they stay.
// Nothing here depends on the calendar or the settings: the index is a function of each row alone.
import { OPEN_END_KEY } from './001-initial';
import type { Migration } from './migration';

/** The day a dossier ended for the report (result ready, else returned), or OPEN_END_KEY while pending. */
export const REPORT_END_DAY = `COALESCE(ended_day, returned_day, ${OPEN_END_KEY})`;

/** Packed values, in this order: index i stands for values[i]; NULL stands for 0 where allowed. */
export const PROFILE_CHANNELS = ['truc_tiep', 'buu_chinh', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh'] as const;
export const PROFILE_RATINGS = [null, 'rat_hai_long', 'hai_long', 'khong_hai_long'] as const;
export const PROFILE_ENDINGS = [null, 'giai_quyet', 'rut', 'dung', 'tu_choi'] as const;
export const PROFILE_TIME_UNITS = ['working_days', 'same_day', 'calendar_days', 'working_hours'] as const;

/** Bit positions of REPORT_PROFILE. */
export const PROFILE_BITS = {
  channel: 0, // 2 bits, PROFILE_CHANNELS
  digitisedDossier: 2,
  paidOnline: 3,
  hasFee: 4,
  digitisedResult: 5,
  storedResult: 6,
  rating: 7, // 2 bits, PROFILE_RATINGS
  ending: 9, // 3 bits, PROFILE_ENDINGS
  hasSupplements: 12,
  hasExtension: 13,
  timeUnit: 14, // 2 bits, PROFILE_TIME_UNITS
} as const;

const caseOf = (column: string, values: readonly (string | null)[]) =>
  `(CASE ${values
    .map((v, i) => (v === null ? `WHEN ${column} IS NULL THEN ${i}` : `WHEN ${column} = '${v}' THEN ${i}`))
    .join(' ')} END)`;

// SQLite gives << and | the same precedence, left to right: every shifted term has its own parentheses.
const shifted = (expr: string, at: number) => `(${expr} << ${at})`;

/**
 * The facts of a dossier that decide its cells, as one integer (NULL if a value is none of the known ones:
 * such a dossier is then read in full). `supplements = '[]'` is the canonical empty list (supplementsJson);
 * any other text counts as having pauses, which only sends the dossier to the full path.
 */
export const REPORT_PROFILE = `(${[
  shifted(caseOf('channel', PROFILE_CHANNELS), PROFILE_BITS.channel),
  shifted('digitised_dossier', PROFILE_BITS.digitisedDossier),
  shifted('paid_online', PROFILE_BITS.paidOnline),
  shifted('(fee > 0)', PROFILE_BITS.hasFee),
  shifted('digitised_result', PROFILE_BITS.digitisedResult),
  shifted('stored_result', PROFILE_BITS.storedResult),
  shifted(caseOf('rating', PROFILE_RATINGS), PROFILE_BITS.rating),
  shifted(caseOf('ending', PROFILE_ENDINGS), PROFILE_BITS.ending),
  shifted(`(supplements <> '[]')`, PROFILE_BITS.hasSupplements),
  shifted('(extension_due_day IS NOT NULL)', PROFILE_BITS.hasExtension),
  shifted(caseOf('time_unit', PROFILE_TIME_UNITS), PROFILE_BITS.timeUnit),
].join(' | ')})`;

export const REPORT_INDEX = 'dossiers_report';

export const migration009ReportIndex: Migration = {
  version: 9,
  name: 'covering index for the period report',
  up(db) {
    db.exec(
      `CREATE INDEX ${REPORT_INDEX} ON dossiers(field, procedure_code, ${REPORT_END_DAY}, received_day, ${REPORT_PROFILE}, base_due_day);`,
    );
  },
};
