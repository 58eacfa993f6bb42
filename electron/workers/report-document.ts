// A report document made off the answering thread: the worker compiles the period's figures (frozen when
// signed) over its own read-only connection and renders the document (PDF and XLSX take seconds at 1M
// dossiers) with services/report-documents-service's renderPeriodReport — the same bytes.
import type { ReportPeriod } from '../../shared/periods/period';
import type { DayNumber } from '../../shared/time/day';
import type { LedgerSession } from '../services/ledger-session';
import type { ReportFormat } from '../services/report-documents-service';
import { runInWorker } from './run-task';

export async function renderPeriodReportInWorker(
  session: LedgerSession,
  period: ReportPeriod,
  format: ReportFormat,
  options: { issuedOn: DayNumber; now?: number; includePersonalData?: boolean },
): Promise<Uint8Array> {
  const bytes = await runInWorker({
    kind: 'report-document',
    ledgerFile: session.file,
    period,
    format,
    issuedOn: options.issuedOn,
    includePersonalData: options.includePersonalData ?? false,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  // Structured cloning turns a Buffer into a plain Uint8Array over the same bytes.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
