// `deadline`: the due date of a procedure for a reception instant, with its explanation.
import { explainTrace } from '../../shared/deadline/explain';
import { provisionalNoteVi } from '../../shared/deadline/provisional';
import { type IsoDate, isoFromDay } from '../../shared/time/day';
import { parseLocalDateTime } from '../../shared/time/local-time';
import { dueDateAtReception, ruleForOffice } from './due-dates';
import type { LedgerSession } from './ledger-session';

export class DeadlineRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DeadlineRequestError';
  }
}

export interface DeadlineAnswer {
  procedureCode: string;
  procedureName: string;
  due: IsoDate;
  dueMinute: number | null;
  explanation: string[];
  /** Set when the count crosses a year without an official schedule (shared/deadline/provisional.ts). */
  provisional: string | null;
}

export function deadlineFor(session: LedgerSession, procedureCode: string, received: string): DeadlineAnswer {
  const receivedAt = parseLocalDateTime(received);
  if (!receivedAt) throw new DeadlineRequestError(`Thời điểm tiếp nhận "${received}" không hợp lệ: dùng "YYYY-MM-DD HH:MM".`);
  const procedure = session.catalogue.findByCode(procedureCode, receivedAt.day) ?? session.catalogue.findByCode(procedureCode);
  if (!procedure) throw new DeadlineRequestError(`Không có thủ tục mã "${procedureCode}" trong danh mục.`);
  const due = dueDateAtReception(session, ruleForOffice(session, procedure), receivedAt);
  const provisional = provisionalNoteVi(session.calendar(), receivedAt.day, due.day);
  return {
    procedureCode: procedure.code,
    procedureName: procedure.name,
    due: isoFromDay(due.day),
    dueMinute: due.minute,
    explanation: provisional === null ? explainTrace(due.trace) : [...explainTrace(due.trace), `⚠ ${provisional}`],
    provisional,
  };
}
