// What happens to a dossier after reception (the Hồ sơ screen): hand-over to the handling officer,
// supplement request and return, result ready, returned to the citizen, withdraw / stop / reject,
// apology and extension (Mẫu 04), and corrections. Each is one ledger update — a new version with its
// history event — and recomputes the stored effective due date with the rules module.
import type { Channel, DossierFacts, Ending, Rating } from '../../shared/dossier/dossier';
import { CHANNELS } from '../../shared/dossier/dossier';
import { type DayNumber, viDate } from '../../shared/time/day';
import { type LocalDateTime, parseLocalDateTime } from '../../shared/time/local-time';
import type { DossierChanges, DossierPatch, DossierRecord } from '../ledger';
import { DossierNotFoundError, LedgerError } from '../ledger';
import { extensionProblem, stopRefusal } from '../../shared/deadline/extension';
import { FEE_RULE, applicantNameProblem } from '../../shared/dossier/intake-checks';
import { parseWholeNumberText } from '../../shared/format/whole-number-text';
import { refuseUnconfirmedNumbers } from './citizen-number-guard';
import { refuseUnconfirmedReception } from './reception-guard';
import { dueDateAtReception, effectiveDueDay, withOnlineRule } from './due-dates';
import type { LedgerSession } from './ledger-session';

/** An action the dossier's state does not allow, or a value that breaks a rule. Vietnamese message. */
export class DossierActionError extends LedgerError {}

export type DossierActionRequest =
  | { kind: 'hand_over'; on: DayNumber; to: string; note: string }
  | { kind: 'supplement_request'; on: DayNumber; items: { document: string; reason: string }[] }
  | { kind: 'supplement_return'; on: DayNumber }
  | { kind: 'result_ready'; on: DayNumber; lateCause: string; digitisedResult: boolean; storedResult: boolean }
  | { kind: 'returned'; on: DayNumber; rating: Rating | null }
  | { kind: 'end'; ending: Exclude<Ending, 'giai_quyet'>; on: DayNumber; reason: string }
  | { kind: 'extension'; apologyOn: DayNumber; newDue: DayNumber; reason: string }
  | { kind: 'correct'; field: CorrectableField; value: string; reason: string; confirmedNumber?: boolean; confirmedReception?: boolean };

export type CorrectableField = 'applicantName' | 'idNumber' | 'phone' | 'address' | 'note' | 'channel' | 'receivedAt' | 'fee' | 'lateCause';
export type ActionKind = DossierActionRequest['kind'];

const isPending = (r: DossierRecord) => r.endedOn === null && r.returnedOn === null;
const isWaiting = (r: Pick<DossierFacts, 'supplements'>) => r.supplements.some((p) => p.returnedOn === null);

/** The actions the dossier's state allows now (the screen offers only these). */
export function allowedActions(record: DossierRecord): ActionKind[] {
  if (isPending(record)) {
    if (isWaiting(record)) return ['hand_over', 'supplement_return', 'end', 'correct'];
    const actions: ActionKind[] = ['hand_over', 'supplement_request', 'result_ready', 'end'];
    if (record.extension === null) actions.push('extension');
    return [...actions, 'correct'];
  }
  return record.returnedOn === null ? ['returned', 'correct'] : ['correct'];
}

const ACTION_NAMES_VI: Record<ActionKind, string> = {
  hand_over: 'chuyển xử lý',
  supplement_request: 'yêu cầu bổ sung',
  supplement_return: 'nhận hồ sơ bổ sung',
  result_ready: 'ghi nhận có kết quả',
  returned: 'trả kết quả',
  end: 'kết thúc hồ sơ',
  extension: 'gia hạn',
  correct: 'sửa thông tin',
};

const END_NAMES_VI: Record<Exclude<Ending, 'giai_quyet'>, string> = { rut: 'rút', dung: 'dừng giải quyết', tu_choi: 'từ chối giải quyết' };

function refuse(record: DossierRecord, what: string, why: string, inputField?: string): never {
  throw new DossierActionError(`Không thể ${what} hồ sơ ${record.code}: ${why}.`, inputField);
}

