// The saved column mappings of foreign dossier lists, by name (migration 019). The ledger keeps the JSON;
// its meaning and checks belong to the importer (electron/import/foreign/mapping.ts).
import type Database from 'better-sqlite3';
import { type AuditContext, stampOf } from './audit';

export interface ImportProfile {
  name: string;
  /** The mapping as saved (JSON text). */
  mapping: string;
  updatedAt: string;
}

export interface ImportProfileRepository {
  find(name: string): ImportProfile | null;
  list(): ImportProfile[];
  /** Creates or replaces the profile of that name. */
  save(name: string, mapping: string, ctx: AuditContext): ImportProfile;
}

interface ProfileRow {
  name: string;
  mapping: string;
  updated_at: string;
}

const toProfile = (row: ProfileRow): ImportProfile => ({ name: row.name, mapping: row.mapping, updatedAt: row.updated_at });

export function createImportProfileRepository(db: Database.Database): ImportProfileRepository {
  const select = db.prepare<[string], ProfileRow>('SELECT name, mapping, updated_at FROM import_profiles WHERE name = ?');
  const selectAll = db.prepare<[], ProfileRow>('SELECT name, mapping, updated_at FROM import_profiles ORDER BY name');
  const upsert = db.prepare<[string, string, string, string]>(
    `INSERT INTO import_profiles(name, mapping, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  return {
    find: (name) => {
      const row = select.get(name.trim());
      return row ? toProfile(row) : null;
    },
    list: () => selectAll.all().map(toProfile),
    save: (name, mapping, ctx) => {
      const at = stampOf(ctx);
      upsert.run(name.trim(), mapping, at, ctx.actor);
      return { name: name.trim(), mapping, updatedAt: at };
    },
  };
}
