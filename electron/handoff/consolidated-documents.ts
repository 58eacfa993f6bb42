// The receiving office's consolidated Biểu 06 as documents, through the documents module: the same form,
// its rows being the units instead of the fields, under the receiving office's own letterhead.
import { BIEU_06_PROFILE, type ReportProfile } from '../../shared/report/profile';
import type { DayNumber } from '../../shared/time/day';
import { type ReportInput, renderReportDocx, renderReportPdf, renderReportXlsx } from '../documents';
import type { LedgerSession } from '../services/ledger-session';
import { type ConsolidatedReport, consolidatedAsReport } from './consolidation';

export type ConsolidatedFormat = 'pdf' | 'xlsx' | 'docx';

export const CONSOLIDATED_PROFILE: ReportProfile = {
  ...BIEU_06_PROFILE,
  leadColumns: { ...BIEU_06_PROFILE.leadColumns, field: 'Đơn vị báo cáo' },
};

export function consolidatedInput(session: LedgerSession, c: ConsolidatedReport, issuedOn: DayNumber): ReportInput {
  const s = session.settings();
  return {
    report: consolidatedAsReport(c),
    unit: {
      parentBody: s.parentBody,
      name: s.unitName,
      place: s.placeName,
      receivingUnit: s.receivingUnit,
      documentNumber: '…/BC',
      signer: s.signer,
    },
    issuedOn,
    narrative: { sections: [] },
    recipients: [s.receivingUnit ? `${s.receivingUnit};` : 'Như trên;', 'Lưu: VT.'],
    profile: CONSOLIDATED_PROFILE,
  };
}

export async function renderConsolidated(session: LedgerSession, c: ConsolidatedReport, format: ConsolidatedFormat, issuedOn: DayNumber): Promise<Uint8Array> {
  const input = consolidatedInput(session, c, issuedOn);
  switch (format) {
    case 'pdf':
      return renderReportPdf(input);
    case 'docx':
      return renderReportDocx(input);
    case 'xlsx':
      return renderReportXlsx(input, [], { includePersonalData: false });
  }
}
