// The start-up part of the API contract: what the start-up check found and the way forward, the backups
// (automatic, into configured folders such as a USB drive) and restoring from one of them.
import { z } from 'zod';
import type { WholeNumberRule } from '../format/whole-number-text';
import { uploadDto, wholeNumber } from './common';

export const STARTUP_ACTION_KINDS = [
  'restore-backup',
  'choose-backup-file',
  'restore-encrypted-backup',
  'choose-other-ledger',
  'create-new-ledger',
  'install-newer-app',
  'fix-clock',
  'confirm-clock',
  'read-only',
  'connect-backup-drive',
  'check-backup-settings',
  'free-disk-space',
  'check-write-permission',
  'recover-wal',
] as const;

export const STARTUP_PROBLEM_KINDS = [
  'missing',
  'empty',
  'unreadable',
  'not-a-ledger',
  'corrupt',
  'too-new',
  'clock-behind',
  'upgrade-pending',
  'backup-folder-unavailable',
  'backup-config-invalid',
  'disk-full',
  'read-only-ledger',
  'changes-missing',
] as const;

export const backupEntryView = z.object({
  file: z.string(),
  directory: z.string(),
  /** Vietnamese, e.g. "sao lưu hằng ngày". */
  reasonLabel: z.string(),
  /** "16:05 ngày 07/03/2024". */
  takenAtText: z.string(),
  good: z.boolean(),
  /** The full integrity check: passed, failed, or not run yet (listing does not run it; a restore does). */
  integrity: z.enum(['ok', 'damaged', 'unchecked']),
  dossiers: z.number().int().nullable(),
  /** Why it cannot be restored from (Vietnamese), when not good. */
  problem: z.string().nullable(),
});
export type BackupEntryView = z.output<typeof backupEntryView>;

export const startupProblemView = z.object({
  kind: z.enum(STARTUP_PROBLEM_KINDS),
  severity: z.enum(['blocking', 'confirm', 'info']),
  message: z.string(),
  actions: z.array(z.object({ kind: z.enum(STARTUP_ACTION_KINDS), label: z.string(), backupFile: z.string().nullable() })),
  /** For a damaged or too-new ledger: every backup found, newest first. */
  backups: z.array(backupEntryView),
  /** For a too-new ledger: the app version that wrote it, when recorded. */
  requiredAppVersion: z.string().nullable(),
});
export type StartupProblemView = z.output<typeof startupProblemView>;

export const startupView = z.object({
  /**
   * blocked: the ledger cannot be opened until a way forward is taken; confirm: it is open, but nothing
   * may be logged until the clock is fixed or confirmed; ready: open for work; upgrading: the first start
   * after an upgrade is backing up and upgrading the ledger (`work` says what), ask again shortly.
   */
  phase: z.enum(['blocked', 'confirm', 'ready', 'upgrading']),
  ledgerFile: z.string(),
  appVersion: z.string(),
  problems: z.array(startupProblemView),
  /** Why opening failed beyond the diagnosis (e.g. no backup could be written before an upgrade). */
  failure: z.string().nullable(),
  /** What start-up did, to tell the desk (backups taken before an upgrade, folders skipped …). */
  notes: z.array(z.string()),
  /**
   * Acknowledged changes found missing (a -wal deleted after a crash …), kept in the ledger and shown at
   * every start until an officer acknowledges them (startup.acknowledgeLosses): never a note to dismiss.
   */
  lossWarnings: z.array(z.object({ foundAtText: z.string(), message: z.string() })),
  /** While upgrading: what is being done (Vietnamese), and how far when it can be counted (total > 0). */
  work: z.object({ title: z.string(), label: z.string(), done: z.number().int(), total: z.number().int() }).nullable(),
});
export type StartupView = z.output<typeof startupView>;

