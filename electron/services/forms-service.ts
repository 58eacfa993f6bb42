// The one-stop forms printed from a dossier (Mẫu 01, 02, 04) and the ledger book (Mẫu 07), with the
// office from settings and the officer who prints them.
import { type ProcedureRule, TIME_UNIT_LABELS_VI } from '../../shared/catalogue/procedure';
import type { DayNumber } from '../../shared/time/day';
import {
  type LedgerBookRow,
  type OfficeInfo,
  apologyLetterDefinition,
  ledgerBookDefinition,
  receptionReceiptDefinition,
  stopNoticeDefinition,
  supplementRequestDefinition,
} from '../documents';
import type { DocDefinition } from '../documents/pdf/pdfmake-types';
import { renderPdf } from '../documents/pdf/render';
import { classifyAt } from '../../shared/classification/classify';
import { unscheduledYears } from '../../shared/deadline/provisional';
import { ledgerNote, ledgerStateNote } from '../../shared/dossier/ledger-note';
import { vietnamLocalFromEpoch } from '../../shared/time/local-time';
import { bookNumberText, createBookLineRepository, type DossierRecord } from '../ledger';
import { handlingOf } from './dossier-handling';
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
  // The ledger stores the due day; when the deadline engine gives an hour for it (working-hour
  // procedures) the receipt prints the hour too, as long as the day is still the one given at reception.
  const day = d.dueDay ?? d.baseDueDay;
  const computed = dueDateAtReception(session, d.rule, d.receivedAt);
  return { day, minute: computed.day === day ? computed.minute : null };
}

/** On the citizen's receipt, the provisional due date in words a citizen understands. */
function receiptDueNote(session: LedgerSession, d: DossierRecord): string | null {
  const years = unscheduledYears(session.calendar(), d.receivedAt.day, d.dueDay ?? d.baseDueDay);
  if (years.length === 0) return null;
  return `(Ngày hẹn trả tạm tính: lịch nghỉ lễ, Tết năm ${years.join(', ')} chưa được công bố; nếu lịch nghỉ làm thay đổi ngày hẹn, cơ quan sẽ báo lại.)`;
}

export function receiptDocument(session: LedgerSession, dossierId: string): DocDefinition {
  const d = dossierOrThrow(session, dossierId);
  return receptionReceiptDefinition(officeInfo(session), {
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
    ledger: bookEntryOf(session, d.id),
    officer: session.actor,
  });
}

export function supplementRequestDocument(
  session: LedgerSession,
  dossierId: string,
  request: { requestedOn: DayNumber; items: { document: string; reason: string }[] },
): DocDefinition {
  const d = dossierOrThrow(session, dossierId);
  if (request.items.length === 0) throw new FormError('Phiếu yêu cầu bổ sung cần ít nhất một giấy tờ còn thiếu.');
  return supplementRequestDefinition(officeInfo(session), {
    code: d.code,
    procedureName: d.procedureName,
    applicantName: d.applicantName,
    receivedAt: d.receivedAt,
    due: { day: d.baseDueDay, minute: null },
    requestedOn: request.requestedOn,
    items: request.items,
    officer: session.actor,
    pauseRule: session.settings().supplementPolicy.pauseRule,
  });
}

