// Before a command opens an existing ledger: the start-up check (a damaged or too-new ledger stops the
// command with the way forward), a verified backup before an upgrade of the schema, a warning when the
// computer's clock is earlier than the ledger's latest entry, acknowledged changes found missing (until
// acknowledged with `check --acknowledge-missing`), and the operator named by SO_MOT_CUA_CAN_BO
// checked against the ledger's list. Notices go to stderr: stdout stays the command's own output.
import { existsSync } from 'node:fs';
import { openDatabase } from '../ledger/database';
import { describeRun } from '../reliability/auto-backup';
import { appVersion } from '../reliability/app-version';
import { type LossWarning, pendingLossWarnings } from '../reliability/loss-warnings';
import { StartupBlockedError, prepareLedger } from '../reliability/startup';
import { viInstant } from '../reliability/vi-time';
import type { StartupAction, StartupDiagnosis } from '../reliability/startup-problems';
import { operatorActor } from '../security/operators';
import { OPERATOR_ENV } from './actor';
import { CliError } from './cli-error';
import type { CliIo } from './io';

/** Commands that create, replace or configure a ledger do their own checks. */
const SKIPPED = new Set(['init', 'restore', 'restore-package', 'backup-config', 'startup-check']);
/** Commands that write dossiers: a clock set back must be noticed before they run. */
const WRITING = new Set(['import', 'import-package', 'import-rules-update']);

/** The value of `--db FILE` or `--db=FILE`, if any. */
export function dbArgument(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--db') return argv[i + 1] ?? null;
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return null;
}

/** A way forward as a command-line step. */
function actionLine(action: StartupAction, ledgerFile: string): string {
  if (action.kind === 'restore-backup' && action.backupFile) {
    return `  - ${action.label}: npm run --silent cli -- restore --db "${ledgerFile}" --from "${action.backupFile}"`;
  }
  return `  - ${action.label}`;
}

export function describeDiagnosis(diagnosis: StartupDiagnosis): string {
  return diagnosis.problems
    .map((p) => [p.message, 'Cách xử lý:', ...p.actions.map((a) => actionLine(a, diagnosis.ledgerFile))].join('\n'))
    .join('\n');
}

/** `check --acknowledge-missing`: the changes found missing have been dealt with (commands/check). */
export const ACKNOWLEDGE_FLAG = '--acknowledge-missing';

function pendingLosses(ledgerFile: string): LossWarning[] {
  const db = openDatabase(ledgerFile, { fileMustExist: true, readonly: true });
  try {
    return pendingLossWarnings(db);
  } finally {
    db.close();
  }
}

const lossLine = (loss: LossWarning) => (loss.at > 0 ? `(Phát hiện lúc ${viInstant(loss.at)}) ${loss.message}` : loss.message);

function checkOperator(ledgerFile: string): void {
  const name = process.env[OPERATOR_ENV]?.trim();
  if (!name) return;
  const db = openDatabase(ledgerFile, { fileMustExist: true });
  try {
    operatorActor(db, name);
  } finally {
    db.close();
  }
}

export async function preflightLedger(command: string, argv: readonly string[], io: CliIo): Promise<void> {
  const ledgerFile = dbArgument(argv);
  if (SKIPPED.has(command) || ledgerFile === null || !existsSync(ledgerFile)) return;
  // Listing the backups is what a damaged ledger needs: it never opens the ledger.
  if (command === 'backup' && argv.includes('--list')) return;
  try {
    const prepared = await prepareLedger({ ledgerFile, now: io.now(), appVersion: appVersion(), actor: 'dòng lệnh' });
    for (const line of prepared.upgradeBackup ? describeRun(prepared.upgradeBackup) : []) io.err(line);
    const clock = prepared.diagnosis.problems.find((p) => p.kind === 'clock-behind');
    if (clock && WRITING.has(command)) io.err(`Cảnh báo: ${clock.message}`);
    // Acknowledged dossiers found gone (now or at an earlier start, kept in the ledger until acknowledged)
    // are said by every command; `check` does not call such a ledger good until they are acknowledged.
    const losses = pendingLosses(ledgerFile);
    if (losses.length > 0 && command === 'check' && !argv.includes(ACKNOWLEDGE_FLAG)) {
      throw new CliError(
        `Kiểm tra sổ: KHÔNG TỐT. ${losses.map(lossLine).join(' ')} ` +
          `Khi đã xử lý xong (tìm lại tệp -wal hoặc nhập lại các hồ sơ thiếu), ghi nhận bằng: check --db "${ledgerFile}" ${ACKNOWLEDGE_FLAG}`,
      );
    }
    if (command !== 'check') for (const loss of losses) io.err(`Cảnh báo: ${lossLine(loss)}`);
  } catch (error) {
    if (error instanceof StartupBlockedError) throw new CliError(describeDiagnosis(error.diagnosis));
    throw error;
  }
  // The operator list itself is managed whoever is named (the first operator has to be added somehow).
  if (command !== 'operator') checkOperator(ledgerFile);
}
