import { describeRun } from '../../reliability/auto-backup';
import { latestCheckedGoodBackup, listBackups } from '../../reliability/backup-catalogue';
import { checkInProcess } from '../../reliability/backup-check';
import { loadBackupConfig } from '../../reliability/backup-config';
import { RestoreNeedsChairmanPinError, restoreLedger } from '../../reliability/restore';
import { flag, optionalString, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { readPin } from './signoff';

/** `restore --db FILE --from BẢN-SAO-LƯU | --latest [--pin-file TỆP]` (the PIN when the backup predates a sign-off). */
export async function runRestore(argv: string[], io: CliIo): Promise<void> {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, from: { type: 'string' }, latest: { type: 'boolean' }, 'pin-file': { type: 'string' } }, 'restore');
  const pinFile = optionalString(args, 'pin-file');
  const ledgerFile = requireString(args, 'db', 'restore');
  const { config, problem } = loadBackupConfig(ledgerFile);
  if (problem) io.err(problem);
  let from = optionalString(args, 'from');
  if ((from === undefined) === !flag(args, 'latest')) throw new CliError('Lệnh "restore" cần đúng một trong --from BẢN-SAO-LƯU hoặc --latest.', 2);
  if (from === undefined) {
    const latest = await latestCheckedGoodBackup(listBackups(ledgerFile, config), checkInProcess);
    if (!latest) throw new CliError('Không tìm thấy bản sao lưu nào dùng được trong các thư mục sao lưu; hãy chỉ rõ tệp bằng --from.');
    from = latest.file;
  }
  const chairmanPin = pinFile === undefined ? {} : { chairmanPin: readPin(pinFile, 'mã PIN của Chủ tịch') };
  let outcome;
  try {
    outcome = await restoreLedger({ ledgerFile, backupFile: from, config, now: io.now(), ...chairmanPin });
  } catch (error) {
    if (error instanceof RestoreNeedsChairmanPinError) throw new CliError(`${error.message} Thêm --pin-file TỆP-MÃ-PIN để khôi phục.`);
    throw error;
  }
  for (const line of outcome.safetyBackup ? describeRun(outcome.safetyBackup) : []) io.out(line);
  if (outcome.damagedNote) io.out(outcome.damagedNote);
  for (const kept of outcome.keptOldAs) if (kept !== outcome.damagedKeptAs) io.out(`Đã giữ lại tệp cũ: "${kept}".`);
  for (const note of outcome.signedPeriodNotes) io.out(note);
  io.out(`Đã khôi phục sổ "${outcome.ledgerFile}" từ "${outcome.restoredFrom}": ${outcome.dossiers} hồ sơ, lược đồ số ${outcome.schemaVersion}.`);
}
