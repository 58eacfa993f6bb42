// `deadline`: the due date of a procedure (by its code or its name) for a reception instant, with --explain the reasons.
import { procedureLabel } from '../../../shared/catalogue/procedure-code';
import { deadlineFor } from '../../services/deadline-service';
import { findProcedureReference } from '../../services/procedure-reference';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { type Channel, CHANNELS } from '../../../shared/dossier/dossier';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

export function runDeadline(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, procedure: { type: 'string' }, received: { type: 'string' }, channel: { type: 'string' }, explain: { type: 'boolean' } },
    'deadline',
  );
  const session = openLedgerSession(requireString(args, 'db', 'deadline'), { actor: cliActor() });
  try {
    const channel = optionalString(args, 'channel') ?? 'truc_tiep';
    if (!CHANNELS.includes(channel as Channel)) {
      throw new CliError(`--channel chỉ nhận ${CHANNELS.join(', ')} (đang là "${channel}").`, 2);
    }
    // By its code, or by its name (a procedure without a national code has no code to type).
    const procedure = findProcedureReference(session, requireString(args, 'procedure', 'deadline'));
    if (!procedure.ok) throw new CliError(procedure.reason);
    const answer = deadlineFor(session, procedure.procedure.code, requireString(args, 'received', 'deadline'), channel as Channel);
    io.out(answer.due);
    // stdout stays the date (interchange.md §3); the warning goes beside it.
    if (answer.provisional !== null && !flag(args, 'explain')) io.err(answer.provisional);
    if (flag(args, 'explain')) {
      io.out(`Thủ tục ${procedureLabel({ code: answer.procedureCode, name: answer.procedureName })}`);
      for (const line of answer.explanation) io.out(`  ${line}`);
    }
  } finally {
    session.close();
  }
}
