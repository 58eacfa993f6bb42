// Dossiers as the screens show them: the full view of the Hồ sơ screen and the lines of the ledger list.
import type { DossierView, ListItem } from '../../../shared/api/dossier-schemas';
import { classifyAt } from '../../../shared/classification/classify';
import { computeDueDate } from '../../../shared/deadline/due-date';
import { explainTrace } from '../../../shared/deadline/explain';
import { latestApologyDay } from '../../../shared/deadline/extension';
import { effectiveDueDate } from '../../../shared/deadline/pauses';
import { provisionalNoteVi } from '../../../shared/deadline/provisional';
import { supplementClockSentence } from '../../../shared/deadline/supplement-wording';
import { CHANNEL_LABELS_VI } from '../../../shared/dossier/dossier';
import { type DayNumber, isoFromDay, viDate } from '../../../shared/time/day';
import { formatLocalDateTime } from '../../../shared/time/local-time';
import { type DossierListItem, type DossierRecord, createInterconnectionRepository } from '../../ledger';
import { allowedActions } from '../../services/dossier-actions';
import type { LedgerSession } from '../../services/ledger-session';
import { statutoryTimeVi } from './procedure';
import { stateOf } from './state';
import { timelineOf } from './timeline';

const iso = (day: DayNumber | null): string | null => (day === null ? null : isoFromDay(day));

function contextOf(session: LedgerSession) {
  return { calendar: session.calendar(), policy: session.policy() };
}

/** The provisional warning of an open dossier's due date (null once it ended, or when every year counted has its schedule). */
export function dueProvisional(session: LedgerSession, record: Pick<DossierListItem, 'receivedAt' | 'dueDay' | 'endedOn' | 'returnedOn'>): string | null {
  if (record.endedOn !== null || record.returnedOn !== null || record.dueDay === null) return null;
  return provisionalNoteVi(session.calendar(), record.receivedAt.day, record.dueDay);
}

/** Why the due date is what it is: the count at reception, then each supplement pause. */
export function dueExplanation(session: LedgerSession, record: DossierRecord): string[] {
  const calendar = session.calendar();
  const atReception = computeDueDate(record.rule, record.receivedAt, calendar, session.policy().officeHours);
  const lines = explainTrace(atReception.trace);
  if (atReception.day !== record.baseDueDay) {
    lines.push(`Hạn trả ghi trong sổ khi tiếp nhận là ${viDate(record.baseDueDay)} (theo sổ đã nhập); hạn này được giữ nguyên.`);
  }
  const paused = effectiveDueDate(record.baseDueDay, record.rule, record.supplements, calendar, session.policy());
  lines.push(...explainTrace(paused.trace));
  if (record.extension) {
    lines.push(`Đã gửi văn bản xin lỗi và hẹn lại ngày trả kết quả: ${viDate(record.extension.newDueDay)} (không thay đổi cách xếp loại đúng hạn/quá hạn).`);
  }
  return lines;
}

/** While the dossier may still be given a new date: the last day for its apology letter (rules.md §4). */
function apologyDeadlineOf(session: LedgerSession, record: DossierRecord): string | null {
  if (record.dueDay === null || !allowedActions(record).includes('extension')) return null;
  return isoFromDay(latestApologyDay(record.dueDay, session.calendar()));
}

export function dossierView(session: LedgerSession, record: DossierRecord, today: DayNumber): DossierView {
  const classification = classifyAt(record, today, contextOf(session));
  const forms: DossierView['forms'] = ['mau01'];
  if (record.supplements.length > 0) forms.push('mau02');
  if (record.extension) forms.push('mau04');
  return {
    id: record.id,
    code: record.code,
    version: record.version,
    desk: record.desk,
    procedureCode: record.procedureCode,
    procedureName: record.procedureName,
    field: record.field,
    channel: record.channel,
    channelLabel: CHANNEL_LABELS_VI[record.channel],
    receivedAt: formatLocalDateTime(record.receivedAt),
    statutoryTime: statutoryTimeVi(record.rule),
    baseDue: isoFromDay(record.baseDueDay),
    due: iso(record.dueDay),
    extensionDue: iso(record.extension?.newDueDay ?? null),
    apologyOn: iso(record.extension?.apologyOn ?? null),
    supplements: record.supplements.map((p) => ({ requestedOn: isoFromDay(p.requestedOn), returnedOn: iso(p.returnedOn) })),
    endedOn: iso(record.endedOn),
    ending: record.ending,
    returnedOn: iso(record.returnedOn),
    lateCause: record.lateCause,
    digitisedDossier: record.digitisedDossier,
    digitisedResult: record.digitisedResult,
    storedResult: record.storedResult,
    paidOnline: record.paidOnline,
    fee: record.fee,
    rating: record.rating,
    documents: record.documents,
    applicantName: record.applicantName,
    idNumber: record.idNumber,
    phone: record.phone,
    address: record.address,
    note: record.note,
    interconnection: createInterconnectionRepository(session.db).targetsOf([record.id]).get(record.id) ?? '',
    state: stateOf(classification),
    dueExplanation: dueExplanation(session, record),
    dueProvisional: dueProvisional(session, record),
    timeline: timelineOf(session.history.listForDossier(record.id)),
    actions: allowedActions(record),
    forms,
    apologyDeadline: apologyDeadlineOf(session, record),
    supplementRule: supplementClockSentence(session.policy().pauseRule),
  };
}

/** A list line with its state; the classification needs the rule facts, read by id (a page is ≤ 500 lines). */
export function listItemView(session: LedgerSession, item: DossierListItem, today: DayNumber): ListItem {
  const record = session.dossiers.getById(item.id);
  if (!record) throw new Error(`dossier ${item.id} vanished while listing`);
  return {
    id: item.id,
    code: item.code,
    version: item.version,
    procedureCode: item.procedureCode,
    procedureName: item.procedureName,
    field: item.field,
    channel: item.channel,
    receivedAt: formatLocalDateTime(item.receivedAt),
    due: iso(item.dueDay),
    extensionDue: iso(item.extensionDueDay),
    endedOn: iso(item.endedOn),
    returnedOn: iso(item.returnedOn),
    applicantName: item.applicantName,
    phone: item.phone,
    state: stateOf(classifyAt(record, today, contextOf(session))),
  };
}
