// The checks of the edit dialog (Sửa thông tin) before it is sent, for the fields it changes, with the
// intake's own rules (intake-checks.ts): a new reception time as at intake — except that moving it within
// the day it already has asks nothing about an old day — a name, a fee in đồng, and the reason that goes
// into the history. The edit command applies the same rules.
import { parseWholeNumberText } from '../format/whole-number-text';
import type { LocalDateTime } from '../time/local-time';
import { FEE_RULE, applicantNameProblem, checkReception } from './intake-checks';

export type EditCheckedField = 'applicantName' | 'receivedAt' | 'fee' | 'reason';

export interface EditProblem {
  field: EditCheckedField;
  message: string;
  /** The desk can keep the value by confirming it (a reception later than the clock or long ago). */
  confirmable: boolean;
  confirmLabel?: string;
}

export const EDIT_REASON_MISSING = 'Hãy ghi lý do sửa (ghi vào lịch sử hồ sơ).';

export interface EditCheckInput {
  /** The fields changed, as typed (the reception as dd/mm/yyyy HH:MM); a field left out is not checked. */
  changes: Partial<Record<'applicantName' | 'receivedAt' | 'fee', string>>;
  reason: string;
  /** The reception the dossier has now. */
  recordedReception: LocalDateTime;
  /** The desk confirmed an unusual new reception. */
  confirmedReception: boolean;
}

/** Every problem of the changed fields and the reason, in the order of the dialog. */
export function editProblems(input: EditCheckInput, now: LocalDateTime): EditProblem[] {
  const out: EditProblem[] = [];
  const { changes } = input;
  if (changes.applicantName !== undefined) {
    const message = applicantNameProblem(changes.applicantName);
    if (message !== null) out.push({ field: 'applicantName', message, confirmable: false });
  }
  if (changes.receivedAt !== undefined) {
    const { problem } = checkReception(changes.receivedAt, now, input.recordedReception);
    if (problem && !(problem.confirmable && input.confirmedReception)) {
      out.push({ field: 'receivedAt', message: problem.message, confirmable: problem.confirmable, ...(problem.confirmLabel ? { confirmLabel: problem.confirmLabel } : {}) });
    }
  }
  if (changes.fee !== undefined) {
    const fee = parseWholeNumberText(changes.fee, FEE_RULE);
    if (!fee.ok) out.push({ field: 'fee', message: fee.message, confirmable: false });
  }
  if (input.reason.trim() === '') out.push({ field: 'reason', message: EDIT_REASON_MISSING, confirmable: false });
  return out;
}
