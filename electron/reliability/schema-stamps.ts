// Which app version first wrote each schema version of a ledger, kept in the ledger's settings table
// (one JSON object under its own key, beside the office's settings). An older app that meets a newer
// ledger can then say which version of Sổ Một Cửa to install, not just a schema number.
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { type AuditContext, schemaVersionOf } from '../ledger';
import { stampOf } from '../ledger/audit';

export const APP_VERSION_STAMP_KEY = 'app_versions_by_schema';

const stampsSchema = z.record(z.string(), z.string());

function hasSettingsTable(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'settings'").get() !== undefined;
}

/**
 * `{ "2": "0.1.0", … }`. A ledger without the record (made before it existed) gives {}; so does an
 * unreadable record, which only ever serves as a hint in a message.
 */
export function readAppVersionStamps(db: Database.Database): Record<string, string> {
  if (!hasSettingsTable(db)) return {};
  const raw = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(APP_VERSION_STAMP_KEY);
  if (raw === undefined) return {};
  const parsed = stampsSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : {};
}

/** Records the app version for the ledger's current schema version, once. True when it wrote. */
export function stampAppVersion(db: Database.Database, appVersion: string, ctx: AuditContext): boolean {
  const version = String(schemaVersionOf(db));
  const stamps = readAppVersionStamps(db);
  if (stamps[version] !== undefined) return false;
  db.prepare(
    `INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(APP_VERSION_STAMP_KEY, JSON.stringify({ ...stamps, [version]: appVersion }), stampOf(ctx), ctx.actor);
  return true;
}

/** The app version that wrote `schemaVersion`, when recorded. */
export function appVersionFor(stamps: Record<string, string>, schemaVersion: number): string | null {
  return stamps[String(schemaVersion)] ?? null;
}
