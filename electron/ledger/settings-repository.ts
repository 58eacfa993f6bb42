// Reads and writes the office's settings (settings.ts) in the settings table.
import type Database from 'better-sqlite3';
import { type AuditContext, stampOf } from './audit';
import { LedgerValidationError } from './errors';
import { DEFAULT_SETTINGS, type LedgerSettings, SETTING_KEYS, SETTING_NAMES, type SettingName, checkSetting } from './settings';

export interface SettingsRepository {
  /** Every setting, with defaults for those never set (or unreadable). */
  get(): LedgerSettings;
  /** Validates every given value first (all problems in one Vietnamese message), then writes them together. */
  update(patch: Partial<LedgerSettings>, ctx: AuditContext): LedgerSettings;
}

interface SettingRow {
  key: string;
  value: string;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function createSettingsRepository(db: Database.Database): SettingsRepository {
  const selectAll = db.prepare<[], SettingRow>('SELECT key, value FROM settings');
  const upsert = db.prepare<[string, string, string, string]>(
    `INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );

  function get(): LedgerSettings {
    const stored = new Map(selectAll.all().map((r) => [r.key, r.value]));
    const settings: LedgerSettings = { ...DEFAULT_SETTINGS };
    for (const name of SETTING_NAMES) {
      const raw = stored.get(SETTING_KEYS[name]);
      if (raw === undefined) continue;
      assign(settings, name, parseJson(raw));
    }
    return settings;
  }

  function assign<K extends SettingName>(settings: LedgerSettings, name: K, value: unknown): void {
    const check = checkSetting(name, value);
    if (check.ok) settings[name] = check.value;
  }

  const write = db.transaction((entries: Array<[SettingName, unknown]>, at: string, actor: string) => {
    for (const [name, value] of entries) upsert.run(SETTING_KEYS[name], JSON.stringify(value), at, actor);
  });

  function update(patch: Partial<LedgerSettings>, ctx: AuditContext): LedgerSettings {
    const entries: Array<[SettingName, unknown]> = [];
    const problems: string[] = [];
    for (const name of SETTING_NAMES) {
      if (!(name in patch) || patch[name] === undefined) continue;
      const check = checkSetting(name, patch[name]);
      if (check.ok) entries.push([name, check.value]);
      else problems.push(check.message);
    }
    if (problems.length > 0) throw new LedgerValidationError(problems.join(' '));
    write.immediate(entries, stampOf(ctx), ctx.actor);
    return get();
  }

  return { get, update };
}
