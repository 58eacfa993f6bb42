// The full check of a backup file (integrity_check of every page and index): seconds on a large ledger,
// so it never runs while backups are merely listed — only on demand and before a restore, in the worker
// at the desk. Its result is remembered per file as it was checked (path, size, modification time), so the
// list can say "đã kiểm tra: tốt" (or that the file is damaged) without checking again.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LATEST_SCHEMA_VERSION } from '../ledger';
import { unusableBackupReason } from './backup-usability';
import { probeLedgerFile } from './ledger-probe';

export interface BackupCheck {
  /** Whole, intact, and readable by this app. */
  good: boolean;
  /** Why it cannot be used (Vietnamese), when not good. */
  problem: string | null;
  dossiers: number | null;
  schemaVersion: number | null;
}

/** Checks a file fully; used in the worker or, from the command line, in the process itself. */
export type BackupChecker = (file: string) => Promise<BackupCheck>;

const remembered = new Map<string, BackupCheck>();

/** The file as it is now: a check made before it changed no longer applies. Null when it is gone. */
function keyOf(file: string): string | null {
  try {
    const stat = statSync(file);
    return `${resolve(file)}\u0000${stat.size}\u0000${stat.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The result of an earlier full check of this file as it is now, or null. */
export function rememberedCheck(file: string): BackupCheck | null {
  const key = keyOf(file);
  return key === null ? null : (remembered.get(key) ?? null);
}

/** Keeps the result of a full check of `file` (made by this process or its worker). */
export function rememberCheck(file: string, check: BackupCheck): void {
  const key = keyOf(file);
  if (key !== null) remembered.set(key, check);
}

/** integrity_check of `file` read-only, and whether it can be restored from; remembered. */
export function checkBackupFile(file: string, supportedVersion = LATEST_SCHEMA_VERSION): BackupCheck {
  const key = keyOf(file);
  const probe = probeLedgerFile(file, { thorough: true, supportedVersion });
  const problem = unusableBackupReason(probe, supportedVersion);
  const check: BackupCheck = { good: problem === null, problem, dossiers: probe.dossiers, schemaVersion: probe.schemaVersion };
  if (key !== null && key === keyOf(file)) remembered.set(key, check);
  return check;
}

export const checkInProcess: BackupChecker = async (file) => checkBackupFile(file);
