import { backupLedger } from '../../services/backup-service';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { parseCommandArgs, requireString } from '../args';
import type { CliIo } from '../io';

export async function runBackup(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, out: { type: 'string' } }, 'backup');
  const session = openLedgerSession(requireString(args, 'db', 'backup'), { actor: cliActor() });
  try {
    const result = await backupLedger(session.db, requireString(args, 'out', 'backup'));
    io.out(`Đã sao lưu ${result.dossiers} hồ sơ vào "${result.file}" và kiểm tra bản sao: tốt.`);
  } finally {
    session.close();
  }
}
