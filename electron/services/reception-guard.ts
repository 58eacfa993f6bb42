// The intake and edit commands check the reception time with the form's own rule
// (shared/dossier/intake-checks.ts receptionProblem): before 2000 or after 2099 refused; later than the
// computer's clock, or more than 30 days ago, refused unless the request says the desk confirmed it — the
// form is not the only way in (the web host, scripts, an older screen). Imports do not come this way: a
// ledger file holds receptions of any age (electron/import validates its rows itself).
import { receptionProblem } from '../../shared/dossier/intake-checks';
import type { LocalDateTime } from '../../shared/time/local-time';
import { LedgerValidationError } from '../ledger';

/** `recorded`: the dossier's reception before an edit (moving it within its day asks nothing about an old day). */
export function refuseUnconfirmedReception(at: LocalDateTime, now: LocalDateTime, confirmed: boolean, recorded?: LocalDateTime): void {
  const problem = receptionProblem(at, now, recorded);
  if (problem === null || (problem.confirmable && confirmed)) return;
  throw new LedgerValidationError(problem.confirmable ? `${problem.message} Chưa ghi gì vào sổ.` : problem.message, 'receivedAt');
}