function refuseUnlessAllowed(session: LedgerSession, record: DossierRecord, action: DossierActionRequest): void {
  const kind = action.kind;
  if (action.kind === 'end') {
    // Stopping or withdrawing at the citizen's request: only before a decision or result (Mẫu 05).
    const why = stopRefusal(record);
    if (why !== null) refuse(record, END_NAMES_VI[action.ending], why);
  }
  if (action.kind === 'extension' && isPending(record)) {
    // Once only, the apology at the latest one working day before the due date, a later new date.
    const problem = extensionProblem(record, action, session.calendar());
    if (problem !== null) refuse(record, ACTION_NAMES_VI.extension, problem.why, problem.date ?? undefined);
  }
  if (allowedActions(record).includes(kind)) return;
  refuse(record, ACTION_NAMES_VI[kind], !isPending(record) ? 'hồ sơ đã kết thúc' : isWaiting(record) ? 'hồ sơ đang chờ công dân bổ sung' : 'trạng thái hồ sơ không cho phép');
}

/**
 * An action date: not before reception, not after today, not before `notBefore` when given. `field`: the
 * action's input field holding it (the form marks that box).
 */
function checkDay(record: DossierRecord, day: DayNumber, today: DayNumber, label: string, notBefore?: { day: DayNumber; what: string }, field = 'on'): void {
  if (day < record.receivedAt.day) throw new DossierActionError(`${label} ${viDate(day)} không được trước ngày tiếp nhận (${viDate(record.receivedAt.day)}).`, field);
  if (day > today) throw new DossierActionError(`${label} ${viDate(day)} không được sau hôm nay (${viDate(today)}).`, field);
  if (notBefore && day < notBefore.day) throw new DossierActionError(`${label} ${viDate(day)} không được trước ${notBefore.what} (${viDate(notBefore.day)}).`, field);
}

interface Change {
  patch: DossierPatch;
  details: DossierChanges;
}

function lastReturn(record: DossierRecord): DayNumber | null {
  const days = record.supplements.map((p) => p.returnedOn).filter((d): d is DayNumber => d !== null);
  return days.length > 0 ? Math.max(...days) : null;
}

/** One field's new value as a patch; `confirmedReception`: the desk confirmed an unusual reception time (reception-guard.ts). */
export function correction(session: LedgerSession, record: DossierRecord, field: CorrectableField, value: string, now: LocalDateTime, confirmedReception = false): DossierPatch {
  const trimmed = value.trim();
  switch (field) {
    case 'applicantName': {
      const problem = applicantNameProblem(trimmed);
      if (problem !== null) throw new DossierActionError(problem, 'applicantName');
      return { applicantName: trimmed };
    }
    case 'idNumber':
    case 'phone':
    case 'address':
    case 'note':
    case 'lateCause':
      return { [field]: trimmed };
    case 'channel': {
      if (!CHANNELS.includes(trimmed as Channel)) throw new DossierActionError(`Hình thức nộp "${trimmed}" không hợp lệ.`, 'channel');
      // The online rule belongs to online dossiers: the snapshot and the date given at reception follow the channel.
      const rule = withOnlineRule(record.rule, trimmed as Channel, session.settings().onlineNextDayStart);
      return { channel: trimmed as Channel, rule, baseDueDay: dueDateAtReception(session, rule, record.receivedAt).day };
    }
    case 'fee': {
      const fee = parseWholeNumberText(trimmed, FEE_RULE);
      if (!fee.ok) throw new DossierActionError(fee.message, 'fee');
      return { fee: fee.value };
    }
    case 'receivedAt': {
      const receivedAt = parseLocalDateTime(trimmed);
      if (!receivedAt || !/\d{2}:\d{2}$/.test(trimmed)) throw new DossierActionError('Thời điểm tiếp nhận mới không hợp lệ (dùng dạng YYYY-MM-DD HH:MM).', 'receivedAt');
      refuseUnconfirmedReception(receivedAt, now, confirmedReception, record.receivedAt);
      const firstEvent = Math.min(...record.supplements.map((p) => p.requestedOn), record.endedOn ?? Infinity, record.returnedOn ?? Infinity);
      if (receivedAt.day > firstEvent) {
        throw new DossierActionError(`Thời điểm tiếp nhận mới (${viDate(receivedAt.day)}) đứng sau một bước xử lý đã ghi của hồ sơ (ngày ${viDate(firstEvent)}).`, 'receivedAt');
      }
      // The rule snapshot stays; the due date given at reception follows the corrected reception time.
      return { receivedAt, baseDueDay: dueDateAtReception(session, record.rule, receivedAt).day };
    }
  }
}

