// The one-stop forms printed from a dossier (Mẫu 01, 02, 04) and the ledger book (Mẫu 07), with the
// office from settings and the officer who prints them.
import { type ProcedureRule, TIME_UNIT_LABELS_VI } from '../../shared/catalogue/procedure';
import type { DayNumber } from '../../shared/time/day';
import {
  type LedgerBookRow,
  type OfficeInfo,
  renderApologyLetter,
  renderLedgerBook,
  renderReceptionReceipt,
  renderSupplementRequest,
} from '../documents';
import type { DossierRecord } from '../ledger';
import { unscheduledYears } from '../../shared/deadline/provisional';
import { dueDateAtReception } from './due-dates';
import type { LedgerSession } from './ledger-session';

export class FormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FormError';
  }
}

export function officeInfo(session: LedgerSession): OfficeInfo {
  const s = session.settings();
  return { parentBody: s.parentBody, unitName: s.unitName, officeName: s.officeName, place: s.placeName, phone: s.officePhone };
}

/** "03 ngày làm việc", "Trong ngày (nhận sau 15:00 trả ngày làm việc tiếp theo)", "15 ngày". */
export function statutoryTimeText(rule: ProcedureRule): string {
  const extra = rule.extraWorkingDays > 0 ? ` (thêm ${rule.extraWorkingDays} ngày làm việc)` : '';
  if (rule.timeUnit === 'same_day') return `Trong ngày${extra}`;
  return `${String(rule.timeValue).padStart(2, '0')} ${TIME_UNIT_LABELS_VI[rule.timeUnit]}${extra}`;
}

function dossierOrThrow(session: LedgerSession, id: string): DossierRecord {
  const dossier = session.dossiers.getById(id);
  if (!dossier) throw new FormError('Không tìm thấy hồ sơ.');
  return dossier;
}

function dueTimeOf(session: LedgerSession, d: DossierRecord): { day: DayNumber; minute: number | null } {
  // Working-hour procedures have a due hour; the ledger stores the day, the hour comes from the rule.
  const minute = d.rule.timeUnit === 'working_hours' ? dueDateAtReception(session, d.rule, d.receivedAt).minute : null;
  return { day: d.dueDay ?? d.baseDueDay, minute };
}

/** On the citizen's receipt, the provisional due date in words a citizen understands. */
function receiptDueNote(session: LedgerSession, d: DossierRecord): string | null {
  const years = unscheduledYears(session.calendar(), d.receivedAt.day, d.dueDay ?? d.baseDueDay);
  if (years.length === 0) return null;
  return `(Ngày hẹn trả tạm tính: lịch nghỉ lễ, Tết năm ${years.join(', ')} chưa được công bố; nếu lịch nghỉ làm thay đổi ngày hẹn, cơ quan sẽ báo lại.)`;
}

export async function receiptPdf(session: LedgerSession, dossierId: string): Promise<Uint8Array> {
  const d = dossierOrThrow(session, dossierId);
  return renderReceptionReceipt(officeInfo(session), {
    code: d.code,
    procedureName: d.procedureName,
    request: d.procedureName,
    applicant: { name: d.applicantName, address: d.address, phone: d.phone, email: '' },
    documents: d.documents.map((doc) => ({ name: doc.name, form: doc.form, count: doc.quantity })),
    sets: 1,
    statutoryTime: statutoryTimeText(d.rule),
    receivedAt: d.receivedAt,
    due: dueTimeOf(session, d),
    dueNote: receiptDueNote(session, d),
    collectAt: session.settings().officeName,
    fee: d.fee,
    ledger: null,
    officer: session.actor,
  });
}

export async function supplementRequestPdf(
  session: LedgerSession,
  dossierId: string,
  request: { requestedOn: DayNumber; items: { document: string; reason: string }[] },
): Promise<Uint8Array> {
  const d = dossierOrThrow(session, dossierId);
  if (request.items.length === 0) throw new FormError('Phiếu yêu cầu bổ sung cần ít nhất một giấy tờ còn thiếu.');
  return renderSupplementRequest(officeInfo(session), {
    code: d.code,
    procedureName: d.procedureName,
    applicantName: d.applicantName,
    receivedAt: d.receivedAt,
    due: { day: d.baseDueDay, minute: null },
    requestedOn: request.requestedOn,
    items: request.items,
    officer: session.actor,
  });
}

export async function apologyLetterPdf(session: LedgerSession, dossierId: string, issuedOn: DayNumber): Promise<Uint8Array> {
  const d = dossierOrThrow(session, dossierId);
  if (!d.extension) throw new FormError('Hồ sơ chưa có ngày hẹn mới: hãy ghi gia hạn trước khi in văn bản xin lỗi.');
  const s = session.settings();
  return renderApologyLetter(officeInfo(session), {
    documentNumber: '…/UBND',
    issuedOn,
    code: d.code,
    procedureName: d.procedureName,
    applicantName: d.applicantName,
    receivedAt: d.receivedAt,
    originalDue: { day: d.dueDay ?? d.baseDueDay, minute: null },
    reason: d.lateCause || 'Hồ sơ cần thêm thời gian xác minh.',
    newDue: { day: d.extension.newDueDay, minute: null },
    signer: s.signer,
    recipients: [d.applicantName ? `Ông/bà ${d.applicantName};` : 'Người nộp hồ sơ;', 'Lưu: VT.'],
  });
}

/** Mẫu 07 for the dossiers received in [from, to]. */
export async function ledgerBookPdf(session: LedgerSession, from: DayNumber, to: DayNumber, volume = ''): Promise<Uint8Array> {
  const rows: LedgerBookRow[] = [];
  let after = null;
  do {
    const page = session.dossiers.listPage({ filter: { receivedFrom: from, receivedTo: to }, limit: 500, after });
    for (const item of page.items) {
      const d = dossierOrThrow(session, item.id);
      rows.push({
        code: d.code,
        procedureName: d.procedureName,
        sets: 1,
        applicantName: d.applicantName,
        applicantContact: [d.address, d.phone].filter(Boolean).join('; '),
        handlingBody: session.settings().unitName,
        received: d.receivedAt,
        due: d.dueDay ?? d.baseDueDay,
        transferredOn: null,
        resultOn: d.endedOn,
        returnedOn: d.returnedOn,
        note: d.note,
      });
    }
    after = page.next;
  } while (after);
  rows.reverse(); // the book runs in the order dossiers were received
  return renderLedgerBook(officeInfo(session), { from, to, volume, rows });
}
