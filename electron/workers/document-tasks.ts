// The documents the worker makes (the ledger view as CSV, a report document, Mẫu 07, a dossier's form),
// each over a read-only session of its own, telling the screen what it is doing; and any of them written
// to a path the native save dialog gave, so a large export never comes back through the answering thread.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { formatIntVi } from '../../shared/format/vi-number';
import { type PrintableDocument, documentHtml } from '../documents/html/doc-html';
import { renderPdf } from '../documents/pdf/render';
import { dossierFormDocument } from '../services/dossier-forms';
import { ledgerBookDocument } from '../services/forms-service';
import { type LedgerSession, sessionOver } from '../services/ledger-session';
import { renderPeriodReport } from '../services/report-documents-service';
import { enterWriting } from './job-gate';
import { ledgerViewCsv } from './ledger-csv-export';
import { WorkerCancelledError } from './run-task';
import { withConnection } from './worker-connection';
import type { DocumentTask, WorkerProgress, WorkerTask } from './worker-tasks';

type Report = (progress: WorkerProgress) => void;
type Task<K extends WorkerTask['kind']> = Extract<WorkerTask, { kind: K }>;

const step = (report: Report) => (label: string) => report({ label, done: 0, total: 0 });

function readSession<T>(ledgerFile: string, purpose: string, work: (session: LedgerSession) => Promise<T> | T): Promise<T> {
  return withConnection(ledgerFile, (db) => work(sessionOver(db, ledgerFile, purpose)));
}

function ledgerBookOf(session: LedgerSession, task: Task<'ledger-book'> | Task<'ledger-book-print'>, report: Report) {
  return ledgerBookDocument(session, task.from, task.to, task.volume, task.today, (done, total) =>
    report({ label: `Đang đọc hồ sơ của sổ ${formatIntVi(done)}/${formatIntVi(total)}`, done, total }),
  );
}

export function documentBytes(task: DocumentTask, report: Report): Promise<Uint8Array> {
  switch (task.kind) {
    case 'ledger-csv':
      return readSession(task.ledgerFile, 'xuất CSV', (session) => ledgerViewCsv(session, task.filter, task.today, report));
    case 'report-document':
      return readSession(task.ledgerFile, 'báo cáo', (session) =>
        renderPeriodReport(session, task.period, task.format, {
          issuedOn: task.issuedOn,
          includePersonalData: task.includePersonalData,
          onStep: step(report),
          ...(task.now === undefined ? {} : { now: task.now }),
        }),
      );
    case 'ledger-book':
      return readSession(task.ledgerFile, 'sổ theo dõi', (session) => {
        const definition = ledgerBookOf(session, task, report);
        report({ label: 'Đang dựng tệp PDF của sổ', done: 0, total: 0 });
        return renderPdf(definition);
      });
    case 'dossier-form':
      return readSession(task.ledgerFile, 'in phiếu', (session) => {
        report({ label: 'Đang dựng tệp PDF', done: 0, total: 0 });
        return renderPdf(dossierFormDocument(session, task.id, task.form).definition);
      });
  }
}

/** Mẫu 07 as the HTML page the desktop app prints. */
export function ledgerBookPrintPage(task: Task<'ledger-book-print'>, report: Report): Promise<PrintableDocument> {
  return readSession(task.ledgerFile, 'in sổ theo dõi', (session) => {
    const definition = ledgerBookOf(session, task, report);
    report({ label: 'Đang dựng trang in của sổ', done: 0, total: 0 });
    return documentHtml(definition);
  });
}

/** Writes beside the target, then renames: a failed or stopped write never leaves half a file under the chosen name. */
function writeAtomically(target: string, bytes: Uint8Array): void {
  const temporary = `${target}.dang-ghi-${process.pid}`;
  try {
    const fd = openSync(temporary, 'w');
    try {
      for (let written = 0; written < bytes.byteLength; ) written += writeSync(fd, bytes, written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export async function saveDocument(task: Task<'save-document'>, report: Report): Promise<{ path: string; bytes: number }> {
  const bytes = await documentBytes(task.document, report);
  if (!enterWriting(task.gate)) throw new WorkerCancelledError();
  report({ label: `Đang ghi tệp "${task.out}"`, done: 0, total: 0 });
  writeAtomically(task.out, bytes);
  return { path: task.out, bytes: bytes.byteLength };
}
