// The session the API's handlers get: acting as the operator chosen at the desk (security/operators'
// actingAs), so every write records that name. Without a valid operator the session still reads, but
// asking it who is acting — which every write does — refuses with a Vietnamese message.
import { OperatorError, actingAs } from '../security/operators';
import type { LedgerSession } from '../services/ledger-session';

export const NO_OPERATOR_MESSAGE =
  'Chưa chọn cán bộ đang làm việc ở bàn này nên chưa ghi được gì: hãy chọn tên mình ở thanh trên cùng (hoặc thêm tên ở Thiết lập › Cán bộ).';

/** A session that reads normally and refuses every write with `message`. */
function refusingWrites(base: LedgerSession, message: string): LedgerSession {
  const session = { ...base };
  Object.defineProperty(session, 'actor', {
    enumerable: true,
    get(): string {
      throw new OperatorError(message);
    },
  });
  return session;
}

/** `base` acting as `operator`; writes are refused when none is chosen or the name is no longer active. */
export function deskSession(base: LedgerSession, operator: string | null): LedgerSession {
  if (operator === null) return refusingWrites(base, NO_OPERATOR_MESSAGE);
  try {
    return actingAs(base, operator);
  } catch (error) {
    if (error instanceof OperatorError) return refusingWrites(base, error.message);
    throw error;
  }
}
