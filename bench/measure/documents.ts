// Exporting the measured report as the chairman does: the PDF (narrative + Biểu 06 + late list) and the
// XLSX (Biểu 06, the late list, every dossier of the period) through the report documents service.
import type { ReportPeriod } from '../../shared/periods/period';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { renderPeriodReport } from '../../electron/services/report-documents-service';
import { timedAsync } from '../stats';

export interface DocumentTimes {
  pdfMs: number;
  pdfBytes: number;
  xlsxMs: number;
  xlsxBytes: number;
}

export async function measureDocuments(session: LedgerSession, period: ReportPeriod): Promise<DocumentTimes> {
  const issuedOn = period.to + 1;
  const pdf = await timedAsync(() => renderPeriodReport(session, period, 'pdf', { issuedOn }));
  const xlsx = await timedAsync(() => renderPeriodReport(session, period, 'xlsx', { issuedOn }));
  return { pdfMs: pdf.ms, pdfBytes: pdf.value.length, xlsxMs: xlsx.ms, xlsxBytes: xlsx.value.length };
}
