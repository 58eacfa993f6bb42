// Documents the desktop app writes straight to a file the person picks in the native save dialog: made
// and written by the worker, so a large export (the ledger as CSV, a report as Excel) never travels back
// as base64 through the API. The web host asks for the same documents' bytes instead (dossier.exportCsv,
// report.export, forms.ledgerBook, forms.render) and the browser downloads them.
import { z } from 'zod';
import { uuid } from './common';
import { listFilter } from './dossier-schemas';
import { ledgerBookInput } from './handoff-schemas';
import { withJobId } from './job-schemas';
import { dossierFormName } from './print-schemas';
import { exportInput } from './report-schemas';
import { savedFile } from './setup-schemas';

export const documentRequest = z.discriminatedUnion(
  'kind',
  [
    /** The ledger view as CSV (the filter of the Sổ theo dõi screen). */
    z.strictObject({ kind: z.literal('ledgerCsv'), filter: listFilter }),
    /** A report document of a period (PDF, Excel, Word). */
    exportInput.extend({ kind: z.literal('report') }),
    /** Sổ theo dõi hồ sơ (Mẫu 07) of a range of reception dates. */
    z.strictObject({ kind: z.literal('ledgerBook'), book: ledgerBookInput }),
    /** A dossier's form (Mẫu 01, 02, 04) as a PDF. */
    z.strictObject({ kind: z.literal('form'), id: uuid, form: dossierFormName }),
  ],
  'Loại tài liệu không hợp lệ.',
);
export type DocumentRequest = z.input<typeof documentRequest>;
export type CheckedDocumentRequest = z.output<typeof documentRequest>;

export const DOCUMENT_COMMANDS = {
  /** Desktop app: the save dialog, then the document made and written there by the worker (a job: progress, Hủy). */
  'document.save': { input: z.strictObject({ document: documentRequest, ...withJobId }), output: savedFile },
} as const;
