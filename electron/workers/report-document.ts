// A report document made off the answering thread: its data is read here (reportInputFor and the
// dossier rows of the spreadsheet, a few milliseconds), the document is rendered in a worker (PDF and
// XLSX take seconds at 1M dossiers). Same bytes as services/report-documents-service's renderPeriodReport.
import type { ReportPeriod } from '../../shared/periods/period';
import type { DayNumber } from '../../shared/time/day';
import type { LedgerSession } from '../services/ledger-session';
import { type ReportFormat, periodDossierRows, reportInputFor } from '../services/report-documents-service';
import { runInWorker } from './run-task';

export async function renderPeriodReportInWorker(
  session: LedgerSession,
  period: ReportPeriod,
  format: ReportFormat,
  options: { issuedOn: DayNumber; includePersonalData?: boolean },
): Promise<Uint8Array> {
  const includePersonalData = options.includePersonalData ?? false;
  const input = reportInputFor(session, period, options.issuedOn);
  const rows = format === 'xlsx' ? periodDossierRows(session, period, includePersonalData) : [];
  const bytes = await runInWorker({ kind: 'report-document', format, input, rows, includePersonalData });
  // Structured cloning turns a Buffer into a plain Uint8Array over the same bytes.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
