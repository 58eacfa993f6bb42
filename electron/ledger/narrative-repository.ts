// The chairman's free text of the narrative report, per period (migration 003).
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { type AuditContext, stampOf } from './audit';

export interface NarrativeSection {
  heading: string;
  text: string;
}

const sectionsSchema = z.array(z.object({ heading: z.string(), text: z.string() }));

export interface NarrativeRepository {
  find(periodKey: string): NarrativeSection[] | null;
  save(periodKey: string, sections: readonly NarrativeSection[], ctx: AuditContext): void;
}

export function createNarrativeRepository(db: Database.Database): NarrativeRepository {
  const get = db.prepare<[string], { sections: string }>('SELECT sections FROM report_narratives WHERE period_key = ?');
  const put = db.prepare(
    `INSERT INTO report_narratives (period_key, sections, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (period_key) DO UPDATE SET sections = excluded.sections, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  return {
    find: (key) => {
      const row = get.get(key);
      return row ? sectionsSchema.parse(JSON.parse(row.sections)) : null;
    },
    save: (key, sections, ctx) => {
      put.run(key, JSON.stringify(sectionsSchema.parse(sections)), stampOf(ctx), ctx.actor);
    },
  };
}
