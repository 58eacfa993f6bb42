// The intake and edit commands refuse an identity number or phone that does not look like one (the rule
// of shared/dossier/citizen-numbers.ts, the same the form checks), unless the request says the desk
// explicitly keeps it: the form is not the only way in (the web host, scripts, an older screen).
import { type CitizenNumberField, citizenNumberProblems } from '../../shared/dossier/citizen-numbers';
import { LedgerValidationError } from '../ledger';

export type ConfirmedNumbers = Partial<Record<CitizenNumberField, boolean>>;

export function refuseUnconfirmedNumbers(values: Partial<Record<CitizenNumberField, string>>, confirmed: ConfirmedNumbers = {}): void {
  const problems = citizenNumberProblems(values, confirmed);
  if (problems.length === 0) return;
  const messages = problems.map((p) => p.message).join(' ');
  throw new LedgerValidationError(`${messages} Nếu đúng là số đặc biệt (hộ chiếu, số ở nước ngoài), hãy đánh dấu "Vẫn ghi số này" rồi lưu lại.`, problems[0]?.field);
}
