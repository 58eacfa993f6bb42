// The checks of the intake form before it is sent, field by field, in Vietnamese: the reception time
// (a real date and time, not after now, not before 2000 — codes carry the year in two digits — and, when
// more than FAR_PAST_DAYS ago, confirmed), the identity number and the phone (citizen-numbers.ts), each
// of the last three with an explicit way to keep an unusual value.
import { viDate, ymdFromDay } from '../time/day';
import { type LocalDateTime, compareLocal } from '../time/local-time';
import { parseViDateTime } from '../time/vi-date-text';
import { citizenNumberProblems } from './citizen-numbers';

export const FAR_PAST_DAYS = 30;
export const FIRST_RECEPTION_YEAR = 2000;

export type IntakeField = 'receivedAt' | 'idNumber' | 'phone';

export interface IntakeProblem {
  field: IntakeField;
  message: string;
  /** The desk can keep the value by confirming it (the form shows a check box). */
  confirmable: boolean;
}

export interface IntakeCheckInput {
  receivedAt: string;
  idNumber: string;
  phone: string;
  /** What the desk confirmed: an old reception, an unusual identity number, an unusual phone. */
  confirmed: Partial<Record<IntakeField, boolean>>;
}

export function checkReception(text: string, now: LocalDateTime): { at: LocalDateTime | null; problem: IntakeProblem | null } {
  const parsed = parseViDateTime(text);
  if (!parsed.ok) return { at: null, problem: { field: 'receivedAt', message: parsed.message, confirmable: false } };
  const at = parsed.value;
  const problem = (message: string, confirmable: boolean): IntakeProblem => ({ field: 'receivedAt', message, confirmable });
  if (ymdFromDay(at.day).year < FIRST_RECEPTION_YEAR) {
    return { at, problem: problem(`Ngày tiếp nhận ${viDate(at.day)} quá xa trong quá khứ: sổ chỉ ghi hồ sơ tiếp nhận từ năm ${FIRST_RECEPTION_YEAR}. Có phải gõ nhầm năm?`, false) };
  }
  if (compareLocal(at, now) > 0) {
    return { at, problem: problem(`Thời điểm tiếp nhận ${text.trim()} ở sau thời điểm hiện tại: hồ sơ chỉ ghi khi đã nhận.`, false) };
  }
  const daysAgo = now.day - at.day;
  if (daysAgo > FAR_PAST_DAYS) {
    return { at, problem: problem(`Ngày tiếp nhận ${viDate(at.day)} cách hôm nay ${daysAgo} ngày. Nếu đúng là ghi bù hồ sơ cũ, hãy đánh dấu xác nhận.`, true) };
  }
  return { at, problem: null };
}

/** Every problem of the form, in the order of its fields; confirmed ones are left out. */
export function intakeProblems(input: IntakeCheckInput, now: LocalDateTime): IntakeProblem[] {
  const out: IntakeProblem[] = [];
  const reception = checkReception(input.receivedAt, now).problem;
  if (reception) out.push(reception);
  for (const p of citizenNumberProblems({ idNumber: input.idNumber, phone: input.phone })) out.push({ ...p, confirmable: true });
  return out.filter((p) => !(p.confirmable && input.confirmed[p.field] === true));
}
