// The report part of the API contract: the compiled Biểu 06 (as shared/report/compile.ts makes it), the
// monthly chart, the drill-down behind one figure, and the exported documents.
import { z } from 'zod';
import { compiledReportSchema } from '../report/compiled-report-schema';
import { EXTENDED_KEYS, FORM_KEYS } from '../report/figures';
import { dossierState, listItem } from './dossier-schemas';
import { periodRule, text } from './common';

const count = z.number().int().min(0);

/** The compiled report, checked as strictly as a report package (shared/report/compiled-report-schema). */
export const compiledReport = compiledReportSchema;

/** `2024-Q1`, `2024-M03`, `2024-H1`, `2024-9M`, `2024` (interchange.md §3). */
const periodText = z
  .string('Kỳ báo cáo phải là chữ.')
  .regex(/^\d{4}(-(Q[1-4]|M(0?[1-9]|1[0-2])|H1|9M))?$/i, 'Kỳ báo cáo không hợp lệ: dùng 2024-Q1, 2024-M03, 2024-H1, 2024-9M hoặc 2024.');

export const periodInput = z.strictObject({ period: periodText, rule: periodRule });

export const monthBar = z.object({ label: z.string(), from: z.string(), to: z.string(), received: count, resolved: count, late: count });

const correctionView = z.object({ period: z.string(), code: z.string(), kind: z.enum(['changed', 'added']), at: z.string(), actor: z.string(), text: z.string() });

/** A period signed again after its sign-off was lost: the earlier sign-off and the cells that changed. */
const revisionView = z.object({
  previousSigner: z.string(),
  previousSignedAt: z.string(),
  /** When the period was signed again. */
  at: z.string(),
  text: z.string(),
  /** "(4) … — …" column titles; before = as first signed, after = as signed again. */
  cells: z.array(z.object({ row: z.string(), column: z.string(), before: z.number(), after: z.number() })),
});

export const reportView = z.object({
  /** The figures to show: as signed when the period is signed (frozen), otherwise computed now. */
  report: compiledReport,
  signoff: z.object({ signer: z.string(), signedAt: z.string(), signedBy: z.string() }).nullable(),
  /** For a signed period: the figures as the ledger stands now, to show against the signed ones. */
  current: compiledReport.nullable(),
  /** Changes made after the sign-off to the dossiers this period counted. */
  corrections: z.array(correctionView),
  /** Corrections to earlier signed periods that this report lists. */
  earlierCorrections: z.array(correctionView),
  /** The period's own correction when it was signed again after its sign-off was lost (printed on its report). */
  revisions: z.array(revisionView),
  /** Received / resolved / late per month of the period (months cut by the same rule as the period). */
  months: z.array(monthBar),
  /** The narrative sentences drawn from the ledger (shared/report/narrative.ts). */
  sentences: z.array(z.string()),
  unitName: z.string(),
  receivingUnit: z.string(),
  /** A period not ended yet: "YYYY-MM-DD HH:MM" the provisional figures are taken at, else null. */
  provisionalAsOf: z.string().nullable(),
  /** Why the period cannot be signed now (not ended yet), else null. */
  signoffRefusal: z.string().nullable(),
  /** The chairman's headings with no text: not printed; shown as a warning before sign-off. */
  emptyHeadings: z.array(z.string()),
});
export type ReportView = z.output<typeof reportView>;

const figureKey = z.enum([...FORM_KEYS, ...EXTENDED_KEYS] as [string, ...string[]], 'Ô số liệu không hợp lệ.');

export const cellInput = periodInput.extend({
  key: figureKey,
  /** A field row, or null for the total row. */
  field: text('Lĩnh vực', 200).nullable(),
});

export const cellItem = listItem.pick({ id: true, code: true, procedureName: true, field: true, channel: true, receivedAt: true, due: true, endedOn: true }).extend({
  state: dossierState,
});

export const cellView = z.object({ title: z.string(), count: count, items: z.array(cellItem) });
export type CellView = z.output<typeof cellView>;

export const REPORT_FORMATS = ['pdf', 'xlsx', 'docx'] as const;
export const exportInput = periodInput.extend({ format: z.enum(REPORT_FORMATS, 'Định dạng xuất phải là pdf, xlsx hoặc docx.') });

const narrativeSection = z.strictObject({
  heading: z.string('Tiêu đề mục phải là chữ.').max(300, 'Tiêu đề mục dài quá 300 ký tự.'),
  text: z.string('Nội dung mục phải là chữ.').max(20_000, 'Nội dung một mục dài quá 20.000 ký tự.'),
});

export const narrativeView = z.object({ sections: z.array(z.object({ heading: z.string(), text: z.string() })) });

export const saveNarrativeInput = periodInput.extend({
  sections: z.array(narrativeSection, 'Nội dung báo cáo không hợp lệ.').max(30, 'Tối đa 30 mục.'),
});

export const signOffInput = periodInput.extend({
  signerName: z.string('Họ tên người ký phải là chữ.').max(120, 'Họ tên người ký dài quá 120 ký tự.'),
  pin: z.string('Mã PIN phải là chữ số.').max(64, 'Mã PIN dài quá.'),
});
