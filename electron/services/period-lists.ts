// The lists seed 002 asks for, which the province's system cannot export: dossiers carried over from the
// previous period, online dossiers received, online dossiers resolved on time or late, interconnected
// ("liên thông") dossiers — each the members of report cells (report-drilldown.ts), so a list and the
// figure it explains always agree. As XLSX; the applicant's name only when asked for.
import { CHANNEL_LABELS_VI, isOnline } from '../../shared/dossier/dossier';
import type { ReportPeriod } from '../../shared/periods/period';
import type { FormKey } from '../../shared/report/figures';
import { viDate } from '../../shared/time/day';
import { formatMinute } from '../../shared/time/local-time';
import { renderDossierListXlsx } from '../documents/xlsx/dossier-list-xlsx';
import { type ReportRow, createInterconnectionRepository } from '../ledger';
import type { LedgerSession } from './ledger-session';
import { cellMembers } from './report-drilldown';

export const PERIOD_LISTS = ['ky-truoc', 'truc-tuyen', 'truc-tuyen-dung-han', 'truc-tuyen-qua-han', 'lien-thong'] as const;
export type PeriodListKind = (typeof PERIOD_LISTS)[number];

const TITLES: Record<PeriodListKind, string> = {
  'ky-truoc': 'DANH SÁCH HỒ SƠ KỲ TRƯỚC CHUYỂN QUA',
  'truc-tuyen': 'DANH SÁCH HỒ SƠ TIẾP NHẬN TRỰC TUYẾN',
  'truc-tuyen-dung-han': 'DANH SÁCH HỒ SƠ TRỰC TUYẾN GIẢI QUYẾT ĐÚNG HẠN',
  'truc-tuyen-qua-han': 'DANH SÁCH HỒ SƠ TRỰC TUYẾN QUÁ HẠN',
  'lien-thong': 'DANH SÁCH HỒ SƠ LIÊN THÔNG',
};

/** The report cells a list is made of, and whether it keeps online dossiers only. */
const CELLS: Record<PeriodListKind, { keys: FormKey[]; online: boolean; state: Partial<Record<FormKey, string>> }> = {
  'ky-truoc': { keys: ['carried_over'], online: false, state: {} },
  'truc-tuyen': { keys: ['new_online'], online: true, state: {} },
  'truc-tuyen-dung-han': { keys: ['early', 'on_time'], online: true, state: { early: 'Trước hạn', on_time: 'Đúng hạn' } },
  'truc-tuyen-qua-han': { keys: ['late', 'pending_overdue'], online: true, state: { late: 'Đã giải quyết quá hạn', pending_overdue: 'Đang giải quyết quá hạn' } },
  'lien-thong': { keys: ['received'], online: false, state: {} },
};

export interface PeriodListItem {
  row: ReportRow;
  /** The cell it comes from, in words ("Trước hạn"), when the list mixes cells. */
  state: string;
  /** "Liên thông" list: to whom it is sent on. */
  interconnection: string;
}

export function periodList(session: LedgerSession, period: ReportPeriod, kind: PeriodListKind): PeriodListItem[] {
  const spec = CELLS[kind];
  const seen = new Set<string>();
  const items: PeriodListItem[] = [];
  for (const key of spec.keys) {
    for (const { row } of cellMembers(session, period, key, null)) {
      if (seen.has(row.id) || (spec.online && !isOnline(row.channel))) continue;
      seen.add(row.id);
      items.push({ row, state: spec.state[key] ?? '', interconnection: '' });
    }
  }
  if (kind !== 'lien-thong') return sortByReception(items);
  const targets = createInterconnectionRepository(session.db).targetsOf(items.map((i) => i.row.id));
  return sortByReception(items.flatMap((i) => (targets.has(i.row.id) ? [{ ...i, interconnection: targets.get(i.row.id) ?? '' }] : [])));
}

const sortByReception = (items: PeriodListItem[]) =>
  items.sort((a, b) => a.row.receivedAt.day - b.row.receivedAt.day || a.row.receivedAt.minute - b.row.receivedAt.minute || a.row.code.localeCompare(b.row.code));

export async function renderPeriodListXlsx(session: LedgerSession, period: ReportPeriod, kind: PeriodListKind, options: { personalData: boolean }): Promise<Uint8Array> {
  const items = periodList(session, period, kind);
  const mixed = Object.keys(CELLS[kind].state).length > 0;
  const columns = [
    { header: 'Mã hồ sơ', width: 30 },
    { header: 'Tên thủ tục', width: 40 },
    { header: 'Lĩnh vực', width: 16 },
    { header: 'Hình thức nộp', width: 18 },
    { header: 'Ngày tiếp nhận', width: 17 },
    { header: 'Hạn trả', width: 12 },
    { header: 'Ngày có kết quả', width: 14 },
    ...(mixed ? [{ header: 'Tình trạng', width: 20 }] : []),
    ...(kind === 'lien-thong' ? [{ header: 'Liên thông đến', width: 24 }] : []),
    ...(options.personalData ? [{ header: 'Người nộp', width: 24 }] : []),
  ];
  const rows = items.map(({ row, state, interconnection }) => [
    row.code,
    row.procedureName,
    row.field,
    CHANNEL_LABELS_VI[row.channel],
    `${viDate(row.receivedAt.day)} ${formatMinute(row.receivedAt.minute)}`,
    row.dueDay === null ? '' : viDate(row.dueDay),
    row.endedOn === null ? '' : viDate(row.endedOn),
    ...(mixed ? [state] : []),
    ...(kind === 'lien-thong' ? [interconnection] : []),
    ...(options.personalData ? [session.dossiers.getById(row.id)?.applicantName ?? ''] : []),
  ]);
  return renderDossierListXlsx({
    title: TITLES[kind],
    subtitle: `${session.settings().unitName} – ${period.label}`,
    columns,
    rows,
    emptyText: 'Không có hồ sơ nào trong kỳ.',
  });
}
