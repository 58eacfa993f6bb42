// The checks of the intake form before it is sent, field by field, in Vietnamese, in the order of the
// form: a procedure chosen; the reception time (a real date and time, from 2000 to 2099 — codes carry the
// year in two digits — and confirmed when later than the computer's clock, whose battery may have gone
// flat, or more than FAR_PAST_DAYS ago); the applicant's name; the identity number and the phone
// (citizen-numbers.ts); each paper's quantity and the fee, as whole numbers. The reception, the identity
// number and the phone may be kept as typed by an explicit confirmation. The intake and edit commands
// apply the same reception rule (receptionProblem) and refuse what was not confirmed.
import { type WholeNumberRule, parseWholeNumberText } from '../format/whole-number-text';
import { viDate, ymdFromDay } from '../time/day';
import { type LocalDateTime, compareLocal } from '../time/local-time';
import { parseViDateTime, viDateTimeText } from '../time/vi-date-text';
import { citizenNumberProblems } from './citizen-numbers';

export const FAR_PAST_DAYS = 30;
export const FIRST_RECEPTION_YEAR = 2000;
export const LAST_RECEPTION_YEAR = 2099;

/** What the API takes (shared/api/dossier-schemas.ts builds its limits from these). */
export const FEE_RULE: WholeNumberRule = { label: 'Phí, lệ phí', min: 0, max: 1_000_000_000, grouped: true, unit: 'đồng' };
export const QUANTITY_RULE: WholeNumberRule = { label: 'Số lượng giấy tờ', min: 1, max: 99 };
export const APPLICANT_NAME_MAX = 120;

/** The id of a paper's quantity box in the documents table. */
export type QuantityField = `doc-quantity-${number}`;
export const quantityField = (row: number): QuantityField => `doc-quantity-${row}`;

export type IntakeField = 'procedure' | 'receivedAt' | 'applicantName' | 'idNumber' | 'phone' | QuantityField | 'fee';

/** Fields whose unusual value the desk may keep on purpose. */
export type ConfirmableField = 'receivedAt' | 'idNumber' | 'phone';

export interface IntakeProblem {
  field: IntakeField;
  message: string;
  /** The desk can keep the value by confirming it (the form shows a check box). */
  confirmable: boolean;
  /** The words beside that check box, when the problem says what is confirmed. */
  confirmLabel?: string;
}

export interface IntakeCheckInput {
  procedureChosen: boolean;
  receivedAt: string;
  applicantName: string;
  idNumber: string;
  phone: string;
  /** The papers' rows as typed; a row without a name is left out (not sent). */
  documents: ReadonlyArray<{ name: string; quantity: string }>;
  fee: string;
  /** What the desk confirmed: an unusual reception time, identity number or phone. */
  confirmed: Partial<Record<ConfirmableField, boolean>>;
}

export interface ReceptionProblem {
  message: string;
  /** False: refused whatever the desk says; true: kept once the desk confirms it. */
  confirmable: boolean;
  confirmLabel?: string;
}

/**
 * Why a reception time needs a second look, or null. `recorded`: the reception a dossier already has
 * (the edit dialog) — moving it within the same day asks nothing about an old day.
 */
export function receptionProblem(at: LocalDateTime, now: LocalDateTime, recorded?: LocalDateTime): ReceptionProblem | null {
  const year = ymdFromDay(at.day).year;
  if (year < FIRST_RECEPTION_YEAR) {
    return { confirmable: false, message: `Ngày tiếp nhận ${viDate(at.day)} quá xa trong quá khứ: sổ chỉ ghi hồ sơ tiếp nhận từ năm ${FIRST_RECEPTION_YEAR}. Có phải gõ nhầm năm?` };
  }
  if (year > LAST_RECEPTION_YEAR) {
    return { confirmable: false, message: `Ngày tiếp nhận ${viDate(at.day)} quá xa trong tương lai: sổ chỉ ghi hồ sơ tiếp nhận đến năm ${LAST_RECEPTION_YEAR}. Có phải gõ nhầm năm?` };
  }
  if (compareLocal(at, now) > 0) {
    return {
      confirmable: true,
      confirmLabel: 'Đúng ngày giờ này (đồng hồ của máy đang chậm)',
      message:
        `Thời điểm tiếp nhận ${viDateTimeText(at)} muộn hơn đồng hồ của máy tính (${viDateTimeText(now)}). Hãy kiểm tra lại ngày giờ đã gõ; ` +
        'nếu đúng là đồng hồ của máy đang chậm, hãy đánh dấu xác nhận (và chỉnh lại ngày giờ của máy).',
    };
  }
  const daysAgo = now.day - at.day;
  if (daysAgo > FAR_PAST_DAYS && recorded?.day !== at.day) {
    return {
      confirmable: true,
      confirmLabel: 'Đúng, ghi bù hồ sơ nhận ngày này',
      message: `Ngày tiếp nhận ${viDate(at.day)} cách hôm nay ${daysAgo} ngày. Nếu đúng là ghi bù hồ sơ cũ, hãy đánh dấu xác nhận.`,
    };
  }
  return null;
}

/** The reception time typed in the form (dd/mm/yyyy HH:MM), checked against the computer's clock. */
export function checkReception(text: string, now: LocalDateTime, recorded?: LocalDateTime): { at: LocalDateTime | null; problem: IntakeProblem | null } {
  const parsed = parseViDateTime(text);
  if (!parsed.ok) return { at: null, problem: { field: 'receivedAt', message: parsed.message, confirmable: false } };
  const problem = receptionProblem(parsed.value, now, recorded);
  return { at: parsed.value, problem: problem ? { field: 'receivedAt', ...problem } : null };
}

/** The applicant's name: required, as the API takes it. */
export function applicantNameProblem(name: string): string | null {
  const t = name.trim();
  if (t === '') return 'Hãy nhập họ và tên người nộp hồ sơ.';
  if (t.length > APPLICANT_NAME_MAX) return `Họ và tên dài ${t.length} ký tự, quá ${APPLICANT_NAME_MAX} ký tự.`;
  return null;
}

/** Every problem of the form, in the order of its fields; confirmed ones are left out. */
export function intakeProblems(input: IntakeCheckInput, now: LocalDateTime): IntakeProblem[] {
  const out: IntakeProblem[] = [];
  const refuse = (field: IntakeField, message: string | null) => message !== null && out.push({ field, message, confirmable: false });
  refuse('procedure', input.procedureChosen ? null : 'Hãy chọn thủ tục: gõ tên (không cần dấu) hoặc mã thủ tục rồi chọn trong danh sách.');
  const reception = checkReception(input.receivedAt, now).problem;
  if (reception) out.push(reception);
  refuse('applicantName', applicantNameProblem(input.applicantName));
  for (const p of citizenNumberProblems({ idNumber: input.idNumber, phone: input.phone })) out.push({ ...p, confirmable: true });
  input.documents.forEach((d, i) => {
    if (d.name.trim() === '') return;
    const quantity = parseWholeNumberText(d.quantity, QUANTITY_RULE);
    refuse(quantityField(i), quantity.ok ? null : quantity.message);
  });
  const fee = parseWholeNumberText(input.fee, FEE_RULE);
  refuse('fee', fee.ok ? null : fee.message);
  return out.filter((p) => !(p.confirmable && input.confirmed[p.field as ConfirmableField] === true));
}
