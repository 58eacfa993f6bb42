import { backupLedger } from '../../services/backup-service';
import { exportFullPackage } from '../../handoff';
import { asCliErrors, passphraseFrom } from './package-options';
import { openLedgerSession } from '../../services/ledger-session';
import { describeRun, runDailyBackup } from '../../reliability/auto-backup';
import { checkedBackups, listBackups } from '../../reliability/backup-catalogue';
import { checkInProcess } from '../../reliability/backup-check';
import { loadBackupConfig, resolvedDirectories } from '../../reliability/backup-config';
import { cliActor } from '../actor';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

/** `backup --list` is asked for: each backup is checked in full, as before a restore. */
async function printList(ledgerFile: string, io: CliIo): Promise<void> {
  const { config, problem } = loadBackupConfig(ledgerFile);
  if (problem) io.err(problem);
  const backups = await checkedBackups(listBackups(ledgerFile, config), checkInProcess);
  if (backups.length === 0) {
    io.out(`Chưa có bản sao lưu nào trong ${resolvedDirectories(ledgerFile, config).map((d) => `"${d}"`).join(', ')}.`);
    return;
  }
  for (const b of backups) {
    const state = b.good ? `tốt, ${b.dossiers ?? 0} hồ sơ` : `KHÔNG DÙNG ĐƯỢC: ${b.problem ?? ''}`;
    io.out(`${b.takenAtText} — ${b.reasonLabel} — ${state} — ${b.file}`);
  }
}

async function runAuto(ledgerFile: string, io: CliIo): Promise<void> {
  const { config, problem } = loadBackupConfig(ledgerFile);
  if (problem) io.err(problem);
  const session = openLedgerSession(ledgerFile, { actor: cliActor() });
  try {
    const run = await runDailyBackup(session.db, ledgerFile, { config, now: io.now() });
    if (run === null) {
      io.out('Hôm nay đã có bản sao lưu hằng ngày ở mọi thư mục sao lưu; không cần sao lưu thêm.');
      return;
    }
    for (const line of describeRun(run)) (line.startsWith('Không') ? io.err : io.out)(line);
    if (run.written.length === 0) throw new CliError('Không tạo được bản sao lưu nào hôm nay.');
  } finally {
    session.close();
  }
}

export async function runBackup(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(
    argv,
    { db: { type: 'string' }, out: { type: 'string' }, auto: { type: 'boolean' }, list: { type: 'boolean' }, 'passphrase-file': { type: 'string' } },
    'backup',
  );
  const ledgerFile = requireString(args, 'db', 'backup');
  const modes = [flag(args, 'auto'), flag(args, 'list'), optionalString(args, 'out') !== undefined].filter(Boolean).length;
  if (modes !== 1) throw new CliError('Lệnh "backup" cần đúng một trong --out TỆP, --auto hoặc --list.', 2);
  if (flag(args, 'list')) return printList(ledgerFile, io);
  if (flag(args, 'auto')) return runAuto(ledgerFile, io);
  const passphrase = passphraseFrom(args);
  if (passphrase !== null && !optionalString(args, 'out')) throw new CliError('--passphrase-file chỉ dùng với --out TỆP (bản sao lưu mã hóa mang ra khỏi máy).', 2);
  const session = openLedgerSession(ledgerFile, { actor: cliActor() });
  try {
    if (passphrase !== null) {
      // A copy that leaves the PC: the encrypted full package (AES-256-GCM, scrypt), read back and checked.
      const out = requireString(args, 'out', 'backup');
      const result = await asCliErrors(() => exportFullPackage(session, { out, passphrase, at: new Date(io.now()), period: null }));
      io.out(`Đã sao lưu có mã hóa ${result.counts.dossiers ?? 0} hồ sơ vào "${result.file}" và đọc lại kiểm tra: tốt. Không có mật khẩu thì không đọc được tệp này.`);
      io.out(`Khôi phục trên máy khác: npm run --silent cli -- restore-package --db SỔ-MỚI.db "${result.file}" --passphrase-file TỆP-MẬT-KHẨU`);
      return;
    }
    const result = await backupLedger(session.db, requireString(args, 'out', 'backup'));
    io.out(`Đã sao lưu ${result.dossiers} hồ sơ vào "${result.file}" và kiểm tra bản sao: tốt.`);
  } finally {
    session.close();
  }
}
