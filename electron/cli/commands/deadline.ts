import { deadlineFor } from '../../services/deadline-service';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { flag, parseCommandArgs, requireString } from '../args';
import type { CliIo } from '../io';

export function runDeadline(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, procedure: { type: 'string' }, received: { type: 'string' }, explain: { type: 'boolean' } },
    'deadline',
  );
  const session = openLedgerSession(requireString(args, 'db', 'deadline'), { actor: cliActor() });
  try {
    const answer = deadlineFor(session, requireString(args, 'procedure', 'deadline'), requireString(args, 'received', 'deadline'));
    io.out(answer.due);
    // stdout stays the date (interchange.md §3); the warning goes beside it.
    if (answer.provisional !== null && !flag(args, 'explain')) io.err(answer.provisional);
    if (flag(args, 'explain')) {
      io.out(`Thủ tục ${answer.procedureCode} — ${answer.procedureName}`);
      for (const line of answer.explanation) io.out(`  ${line}`);
    }
  } finally {
    session.close();
  }
}
