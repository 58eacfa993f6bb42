import { checkLedger } from '../../services/check-service';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

export function runCheck(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' } }, 'check');
  const session = openLedgerSession(requireString(args, 'db', 'check'), { actor: cliActor() });
  try {
    const report = checkLedger(session.db);
    io.out(`Lược đồ số ${report.schemaVersion} (mới nhất ${report.latestSchemaVersion}), nhật ký ${report.journalMode}.`);
    io.out(`${report.dossiers} hồ sơ, ${report.historyEvents} sự kiện trong lịch sử.`);
    if (!report.ok) {
      for (const line of report.integrity) io.err(`integrity_check: ${line}`);
      if (report.foreignKeyProblems > 0) io.err(`${report.foreignKeyProblems} liên kết khóa ngoại bị hỏng.`);
      throw new CliError('Sổ dữ liệu bị lỗi. Hãy khôi phục từ bản sao lưu gần nhất.');
    }
    io.out('Kiểm tra toàn vẹn: tốt.');
  } finally {
    session.close();
  }
}
