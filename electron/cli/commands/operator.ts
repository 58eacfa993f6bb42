import { openLedgerSession } from '../../services/ledger-session';
import { addOperator, listOperators, retireOperator } from '../../security/operators';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

/** `operator --db FILE [--add "Tên"] [--retire "Tên"] [--all]`: the desk operators of the ledger. */
export function runOperator(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, add: { type: 'string' }, retire: { type: 'string' }, all: { type: 'boolean' } }, 'operator');
  const add = optionalString(args, 'add');
  const retire = optionalString(args, 'retire');
  if (add !== undefined && retire !== undefined) throw new CliError('Mỗi lần chỉ --add hoặc --retire một người.', 2);
  const session = openLedgerSession(requireString(args, 'db', 'operator'), { actor: cliActor() });
  try {
    const ctx = { actor: session.actor, at: new Date(io.now()) };
    if (add !== undefined) io.out(`Đã thêm cán bộ "${addOperator(session.db, add, ctx).name}".`);
    if (retire !== undefined) io.out(`Đã ghi nhận cán bộ "${retireOperator(session.db, retire, ctx).name}" thôi làm việc.`);
    const operators = listOperators(session.db, { includeRetired: flag(args, 'all') });
    if (operators.length === 0) io.out('Chưa có cán bộ nào trong danh sách.');
    for (const o of operators) io.out(o.retiredAt ? `${o.name} (đã thôi làm việc)` : o.name);
  } finally {
    session.close();
  }
}
