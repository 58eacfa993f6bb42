// The working calendar the stored due dates were last computed with (migration 011): one row, replaced
// by each recompute. Derived data: the due dates themselves, with their history, are the record.
import type Database from 'better-sqlite3';
import { type AuditContext, stampOf } from './audit';

/** Days whose working status differs from the plain Monday–Friday week, over a range of years. */
export interface CalendarSignature {
  /** Fingerprint of what built the calendar (shipped data edition, office edits, notices). */
  inputs: string;
  fromYear: number;
  toYear: number;
  /** Monday–Friday days that are off. */
  off: number[];
  /** Saturdays and Sundays that are working days. */
  work: number[];
}

export interface CalendarAppliedRepository {
  /** Null on a ledger whose due dates predate the record (they followed the first data edition). */
  get(): CalendarSignature | null;
  set(signature: CalendarSignature, ctx: AuditContext): void;
}

function isSignature(value: unknown): value is CalendarSignature {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const days = (x: unknown) => Array.isArray(x) && x.every((d) => Number.isSafeInteger(d));
  return typeof v.inputs === 'string' && Number.isInteger(v.fromYear) && Number.isInteger(v.toYear) && days(v.off) && days(v.work);
}

export function createCalendarAppliedRepository(db: Database.Database): CalendarAppliedRepository {
  const select = db.prepare<[], { days: string }>('SELECT days FROM calendar_applied WHERE id = 1');
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO calendar_applied(id, days, applied_at, applied_by) VALUES (1, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET days = excluded.days, applied_at = excluded.applied_at, applied_by = excluded.applied_by`,
  );
  return {
    get() {
      const row = select.get();
      if (!row) return null;
      const parsed: unknown = JSON.parse(row.days);
      if (!isSignature(parsed)) throw new Error('calendar_applied holds an unreadable signature');
      return parsed;
    },
    set(signature, ctx) {
      upsert.run(JSON.stringify(signature), stampOf(ctx), ctx.actor);
    },
  };
}
