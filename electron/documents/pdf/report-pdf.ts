// The narrative BÁO CÁO (A4 portrait, Nghị định 30/2020 layout) followed by its landscape appendix:
// Biểu 06, the extended breakdown with the rates, and the late-dossier list.
import type { ReportInput } from '../report-input';
import { reportOutline } from '../report-outline';
import { LANDSCAPE_WIDTH, PORTRAIT_WIDTH, decreeDocument } from './page-setup';
import type { DocDefinition } from './pdfmake-types';
import { renderPdf } from './render';
import { averageTable, extendedAndRates, form06, lateList } from './report-appendix';
import { reportNarrative } from './report-body';
import { correctionsList } from './report-corrections';

export function reportDocDefinition(input: ReportInput): DocDefinition {
  const o = reportOutline(input);
  const report = input.report;
  return decreeDocument(
    `Báo cáo ${o.period.label}`,
    [
      ...reportNarrative(o, PORTRAIT_WIDTH),
      ...form06(o, report, input.unit.name, input.unit.receivingUnit, LANDSCAPE_WIDTH),
      ...extendedAndRates(o, report),
      ...averageTable(o, report),
      ...lateList(o, report, LANDSCAPE_WIDTH, (code) => input.responsibleFor?.[code] ?? ''),
      ...correctionsList(input.corrections ?? [], input.correctedCells ?? [], LANDSCAPE_WIDTH),
    ],
    input.issuedOn,
  );
}

/** The report as PDF bytes. */
export async function renderReportPdf(input: ReportInput): Promise<Uint8Array> {
  return renderPdf(reportDocDefinition(input));
}