function changeFor(session: LedgerSession, record: DossierRecord, action: DossierActionRequest, now: LocalDateTime): Change {
  const today = now.day;
  switch (action.kind) {
    case 'hand_over':
      checkDay(record, action.on, today, 'Ngày chuyển hồ sơ');
      return { patch: {}, details: { handed_over_on: [null, action.on], handed_to: [null, action.to], ...(action.note ? { note: [null, action.note] } : {}) } };
    case 'supplement_request': {
      const previous = lastReturn(record);
      checkDay(record, action.on, today, 'Ngày yêu cầu bổ sung', previous === null ? undefined : { day: previous, what: 'ngày nhận bổ sung lần trước' });
      return {
        patch: { supplements: [...record.supplements, { requestedOn: action.on, returnedOn: null }] },
        details: { supplement_items: [null, action.items] },
      };
    }
    case 'supplement_return': {
      const open = record.supplements.findIndex((p) => p.returnedOn === null);
      const pause = record.supplements[open];
      if (!pause) throw new DossierActionError('Hồ sơ không có yêu cầu bổ sung nào đang chờ.');
      checkDay(record, action.on, today, 'Ngày nhận hồ sơ bổ sung', { day: pause.requestedOn, what: 'ngày yêu cầu bổ sung' });
      const supplements = record.supplements.map((p, i) => (i === open ? { ...p, returnedOn: action.on } : p));
      return { patch: { supplements }, details: {} };
    }
    case 'result_ready': {
      const previous = lastReturn(record);
      checkDay(record, action.on, today, 'Ngày có kết quả', previous === null ? undefined : { day: previous, what: 'ngày nhận hồ sơ bổ sung' });
      return {
        patch: {
          endedOn: action.on,
          ending: 'giai_quyet',
          digitisedResult: action.digitisedResult,
          storedResult: action.storedResult,
          ...(action.lateCause ? { lateCause: action.lateCause } : {}),
        },
        details: {},
      };
    }
    case 'returned': {
      const ended = record.endedOn ?? record.receivedAt.day;
      checkDay(record, action.on, today, 'Ngày trả kết quả', { day: ended, what: 'ngày có kết quả' });
      return { patch: { returnedOn: action.on, rating: action.rating ?? record.rating }, details: {} };
    }
    case 'end':
      checkDay(record, action.on, today, 'Ngày kết thúc');
      return { patch: { endedOn: action.on, ending: action.ending }, details: { reason: [null, action.reason] } };
    case 'extension': {
      checkDay(record, action.apologyOn, today, 'Ngày văn bản xin lỗi', undefined, 'apologyOn');
      if (action.newDue <= today) throw new DossierActionError(`Ngày hẹn mới ${viDate(action.newDue)} phải sau hôm nay (${viDate(today)}).`, 'newDue');
      return { patch: { extension: { newDueDay: action.newDue, apologyOn: action.apologyOn }, lateCause: action.reason }, details: {} };
    }
    case 'correct':
      if (action.field === 'idNumber' || action.field === 'phone') {
        refuseUnconfirmedNumbers({ [action.field]: action.value }, { [action.field]: action.confirmedNumber === true });
      }
      return { patch: correction(session, record, action.field, action.value, now, action.confirmedReception === true), details: { reason: [null, action.reason] } };
  }
}

/**
 * Applies one action to the dossier `id` as seen at `expectedVersion`; `now` is the host's clock (Vietnam
 * local) and `at` the instant stamped on the history (default: the clock). Returns the new version.
 * Refused (nothing written) with a Vietnamese DossierActionError.
 */
export function actOnDossier(
  session: LedgerSession,
  id: string,
  expectedVersion: number,
  action: DossierActionRequest,
  now: LocalDateTime,
  at?: Date,
): DossierRecord {
  const record = session.dossiers.getById(id);
  if (!record) throw new DossierNotFoundError(id);
  refuseUnlessAllowed(session, record, action);
  const { patch, details } = changeFor(session, record, action, now);
  const merged = { ...record, ...patch };
  const dueDay = effectiveDueDay(session, merged);
  return session.dossiers.update(
    id,
    { ...patch, dueDay },
    { actor: session.actor, action: action.kind === 'end' ? `end_${action.ending}` : action.kind, expectedVersion, details, ...(at ? { at } : {}) },
  );
}