const folder = z
  .string('Đường dẫn thư mục sao lưu phải là chữ.')
  .max(500, 'Đường dẫn thư mục sao lưu dài quá 500 ký tự.')
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, 'Đường dẫn thư mục sao lưu không được để trống.')
  .refine((s) => !/[\u0000-\u001f]/.test(s), 'Đường dẫn thư mục sao lưu có ký tự không hợp lệ.');

/** How many backups of each kind a folder keeps (the settings form checks it at the field, the API the same). */
export const BACKUP_KEEP_RULE: WholeNumberRule = { label: 'Số bản sao lưu giữ lại', min: 1, max: 365 };

export const backupSettingsInput = z.strictObject({
  directories: z.array(folder, 'Danh sách thư mục sao lưu không hợp lệ.').min(1, 'Cần ít nhất một thư mục sao lưu.').max(5, 'Tối đa 5 thư mục sao lưu.'),
  keep: wholeNumber(BACKUP_KEEP_RULE.label, BACKUP_KEEP_RULE.min, BACKUP_KEEP_RULE.max),
});

/** A full integrity check of the ledger (integrity_check: every page and every index): when, and what it found. */
export const integrityCheckView = z.object({
  atText: z.string(),
  ok: z.boolean(),
  /** Vietnamese: what it means. */
  summary: z.string(),
  /** SQLite's own words when not ok (technical details, for whoever repairs it). */
  detail: z.array(z.string()),
  seconds: z.number(),
});
export type IntegrityCheckView = z.output<typeof integrityCheckView>;

export const backupSettingsView = z.object({
  /** As configured (absolute, or relative to the ledger's folder). */
  directories: z.array(z.string()),
  /** The same folders as absolute paths, each with whether it can be reached now. */
  folders: z.array(z.object({ path: z.string(), available: z.boolean() })),
  keep: z.number().int(),
  /** The configuration file cannot be used: the defaults apply meanwhile (Vietnamese). */
  problem: z.string().nullable(),
  backups: z.array(backupEntryView),
  /** The latest automatic backup run while the app was open. */
  lastAutomatic: z.object({ atText: z.string(), ok: z.boolean(), lines: z.array(z.string()) }).nullable(),
  /** The latest full integrity check while the app was open (in the background after start-up, or on demand). */
  lastIntegrity: integrityCheckView.nullable(),
});
export type BackupSettingsView = z.output<typeof backupSettingsView>;

export const backupNowView = z.object({ written: z.number().int(), lines: z.array(z.string()), settings: backupSettingsView });

export const integrityCheckOutcome = z.object({ check: integrityCheckView, settings: backupSettingsView });

/** The chairman's PIN, when the backup predates a sign-off of the current ledger (error `needs_chairman_pin`). */
export const restorePin = z.string('Mã PIN phải là chữ số.').max(64, 'Mã PIN quá dài.').optional();

export const restoreFromInput = z.strictObject({
  backupFile: z.string('Tệp sao lưu phải là đường dẫn.').min(1, 'Hãy chọn bản sao lưu.').max(1000, 'Đường dẫn tệp sao lưu dài quá 1000 ký tự.'),
  chairmanPin: restorePin,
});

export const restoreUploadInput = uploadDto.extend({ chairmanPin: restorePin });
/** Desktop app: the path the native dialog handed out (backup.chooseFile), kept for a retry with the PIN. */
export const restoreChosenInput = z.strictObject({
  path: z.string('Tệp sao lưu phải là đường dẫn.').min(1, 'Hãy chọn tệp sao lưu.').max(1000, 'Đường dẫn tệp sao lưu dài quá 1000 ký tự.'),
  chairmanPin: restorePin,
});

export const restoreOutcome = z.object({
  dossiers: z.number().int(),
  restoredFrom: z.string(),
  /** The previous ledger's files, renamed aside (never deleted). */
  keptOldAs: z.array(z.string()),
  /** Vietnamese lines: the safety backup taken first, the files kept. */
  lines: z.array(z.string()),
  startup: startupView,
});
export type RestoreOutcomeView = z.output<typeof restoreOutcome>;