export function apologyLetterDocument(session: LedgerSession, dossierId: string, issuedOn: DayNumber): DocDefinition {
  const d = dossierOrThrow(session, dossierId);
  if (!d.extension) throw new FormError('Hồ sơ chưa có ngày hẹn mới: hãy ghi gia hạn trước khi in văn bản xin lỗi.');
  const s = session.settings();
  return apologyLetterDefinition(officeInfo(session), {
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

/** The reason recorded with the dossier's last "end" action (history details), or ''. */
function endReasonOf(session: LedgerSession, dossierId: string): string {
  let reason = '';
  for (const e of session.history.listForDossier(dossierId)) {
    const value = e.changes.reason?.[1];
    if (e.action.startsWith('end_') && typeof value === 'string') reason = value;
  }
  return reason;
}

/** Mẫu 05 for a dossier whose handling was stopped (action "dừng giải quyết"), with the reason recorded then. */
export function stopNoticeDocument(session: LedgerSession, dossierId: string, issuedOn: DayNumber, reason?: string): DocDefinition {
  const d = dossierOrThrow(session, dossierId);
  if (d.ending !== 'dung' || d.endedOn === null) throw new FormError('Hồ sơ chưa được ghi dừng giải quyết: hãy ghi dừng giải quyết trước khi in thông báo.');
  const why = (reason ?? '').trim() || endReasonOf(session, d.id);
  if (why === '') throw new FormError('Cần ghi lý do dừng giải quyết hồ sơ.');
  const s = session.settings();
  return stopNoticeDefinition(officeInfo(session), {
    documentNumber: '…/TB-UBND',
    issuedOn,
    code: d.code,
    procedureName: d.procedureName,
    applicantName: d.applicantName,
    receivedAt: d.receivedAt,
    due: dueTimeOf(session, d),
    stoppedOn: d.endedOn,
    reason: why,
    signer: s.signer,
    recipients: [d.applicantName ? `Ông/bà ${d.applicantName};` : 'Người nộp hồ sơ;', 'Lưu: VT.'],
  });
}

/** "Quyển số … Số thứ tự …" of Mẫu 01: the dossier's permanent line in the book (migration 013). */
function bookEntryOf(session: LedgerSession, dossierId: string): { volume: string; number: string } | null {
  const line = createBookLineRepository(session.db).of(dossierId);
  return line ? { volume: `${bookNumberText(line.book)}/${line.year}`, number: String(line.line) } : null;
}

/**
 * Mẫu 07 for the dossiers received in [from, to], in book order: each line is the dossier's permanent one
 * (a printed range never renumbers), Ghi chú its real state today, "Ngày chuyển hồ sơ" its first hand-over.
 * `volume` overrides the book named in the subtitle ("Quyển số: 01" from the lines).
 */
export function ledgerBookDocument(
  session: LedgerSession,
  from: DayNumber,
  to: DayNumber,
  volume = '',
  today: DayNumber = vietnamLocalFromEpoch(Date.now()).day,
  /** How many of the range's dossiers have been read (for a progress bar). */
  onRead?: (done: number, total: number) => void,
): DocDefinition {
  const lines = createBookLineRepository(session.db);
  const ctx = { calendar: session.calendar(), policy: session.policy() };
  const entries: { row: LedgerBookRow; year: number; book: number; line: number }[] = [];
  const filter = { receivedFrom: from, receivedTo: to };
  const total = onRead ? session.dossiers.count(filter) : 0;
  let after = null;
  do {
    onRead?.(entries.length, total);
    const page = session.dossiers.listPage({ filter, limit: 500, after });
    for (const item of page.items) {
      const d = dossierOrThrow(session, item.id);
      const place = lines.of(d.id) ?? { year: 0, book: 0, line: 0 };
      const handling = handlingOf(session, d.id);
      const state = ledgerStateNote(d, classifyAt(d, today, ctx));
      entries.push({ year: place.year, book: place.book, line: place.line, row: {
        code: d.code,
        procedureName: d.procedureName,
        sets: 1,
        applicantName: d.applicantName,
        applicantContact: [d.address, d.phone].filter(Boolean).join('; '),
        handlingBody: session.settings().unitName,
        received: d.receivedAt,
        due: d.extension?.newDueDay ?? d.dueDay ?? d.baseDueDay,
        transferredOn: handling.firstHandedOverOn,
        resultOn: d.endedOn,
        returnedOn: d.returnedOn,
        note: ledgerNote(state, d.note),
      } });
    }
    after = page.next;
  } while (after);
  // The book runs in its lines' order (the order dossiers were written into the ledger).
  entries.sort((a, b) => a.year - b.year || a.book - b.book || a.line - b.line);
  const bookName = (e: { year: number; book: number }) => `${bookNumberText(e.book)}/${e.year}`;
  const books = [...new Set(entries.map(bookName))];
  const several = books.length > 1;
  const rows = entries.map((e, i) => ({
    ...e.row,
    line: String(e.line),
    ...(several && (i === 0 || bookName(entries[i - 1]!) !== bookName(e)) ? { bookHeading: `Quyển số: ${bookName(e)}` } : {}),
  }));
  const named = volume !== '' ? volume : books.length === 1 ? `Quyển số: ${bookNumberText(entries[0]!.book)}` : '';
  return ledgerBookDefinition(officeInfo(session), { from, to, volume: named, rows });
}

// The same documents as PDF bytes (to save, to preview in the web host, from the command line).
export async function receiptPdf(session: LedgerSession, dossierId: string): Promise<Uint8Array> {
  return renderPdf(receiptDocument(session, dossierId));
}

export async function supplementRequestPdf(
  session: LedgerSession,
  dossierId: string,
  request: { requestedOn: DayNumber; items: { document: string; reason: string }[] },
): Promise<Uint8Array> {
  return renderPdf(supplementRequestDocument(session, dossierId, request));
}

export async function apologyLetterPdf(session: LedgerSession, dossierId: string, issuedOn: DayNumber): Promise<Uint8Array> {
  return renderPdf(apologyLetterDocument(session, dossierId, issuedOn));
}

export async function stopNoticePdf(session: LedgerSession, dossierId: string, issuedOn: DayNumber, reason?: string): Promise<Uint8Array> {
  return renderPdf(stopNoticeDocument(session, dossierId, issuedOn, reason));
}

export async function ledgerBookPdf(session: LedgerSession, from: DayNumber, to: DayNumber, volume = '', today: DayNumber = vietnamLocalFromEpoch(Date.now()).day): Promise<Uint8Array> {
  return renderPdf(ledgerBookDocument(session, from, to, volume, today));
}
