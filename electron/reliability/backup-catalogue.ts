// Every backup of a ledger in the configured folders, newest first: what the start-up screen offers when
// the ledger cannot be used, and what `backup --list` prints. Listing only reads what each file says it is
// (read-only, a few milliseconds each); the full integrity check runs on demand and before a restore
// (backup-check.ts), and its remembered result is shown when there is one.
import { LATEST_SCHEMA_VERSION } from '../ledger';
import { type BackupConfig, resolvedDirectories } from './backup-config';
import { type BackupReason, REASON_LABEL, listBackupFiles } from './backup-files';
import { probeLedgerFile } from './ledger-probe';
import { type BackupChecker, checkBackupFile, rememberedCheck } from './backup-check';
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
  /** Readable by this app, and not found damaged by a full check (restoring checks it fully first). */
  good: boolean;
  /** The full integrity check: passed, failed, or not run yet on the file as it is now. */
  integrity: 'ok' | 'damaged' | 'unchecked';
  /** The highest history event the backup holds (every change writes one), when readable. */
  historySeq: number | null;
  schemaVersion: number | null;
  dossiers: number | null;
  /** Why it cannot be used (Vietnamese), when not good. */
  problem: string | null;
}

/** The backups found, newest first, each read (not checked: see backup-check.ts). */
export function listBackups(ledgerFile: string, config: BackupConfig, supportedVersion = LATEST_SCHEMA_VERSION): BackupEntry[] {
  const files = resolvedDirectories(ledgerFile, config).flatMap((directory) => listBackupFiles(ledgerFile, directory));
  files.sort((a, b) => b.takenAt - a.takenAt || a.file.localeCompare(b.file));
  return files.map((backup) => {
    const probe = probeLedgerFile(backup.file, { metadataOnly: true, supportedVersion });
    const known = rememberedCheck(backup.file);
    const problem = unusableBackupReason(probe, supportedVersion) ?? (known?.good === false ? known.problem : null);
    return {
      file: backup.file,
      directory: backup.directory,
      reason: backup.reason,
      reasonLabel: REASON_LABEL[backup.reason],
      takenAt: backup.takenAt,
      takenAtText: viInstant(backup.takenAt),
      good: problem === null,
      integrity: known !== null ? (known.good ? 'ok' : 'damaged') : probe.status === 'corrupt' ? 'damaged' : 'unchecked',
      historySeq: probe.historySeq,
      schemaVersion: probe.schemaVersion,
      dossiers: probe.dossiers,
      problem,
    };
  });
}

export function latestGoodBackup(backups: readonly BackupEntry[]): BackupEntry | null {
  return backups.find((b) => b.good) ?? null;
}

/**
 * The backups, each checked in full (remembered): what the start-up check offers when the ledger cannot be
 * used — only then, and a restore is the next step, so the offer must be a backup that passes the check.
 */
export function listCheckedBackups(ledgerFile: string, config: BackupConfig, supportedVersion = LATEST_SCHEMA_VERSION): BackupEntry[] {
  return listBackups(ledgerFile, config, supportedVersion).map((backup) => {
    if (!backup.good || backup.integrity !== 'unchecked') return backup;
    const result = checkBackupFile(backup.file, supportedVersion);
    return { ...backup, good: result.good, problem: result.problem, integrity: result.good ? 'ok' : 'damaged' };
  });
}

/** Each backup not known damaged checked in full (on demand), newest first; the result is remembered. */
export async function checkedBackups(backups: readonly BackupEntry[], check: BackupChecker): Promise<BackupEntry[]> {
  const checked: BackupEntry[] = [];
  for (const backup of backups) {
    if (!backup.good || backup.integrity !== 'unchecked') {
      checked.push(backup);
      continue;
    }
    const result = await check(backup.file);
    checked.push({ ...backup, good: result.good, problem: result.problem, integrity: result.good ? 'ok' : 'damaged' });
  }
  return checked;
}

/** The newest backup that passes the full check (checking newest first, stopping at the first good one). */
export async function latestCheckedGoodBackup(backups: readonly BackupEntry[], check: BackupChecker): Promise<BackupEntry | null> {
  for (const backup of backups) {
    if (!backup.good) continue;
    if (backup.integrity === 'ok' || (await check(backup.file)).good) return backup;
  }
  return null;
}
