// The list "chưa có trên hệ thống tỉnh": dossiers of the period with no code in the province's one-stop
// system — logged here while the network was down, or never entered there — which the clerk still has to
// enter there. The applicant's name only when asked for (personal data).
import { displayedProcedureCode } from '../../shared/catalogue/procedure-code';
import type { ReportPeriod } from '../../shared/periods/period';
import { renderDossierListXlsx } from '../documents/xlsx/dossier-list-xlsx';
import { type UnlinkedDossier, createProvincialCodeRepository } from '../ledger';
import type { LedgerSession } from './ledger-session';

export function dossiersNotOnProvincialSystem(session: LedgerSession, period: ReportPeriod): UnlinkedDossier[] {
  return createProvincialCodeRepository(session.db).listUnlinked(period.from, period.to);
}

const viDateTime = (stored: string) => {
  const [date = '', time = ''] = stored.split(' ');
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}${time ? ` ${time}` : ''}`;
};

export async function renderNotOnProvincialSystemXlsx(
  session: LedgerSession,
  period: ReportPeriod,
  options: { personalData: boolean },
): Promise<Uint8Array> {
  const dossiers = dossiersNotOnProvincialSystem(session, period);
  const columns = [
    { header: 'Mã hồ sơ', width: 30 },
    { header: 'Mã TTHC', width: 12 },
    { header: 'Tên thủ tục', width: 44 },
    { header: 'Ngày tiếp nhận', width: 18 },
    ...(options.personalData ? [{ header: 'Người nộp', width: 24 }] : []),
  ];
  return renderDossierListXlsx({
    title: 'DANH SÁCH HỒ SƠ CHƯA CÓ TRÊN HỆ THỐNG TỈNH',
    subtitle: `${session.settings().unitName} – ${period.label}`,
    columns,
    rows: dossiers.map((d) => [d.code, displayedProcedureCode(d.procedureCode, '—'), d.procedureName, viDateTime(d.receivedAt), ...(options.personalData ? [d.applicantName] : [])]),
    emptyText: 'Mọi hồ sơ của kỳ đã có trên hệ thống tỉnh.',
  });
}

export { viDateTime as storedDateTimeVi };
