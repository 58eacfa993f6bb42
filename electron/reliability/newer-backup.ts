// "A latest backup newer than the ledger" (issue 15 §1): a backup that holds changes the ledger does not
// — the ledger was replaced by an older copy (its stamp with it, so the stamp alone cannot tell), or
// copied back from somewhere. Found by reading the newest backups of THIS ledger read-only, what each
// says it holds (a few milliseconds each, never a check of its pages).
import type Database from 'better-sqlite3';
import { openDatabase } from '../ledger/database';
import { type BackupConfig, resolvedDirectories } from './backup-config';
import { type BackupFile, listBackupFiles } from './backup-files';
import type { CommitStamp } from './commit-stamp';
import { probeLedgerFile } from './ledger-probe';
import { unusableBackupReason } from './backup-usability';

export interface NewerBackup {
  file: string;
  takenAt: number;
  historySeq: number;
  dossiers: number;
}

/**
 * What makes a ledger itself: its first history event (seq, dossier id — random —, version, time,
 * action), kept by every copy, backup and restore of it and by no other ledger. null when it has none.
 */
export function ledgerLineage(file: string): string | null {
  let db: Database.Database | null = null;
  try {
    db = openDatabase(file, { readonly: true, fileMustExist: true });
    const first = db.prepare('SELECT seq, dossier_id, version, at, action FROM dossier_history ORDER BY seq LIMIT 1').get() as
      | { seq: number; dossier_id: string; version: number; at: string; action: string }
      | undefined;
    return first ? `${first.seq}|${first.dossier_id}|${first.version}|${first.at}|${first.action}` : null;
  } catch {
    // Unreadable or not a ledger: no lineage, so never compared.
    return null;
  } finally {
    db?.close();
  }
}

/** How many of the newest candidate backups are read at most (another ledger's backups are skipped). */
const MAX_READ = 5;

/**
 * Which backups may be compared with the ledger:
 * - only those taken at or after the stamp's time (to the second, as backup names are): the stamp is
 *   rewritten by every acknowledged change and reset by a restore, so an older backup holding more is
 *   the normal state right after restoring an older backup (the day's backups taken before it still
 *   hold the replaced ledger), not a loss. Without a stamp (a ledger from before stamps), every one.
 * - never the safety copy a restore takes of the ledger it replaces (`truoc-khoi-phuc`): it is taken in
 *   the same second as the stamp is reset, and holds more than the restored ledger by design.
 */
function comparable(backups: readonly BackupFile[], stamp: CommitStamp | null): BackupFile[] {
  const since = stamp === null ? Number.NEGATIVE_INFINITY : Math.floor(stamp.at / 1000) * 1000;
  return backups.filter((b) => b.reason !== 'before-restore' && b.takenAt >= since);
}

/** The newest backup of this ledger holding more history than it, or null. Reads only. */
export function findNewerBackup(
  ledgerFile: string,
  config: BackupConfig,
  ledger: { historySeq: number; stamp: CommitStamp | null },
  supportedVersion: number,
): NewerBackup | null {
  const files = resolvedDirectories(ledgerFile, config).flatMap((directory) => listBackupFiles(ledgerFile, directory));
  files.sort((a, b) => b.takenAt - a.takenAt || a.file.localeCompare(b.file));
  const candidates = comparable(files, ledger.stamp).slice(0, MAX_READ);
  if (candidates.length === 0) return null;
  const lineage = ledgerLineage(ledgerFile);
  if (lineage === null) return null;
  for (const backup of candidates) {
    const probe = probeLedgerFile(backup.file, { metadataOnly: true, supportedVersion });
    if (unusableBackupReason(probe, supportedVersion) !== null || probe.historySeq === null) continue;
    if (ledgerLineage(backup.file) !== lineage) continue;
    // The newest backup of this ledger decides: if it holds no more, older ones hold no more either.
    if (probe.historySeq <= ledger.historySeq) return null;
    return { file: backup.file, takenAt: backup.takenAt, historySeq: probe.historySeq, dossiers: probe.dossiers ?? 0 };
  }
  return null;
}
