// The documents the API has the worker make (workers/document-tasks): what to ask of it for a request,
// under which file name — read from the ledger in the command's turn (a request that cannot be met is
// refused before any dialog opens) — then made as a job the screen follows: its bytes sent back (the web
// host downloads them), or written by the worker to the file the native save dialog gave (the desktop app).
import type { CheckedDocumentRequest } from '../../shared/api/document-schemas';
import type { FileDto } from '../../shared/api/common';
import { periodKey } from '../../shared/periods/period';
import { isoFromDay } from '../../shared/time/day';
import { dossierFormDocument, dossierFormFileName } from '../services/dossier-forms';
import { resolvePeriodRequest } from '../services/report-service';
import { runInWorker } from '../workers/run-task';
import type { DocumentTask } from '../workers/worker-tasks';
import type { ApiContext } from './context';
import { unsupported } from './errors';
import { MIME, safeFileName, toFileDto } from './files';
import { todayOf } from './handlers/clock';
import { repositoryFilter } from './handlers/dossiers';
import { ledgerBookTaskOf } from './handlers/ledger-book';

export interface PlannedDocument {
  task: DocumentTask;
  fileName: string;
  mimeType: string;
  /** What the progress bar says until the worker tells more. */
  label: string;
}

export function plannedDocument(ctx: ApiContext, request: CheckedDocumentRequest): PlannedDocument {
  const session = ctx.ledger.session(); // refuses while the ledger is not open
  const ledgerFile = ctx.ledger.file;
  const today = todayOf(ctx);
  switch (request.kind) {
    case 'ledgerCsv':
      return {
        task: { kind: 'ledger-csv', ledgerFile, filter: repositoryFilter(request.filter, today), today },
        fileName: `so-theo-doi-${isoFromDay(today)}.csv`,
        mimeType: MIME.csv,
        label: 'Đang xuất sổ theo dõi ra tệp CSV',
      };
    case 'report': {
      const period = resolvePeriodRequest(session, { period: request.period, rule: request.rule });
      return {
        task: { kind: 'report-document', ledgerFile, period, format: request.format, issuedOn: today, now: ctx.clock(), includePersonalData: false },
        fileName: `${safeFileName(`Bao-cao-${periodKey(period).replace('@', '-')}`)}.${request.format}`,
        mimeType: MIME[request.format],
        label: `Đang làm báo cáo ${period.label}`,
      };
    }
    case 'ledgerBook': {
      const { from, to } = request.book;
      return {
        task: ledgerBookTaskOf(ctx, request.book),
        fileName: safeFileName(`So-theo-doi-Mau07-${from}-den-${to}.pdf`),
        mimeType: MIME.pdf,
        label: 'Đang làm sổ theo dõi hồ sơ (Mẫu 07)',
      };
    }
    case 'form': {
      // Made here only to refuse at once a form the dossier does not have yet; the worker makes it again.
      const { code } = dossierFormDocument(session, request.id, request.form);
      return {
        task: { kind: 'dossier-form', ledgerFile, id: request.id, form: request.form },
        fileName: safeFileName(dossierFormFileName(code, request.form)),
        mimeType: MIME.pdf,
        label: 'Đang làm tệp PDF',
      };
    }
  }
}

/** The document's bytes, made in the worker as the job `jobId`. */
export async function documentFile(ctx: ApiContext, planned: PlannedDocument, jobId: string | undefined): Promise<FileDto> {
  const bytes = await ctx.jobs.run(jobId, { label: planned.label, cancelled: 'Đã hủy: chưa tạo tệp nào.' }, ({ signal, onProgress }) =>
    runInWorker(planned.task, { signal, onProgress }),
  );
  // Structured cloning turns a Buffer into a plain Uint8Array over the same bytes.
  return toFileDto(planned.fileName, planned.mimeType, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** The save dialog, then the document made and written there by the worker; `saved: false` when the dialog is cancelled. */
export async function saveDocument(ctx: ApiContext, planned: PlannedDocument, jobId: string | undefined): Promise<{ saved: boolean; path: string | null }> {
  if (!ctx.host.chooseSaveTarget) throw unsupported('Lưu tệp vào nơi chọn trong hộp thoại');
  const target = await ctx.host.chooseSaveTarget(planned.fileName);
  if (target === null) return { saved: false, path: null };
  const saved = await ctx.jobs.run(jobId, { label: planned.label, cancelled: 'Đã hủy: chưa ghi tệp nào.' }, ({ signal, gate, onProgress }) =>
    runInWorker({ kind: 'save-document', out: target, document: planned.task, gate }, { signal, onProgress }),
  );
  return { saved: true, path: saved.path };
}
