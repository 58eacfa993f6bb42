import { existsSync } from 'node:fs';
import { type BackupConfig, backupConfigFile, loadBackupConfig, resolvedDirectories, saveBackupConfig } from '../../reliability/backup-config';
import { type ParsedArgs, parseCommandArgs, requireString } from '../args';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';

function keepOption(args: ParsedArgs): number | undefined {
  const text = args.values.keep;
  if (typeof text !== 'string') return undefined;
  const keep = Number(text);
  if (!Number.isInteger(keep)) throw new CliError(`--keep phải là số nguyên (đang là "${text}").`, 2);
  return keep;
}

/** `backup-config --db FILE [--dir THƯ-MỤC]… [--keep N]`: shows, or changes, where automatic backups go. */
export function runBackupConfig(argv: string[], io: CliIo): void {
  const args = parseCommandArgs(argv, { db: { type: 'string' }, dir: { type: 'string', multiple: true }, keep: { type: 'string' } }, 'backup-config');
  const ledgerFile = requireString(args, 'db', 'backup-config');
  if (!existsSync(ledgerFile)) throw new CliError(`Không tìm thấy sổ dữ liệu "${ledgerFile}".`);
  const loaded = loadBackupConfig(ledgerFile);
  if (loaded.problem) io.err(loaded.problem);
  const dirs = args.values.dir as unknown;
  const directories = Array.isArray(dirs) ? dirs.filter((d): d is string => typeof d === 'string') : undefined;
  const keep = keepOption(args);
  let config: BackupConfig = loaded.config;
  if (directories !== undefined || keep !== undefined) {
    try {
      config = saveBackupConfig(ledgerFile, { directories: directories ?? config.directories, keep: keep ?? config.keep });
    } catch (error) {
      throw new CliError(error instanceof Error ? error.message : String(error), 2);
    }
    io.out(`Đã lưu cấu hình sao lưu vào "${backupConfigFile(ledgerFile)}".`);
  }
  io.out(`Thư mục sao lưu: ${resolvedDirectories(ledgerFile, config).map((d) => `"${d}"`).join(', ')}.`);
  io.out(`Giữ lại ${config.keep} bản mỗi loại (hằng ngày, trước khi nâng cấp, trước khi khôi phục).`);
}
