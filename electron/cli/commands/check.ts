import { checkLedger } from '../../services/check-service';
import { openLedgerSession } from '../../services/ledger-session';
import { cliActor } from '../actor';
import { flag, parseCommandArgs, requireString } from '../args';
import { acknowledgeLossWarnings } from '../../reliability/loss-warnings';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

export function runCheck(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, 'acknowledge-missing': { type: 'boolean' } }, 'check');
  const ledgerFile = requireString(args, 'db', 'check');
  const session = openLedgerSession(ledgerFile, { actor: cliActor() });
  try {
    if (flag(args, 'acknowledge-missing')) {
      const acknowledged = acknowledgeLossWarnings(session.db, ledgerFile, { actor: session.actor, at: new Date(io.now()) });
      io.out(
        acknowledged > 0
          ? `Đã ghi nhận ${acknowledged} cảnh báo hồ sơ bị mất là đã xử lý (người ghi nhận: ${session.actor}).`
          : 'Không có cảnh báo hồ sơ bị mất nào chờ ghi nhận.',
      );
    }
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
