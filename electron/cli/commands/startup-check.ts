import { appVersion } from '../../reliability/app-version';
import { diagnoseStartup } from '../../reliability/startup-diagnosis';
import { parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { describeDiagnosis } from '../ledger-preflight';

/** `startup-check --db FILE`: what the desk app checks before opening the ledger, with the ways forward. */
export function runStartupCheck(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' } }, 'startup-check');
  const diagnosis = diagnoseStartup({ ledgerFile: requireString(args, 'db', 'startup-check'), now: io.now(), appVersion: appVersion() });
  if (diagnosis.problems.length === 0) {
    io.out(`Sổ dữ liệu dùng được: ${diagnosis.dossiers ?? 0} hồ sơ, lược đồ số ${diagnosis.schemaVersion ?? 0}.`);
    return;
  }
  const text = describeDiagnosis(diagnosis);
  if (diagnosis.status === 'blocked') throw new CliError(text);
  io.out(text);
}
