// Where automatic backups go and how many are kept. The settings live in a small JSON file beside the
// ledger, not inside it: when the ledger itself is damaged, start-up must still find its backups.
// A USB drive is the typical place (the computer's own disk fails with the ledger); the folder beside
// the ledger is the default.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';
import { ReliabilityError } from './errors';

export interface BackupConfig {
  /** Folders that receive every automatic backup (absolute, or relative to the ledger's folder). */
  directories: string[];
  /** How many backups of each kind (daily, before an upgrade, before a restore) each folder keeps. */
  keep: number;
}

export const DEFAULT_KEEP = 10;
export const MAX_KEEP = 365;
export const LOCAL_BACKUP_FOLDER = 'sao-luu';

const configSchema = z.object({
  directories: z
    .array(z.string().trim().min(1, 'Đường dẫn thư mục sao lưu không được để trống.'), 'Danh sách thư mục sao lưu không hợp lệ.')
    .min(1, 'Cần ít nhất một thư mục sao lưu.')
    .max(5, 'Tối đa 5 thư mục sao lưu.'),
  keep: z
    .number('Số bản sao lưu giữ lại phải là một số.')
    .int('Số bản sao lưu giữ lại phải là số nguyên.')
    .min(1, 'Phải giữ lại ít nhất 1 bản sao lưu.')
    .max(MAX_KEEP, `Giữ lại tối đa ${MAX_KEEP} bản sao lưu mỗi loại.`),
});

export class BackupConfigError extends ReliabilityError {}

/** `so.db` → `so.db.sao-luu.json`. */
export function backupConfigFile(ledgerFile: string): string {
  return `${ledgerFile}.sao-luu.json`;
}

export function defaultBackupConfig(ledgerFile: string): BackupConfig {
  return { directories: [join(dirname(resolve(ledgerFile)), LOCAL_BACKUP_FOLDER)], keep: DEFAULT_KEEP };
}

export interface LoadedBackupConfig {
  config: BackupConfig;
  /** Set when the file exists but cannot be used: the defaults apply meanwhile (Vietnamese). */
  problem: string | null;
}

function validate(value: unknown): BackupConfig {
  const result = configSchema.safeParse(value);
  if (!result.success) throw new BackupConfigError(result.error.issues.map((i) => i.message).join(' '));
  return result.data;
}

/** The configuration, or the defaults (with the reason) when the file is missing or unusable. */
export function loadBackupConfig(ledgerFile: string): LoadedBackupConfig {
  const file = backupConfigFile(ledgerFile);
  if (!existsSync(file)) return { config: defaultBackupConfig(ledgerFile), problem: null };
  try {
    return { config: validate(JSON.parse(readFileSync(file, 'utf8'))), problem: null };
  } catch (error) {
    const reason = error instanceof BackupConfigError ? error.message : 'tệp không đọc được';
    return {
      config: defaultBackupConfig(ledgerFile),
      problem: `Tệp cấu hình sao lưu "${file}" không dùng được (${reason}); tạm sao lưu vào thư mục mặc định bên cạnh sổ.`,
    };
  }
}

/** Validates and writes the configuration (temporary file, then rename: never half-written). */
export function saveBackupConfig(ledgerFile: string, config: BackupConfig): BackupConfig {
  const valid = validate(config);
  const file = backupConfigFile(ledgerFile);
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, `${JSON.stringify(valid, null, 2)}\n`);
  renameSync(temporary, file);
  return valid;
}

/** The folders as absolute paths (relative ones are taken from the ledger's folder). */
export function resolvedDirectories(ledgerFile: string, config: BackupConfig): string[] {
  const base = dirname(resolve(ledgerFile));
  return [...new Set(config.directories.map((d) => (isAbsolute(d) ? d : resolve(base, d))))];
}
