// The `procedures` of an import mapping file name each procedure by its code or by its name in the
// catalogue (a procedure without a national code has no code a person can see, services/procedure-reference):
// names become the catalogue's keys before the mapping is used or saved as a profile. Every entry that names
// no procedure, or several, is refused in one message; nothing is imported.
import type { ForeignMapping } from '../import/foreign';
import { findProcedureReference } from '../services/procedure-reference';
import type { LedgerSession } from '../services/ledger-session';
import { CliError } from './cli-error';

export function resolveMappingProcedures(session: LedgerSession, mapping: ForeignMapping, source: string): ForeignMapping {
  const procedures: Record<string, string> = {};
  const problems: string[] = [];
  for (const [asWritten, reference] of Object.entries(mapping.procedures)) {
    const found = findProcedureReference(session, reference);
    if (found.ok) procedures[asWritten] = found.procedure.code;
    else problems.push(`  - "procedures" → "${asWritten}": ${found.reason}`);
  }
  if (problems.length > 0) throw new CliError(`Tệp ghép cột "${source}" có thủ tục không nhận ra được (chưa nhập gì):\n${problems.join('\n')}`);
  return { ...mapping, procedures };
}
