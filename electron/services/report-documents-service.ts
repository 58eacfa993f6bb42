// The period report as a document (PDF, XLSX, DOCX): the figures of periodReportView (frozen when
// signed), the unit's letterhead from settings and the chairman's text for the period.
import type { Classification } from '../../shared/classification/classify';
import { CHANNEL_LABELS_VI, type Ending } from '../../shared/dossier/dossier';
import { type ReportPeriod, periodKey, periodSoFar, previousPeriod } from '../../shared/periods/period';
import { cellsOf } from '../../shared/report/cells';
import { arrangeNarrative } from '../../shared/report/narrative-outline';
import { BIEU_06_PROFILE } from '../../shared/report/profile';
import type { DayNumber } from '../../shared/time/day';
import { type DossierListRow, type ReportInput, renderReportDocx, renderReportPdf, renderReportXlsx } from '../documents';
import { type NarrativeSection, createNarrativeRepository } from '../ledger';
import type { LedgerSession } from './ledger-session';
import { printableCorrections, printableRevisions, revisionCells } from './correction-wording';
import { responsibleByCode } from './dossier-handling';
import { correctedCellsOf, periodReportView } from './signoff-service';
import { vietnamLocalFromEpoch } from '../../shared/time/local-time';

export type ReportFormat = 'pdf' | 'xlsx' | 'docx';

/** The chairman's text for a period: saved for it, else the previous period's, else the profile's outline. */
export function narrativeFor(session: LedgerSession, period: ReportPeriod): NarrativeSection[] {
  const narratives = createNarrativeRepository(session.db);
  return (
    narratives.find(periodKey(period)) ??
    narratives.find(periodKey(previousPeriod(period))) ??
    BIEU_06_PROFILE.narrative.defaultSections.map((s) => ({ ...s }))
  );
}

/** The chairman's headings left without text for the period (not printed; warned about before sign-off). */
export function emptyHeadingsOf(session: LedgerSession, period: ReportPeriod): string[] {
  const n = BIEU_06_PROFILE.narrative;
  return arrangeNarrative(narrativeFor(session, period), { ledgerHeading: n.ledgerSection, firstPartHeading: n.firstPartHeading }).emptyHeadings;
}

export function saveNarrative(session: LedgerSession, period: ReportPeriod, sections: readonly NarrativeSection[]): void {
  createNarrativeRepository(session.db).save(periodKey(period), sections, { actor: session.actor });
}

/**
 * What the documents print for a period at `now` (epoch ms): a signed report is dated on its sign-off day
 * (a reprint keeps it); an unsigned one is a draft dated `issuedOn`, provisional while the period runs.
 */
export function reportInputFor(session: LedgerSession, period: ReportPeriod, issuedOn: DayNumber, now: number = Date.now()): ReportInput {
  const settings = session.settings();
  const view = periodReportView(session, period, now);
  const signer = view.signoff ? { ...settings.signer, name: view.signoff.signer } : settings.signer;
  return {
    report: view.report,
    draft: view.signoff === null,
    provisionalAsOf: view.provisionalAsOf,
    // A period signed again after its sign-off was lost prints that as its own correction, first.
    correctedCells: [...view.revisions.flatMap((r) => revisionCells(period.label, r)), ...correctedCellsOf(session, view.earlierCorrections)],
    responsibleFor: responsibleByCode(session, view.report.late_dossiers.map((d) => d.code)),
    unit: {
      parentBody: settings.parentBody,
      name: settings.unitName,
      place: settings.placeName,
      receivingUnit: settings.receivingUnit,
      documentNumber: '…/BC-UBND',
      signer,
    },
    issuedOn: view.signoff ? vietnamLocalFromEpoch(Date.parse(view.signoff.signedAt)).day : issuedOn,
    narrative: { sections: narrativeFor(session, period) },
    recipients: [settings.receivingUnit ? `${settings.receivingUnit};` : 'Như trên;', 'Lưu: VT.'],
    corrections: [...printableRevisions(period.label, view.revisions), ...printableCorrections(view.earlierCorrections)],
  };
}

const STATUS_LABELS: Record<string, string> = {
  early: 'Giải quyết trước hạn',
  on_time: 'Giải quyết đúng hạn',
  late: 'Giải quyết quá hạn',
  in_time: 'Đang giải quyết, trong hạn',
  overdue: 'Đang giải quyết, quá hạn',
};

/** A withdrawn, stopped or rejected dossier ended without a result: it is not "giải quyết đúng hạn". */
function statusLabelOf(c: Classification): string {
  if (c.status === 'not_received') return '';
  if (c.status === 'resolved' && c.ending !== 'giai_quyet') return ENDING_STATUS_LABELS[c.ending];
  if (c.status === 'pending' && c.waitingForCitizen) return 'Đang giải quyết, chờ bổ sung';
  return STATUS_LABELS[c.column] ?? '';
}

const ENDING_STATUS_LABELS: Record<Exclude<Ending, 'giai_quyet'>, string> = {
  rut: 'Rút hồ sơ',
  dung: 'Dừng giải quyết',
  tu_choi: 'Từ chối giải quyết',
};

/** Every dossier of the period for the spreadsheet's "Danh sách hồ sơ" (judged now while the period runs). */
export function periodDossierRows(session: LedgerSession, whole: ReportPeriod, includePersonalData: boolean, now: number = Date.now()): DossierListRow[] {
  const period = periodSoFar(whole, vietnamLocalFromEpoch(now).day);
  const ctx = { calendar: session.calendar(), policy: session.policy() };
  const rows: DossierListRow[] = [];
  for (const row of session.dossiers.rowsForReport(period.from, period.to)) {
    const { keys, classification } = cellsOf(row, period, ctx);
    if (keys === null || classification.status === 'not_received') continue;
    const personal = includePersonalData ? session.dossiers.getById(row.id) : null;
    rows.push({
      code: row.code,
      procedure: row.procedureName,
      field: row.field,
      channelLabel: CHANNEL_LABELS_VI[row.channel],
      received: row.receivedAt,
      due: classification.dueDay,
      ended: classification.status === 'resolved' ? classification.endedOn : null,
      statusLabel: statusLabelOf(classification),
      ...(personal ? { applicantName: personal.applicantName, applicantAddress: personal.address, applicantPhone: personal.phone } : {}),
    });
  }
  return rows.sort((a, b) => a.received.day - b.received.day || a.received.minute - b.received.minute || a.code.localeCompare(b.code));
}

export async function renderPeriodReport(
  session: LedgerSession,
  period: ReportPeriod,
  format: ReportFormat,
  options: { issuedOn: DayNumber; now?: number; includePersonalData?: boolean; onStep?: (label: string) => void },
): Promise<Uint8Array> {
  const step = options.onStep ?? (() => {});
  step(`Đang tổng hợp số liệu: ${period.label}`);
  const input = reportInputFor(session, period, options.issuedOn, options.now);
  switch (format) {
    case 'pdf':
      step('Đang dựng tệp PDF');
      return renderReportPdf(input);
    case 'docx':
      step('Đang dựng tệp Word');
      return renderReportDocx(input);
    case 'xlsx': {
      step('Đang đọc danh sách hồ sơ của kỳ');
      const rows = periodDossierRows(session, period, options.includePersonalData ?? false, options.now);
      step('Đang dựng tệp Excel');
      return renderReportXlsx(input, rows, { includePersonalData: options.includePersonalData ?? false });
    }
  }
}
