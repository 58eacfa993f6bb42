// The documents made in the worker (api/documents): the ledger view as CSV, a report document, Mẫu 07 and
// a dossier's form — their bytes (the web host downloads them), or saved by the desktop app where the person
// chose. Each runs off the API queue (dispatch.ts): the screen keeps answering, and follows the job.
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { documentFile, plannedDocument, saveDocument } from '../documents';

type DocumentHandlers = Pick<Handlers, 'document.save' | 'dossier.exportCsv' | 'report.export' | 'forms.ledgerBook' | 'forms.render'>;

export function documentHandlers(ctx: ApiContext): DocumentHandlers {
  return {
    'document.save': ({ document, jobId }) => saveDocument(ctx, plannedDocument(ctx, document), jobId),
    'dossier.exportCsv': ({ filter, jobId }) => documentFile(ctx, plannedDocument(ctx, { kind: 'ledgerCsv', filter }), jobId),
    'report.export': ({ period, rule, format, jobId }) => documentFile(ctx, plannedDocument(ctx, { kind: 'report', period, rule, format }), jobId),
    'forms.ledgerBook': ({ from, to, volume, jobId }) => documentFile(ctx, plannedDocument(ctx, { kind: 'ledgerBook', book: { from, to, volume } }), jobId),
    'forms.render': ({ id, form, jobId }) => documentFile(ctx, plannedDocument(ctx, { kind: 'form', id, form }), jobId),
  };
}
