// Backup file names and the backups found in a folder. A name says whose backup it is, when it was taken
// (Vietnam local time) and why: `so.sao-luu.2024-03-07_16-05-09.hang-ngay.db`. A file being written has
// another name until it is complete and verified, so a name of this form is always a whole backup.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { fileStamp, parseFileStamp } from './vi-time';

export type BackupReason = 'daily' | 'before-migration' | 'before-restore' | 'manual';

const SLUG: Record<BackupReason, string> = {
  daily: 'hang-ngay',
  'before-migration': 'truoc-nang-cap',
  'before-restore': 'truoc-khoi-phuc',
  manual: 'thu-cong',
};

export const REASON_LABEL: Record<BackupReason, string> = {
  daily: 'sao lưu hằng ngày',
  'before-migration': 'sao lưu trước khi nâng cấp sổ',
  'before-restore': 'sao lưu trước khi khôi phục',
  manual: 'sao lưu thủ công',
};

export interface BackupFile {
  file: string;
  directory: string;
  reason: BackupReason;
  /** Epoch milliseconds, from the name. */
  takenAt: number;
  bytes: number;
}

/** `C:\…\so.db` → `so`. */
export function ledgerStem(ledgerFile: string): string {
  const base = basename(ledgerFile);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function namePattern(ledgerFile: string): RegExp {
  const slugs = Object.values(SLUG).join('|');
  return new RegExp(`^${escape(ledgerStem(ledgerFile))}\\.sao-luu\\.([0-9_-]{19})(?:-(\\d+))?\\.(${slugs})\\.db$`);
}

/** The name of a backup taken at `now`; `attempt` > 0 when a file of that name already exists. */
export function backupFileName(ledgerFile: string, reason: BackupReason, now: number, attempt = 0): string {
  const suffix = attempt > 0 ? `-${attempt + 1}` : '';
  return `${ledgerStem(ledgerFile)}.sao-luu.${fileStamp(now)}${suffix}.${SLUG[reason]}.db`;
}

/** A free path for a new backup in `directory`. */
export function newBackupPath(directory: string, ledgerFile: string, reason: BackupReason, now: number): string {
  for (let attempt = 0; ; attempt++) {
    const path = join(directory, backupFileName(ledgerFile, reason, now, attempt));
    if (!existsSync(path)) return path;
  }
}

export function parseBackupFileName(ledgerFile: string, name: string): { reason: BackupReason; takenAt: number } | null {
  const m = namePattern(ledgerFile).exec(name);
  if (!m) return null;
  const takenAt = parseFileStamp(m[1] ?? '');
  const reason = (Object.keys(SLUG) as BackupReason[]).find((r) => SLUG[r] === m[3]);
  return takenAt === null || reason === undefined ? null : { reason, takenAt };
}

/** The backups of this ledger in `directory`, newest first; [] when the folder is absent. */
export function listBackupFiles(ledgerFile: string, directory: string): BackupFile[] {
  if (!existsSync(directory)) return [];
  const found: BackupFile[] = [];
  for (const name of readdirSync(directory)) {
    const parsed = parseBackupFileName(ledgerFile, name);
    if (!parsed) continue;
    const file = join(directory, name);
    found.push({ file, directory, ...parsed, bytes: statSync(file).size });
  }
  return found.sort((a, b) => b.takenAt - a.takenAt || b.file.localeCompare(a.file));
}
