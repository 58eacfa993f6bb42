// Every backup of a ledger in the configured folders, each opened and checked, newest first: what the
// start-up screen offers when the ledger cannot be used, and what `backup --list` prints.
import { LATEST_SCHEMA_VERSION } from '../ledger';
import { type BackupConfig, resolvedDirectories } from './backup-config';
import { type BackupReason, REASON_LABEL, listBackupFiles } from './backup-files';
import { probeLedgerFile } from './ledger-probe';
import { unusableBackupReason } from './backup-usability';
import { viInstant } from './vi-time';

export interface BackupEntry {
  file: string;
  directory: string;
  reason: BackupReason;
  /** Vietnamese, e.g. "sao lưu hằng ngày". */
  reasonLabel: string;
  /** Epoch milliseconds, and as people read it. */
  takenAt: number;
  takenAtText: string;
  /** Whole, intact, and readable by this app. */
  good: boolean;
  schemaVersion: number | null;
  dossiers: number | null;
  /** Why it cannot be used (Vietnamese), when not good. */
  problem: string | null;
}

/** The backups found, newest first, each checked with integrity_check. */
export function listBackups(ledgerFile: string, config: BackupConfig, supportedVersion = LATEST_SCHEMA_VERSION): BackupEntry[] {
  const files = resolvedDirectories(ledgerFile, config).flatMap((directory) => listBackupFiles(ledgerFile, directory));
  files.sort((a, b) => b.takenAt - a.takenAt || a.file.localeCompare(b.file));
  return files.map((backup) => {
    const probe = probeLedgerFile(backup.file, { thorough: true, supportedVersion });
    const problem = unusableBackupReason(probe, supportedVersion);
    return {
      file: backup.file,
      directory: backup.directory,
      reason: backup.reason,
      reasonLabel: REASON_LABEL[backup.reason],
      takenAt: backup.takenAt,
      takenAtText: viInstant(backup.takenAt),
      good: problem === null,
      schemaVersion: probe.schemaVersion,
      dossiers: probe.dossiers,
      problem,
    };
  });
}

export function latestGoodBackup(backups: readonly BackupEntry[]): BackupEntry | null {
  return backups.find((b) => b.good) ?? null;
}
