// Acknowledged changes found missing at start-up (issue 15 §1) are not a note that one click or one new
// dossier makes go away: the start-up check can see a loss only once (opening the ledger removes the
// leftover -shm, the next acknowledged write rewrites the commit stamp), so what it found is written into
// the ledger itself (its settings table, one JSON record under its own key) and shown at every start —
// at the desk and on the command line — until an officer says it has been dealt with. That answer is
// recorded too (who, when), and the ledger as it then is becomes the reference for the commit stamp.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { type AuditContext, stampOf } from '../ledger/audit';
import { resetCommitStamp } from './commit-stamp';

export const LOSS_WARNINGS_KEY = 'missing_changes_warnings';

/** How many acknowledged warnings are kept (the latest ones), as the record of who dealt with them. */
const KEEP_ACKNOWLEDGED = 20;

const warning = z.object({
  /** Epoch milliseconds of the start-up check that found it. */
  at: z.number().int(),
  /** The start-up check's message (Vietnamese: what is missing and how to recover it). */
  message: z.string(),
  missing: z.number().int().nullable(),
});
export type LossWarning = z.output<typeof warning>;

const record = z.object({
  pending: z.array(warning),
  acknowledged: z.array(warning.extend({ acknowledgedAt: z.number().int(), acknowledgedBy: z.string() })),
});
type LossRecord = z.output<typeof record>;

const EMPTY: LossRecord = { pending: [], acknowledged: [] };

function hasSettingsTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'").get() !== undefined;
}

function readRecord(db: Database.Database): LossRecord {
  if (!hasSettingsTable(db)) return EMPTY;
  const raw = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(LOSS_WARNINGS_KEY);
  if (raw === undefined) return EMPTY;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const checked = record.safeParse(parsed);
  // A record that cannot be read still says a loss was found: the warning stays, with no detail.
  return checked.success ? checked.data : { pending: [{ at: 0, message: UNREADABLE_RECORD, missing: null }], acknowledged: [] };
}

const UNREADABLE_RECORD =
  'Sổ dữ liệu ghi nhận có lần khởi động đã phát hiện hồ sơ đã ghi và xác nhận bị mất, nhưng không đọc được chi tiết. ' +
  'Hãy kiểm tra sổ giấy và nhập lại các hồ sơ tiếp nhận gần đây nếu thiếu.';

function writeRecord(db: Database.Database, value: LossRecord, ctx: AuditContext): void {
  db.prepare(
    `INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(LOSS_WARNINGS_KEY, JSON.stringify(value), stampOf(ctx), ctx.actor);
}

/** The warnings no officer has acknowledged yet, oldest first. */
export function pendingLossWarnings(db: Database.Database): LossWarning[] {
  return readRecord(db).pending;
}

/** Keeps a loss the start-up check found, once (the same finding at the next start is not added again). True when written. */
export function recordLossWarning(db: Database.Database, found: LossWarning, ctx: AuditContext): boolean {
  if (!hasSettingsTable(db)) return false;
  const current = readRecord(db);
  if (current.pending.some((w) => w.message === found.message)) return false;
  writeRecord(db, { ...current, pending: [...current.pending, found] }, ctx);
  return true;
}

/**
 * An officer has dealt with the pending warnings (looked for the -wal, re-entered what was missing): they
 * are kept as acknowledged, by whom and when, and the commit stamp is reset to the ledger as it is, so the
 * same loss is not found again. Returns how many were acknowledged.
 */
export function acknowledgeLossWarnings(db: Database.Database, ledgerFile: string, ctx: AuditContext & { at: Date }): number {
  const acknowledge = db.transaction(() => {
    const current = readRecord(db);
    if (current.pending.length === 0) return 0;
    const done = current.pending.map((w) => ({ ...w, acknowledgedAt: ctx.at.getTime(), acknowledgedBy: ctx.actor }));
    writeRecord(db, { pending: [], acknowledged: [...current.acknowledged, ...done].slice(-KEEP_ACKNOWLEDGED) }, ctx);
    return done.length;
  });
  const count = acknowledge.immediate();
  if (count > 0) resetCommitStamp(db, ledgerFile, ctx.at.getTime());
  return count;
}
