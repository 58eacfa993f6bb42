// Positions a deep page of the ledger without stepping over every line before it. The ledger screen asks
// for lines k … k+99 of a filtered list, newest first; SQLite reaches line k only by walking k index
// entries. The month counts (migration 010) say how many dossiers each month holds for the filters the
// counts cover (field, channel, ended or pending, a reception period), so the month holding line k is
// found by adding up at most a few thousand counts, newest month first; the page is then read with an
// upper bound at the end of that month and an offset within it — the same lines, in the same order.
import type Database from 'better-sqlite3';
import { type DayNumber, dayFromYmd, isoFromDay } from '../../shared/time/day';
import type { DossierListFilter, SqlParams } from './dossier-query';
import { MONTH_COUNTS_TABLE } from './migrations/010-month-counts';

/** Below this offset, stepping over the lines costs about as much as adding up the counts. */
export const JUMP_FROM_OFFSET = 5_000;

/** A page request with the same lines as the original one, but an upper bound and a small offset. */
export interface PagePosition {
  filter: DossierListFilter;
  offset: number;
}

export interface PageJumper {
  /**
   * The bounded request for line `offset` of the filtered list; `past_end` when the list has no such
   * line; null when the counts do not cover the filter (search text, overdue, waiting for the citizen)
   * or the offset is small, so the page is read by offset as it is. Call inside the page's read
   * transaction, so the counts and the page see the same ledger.
   */
  position(filter: DossierListFilter, offset: number): PagePosition | 'past_end' | null;
}

interface MonthCount {
  month: string;
  n: number;
}

const monthOf = (day: DayNumber) => isoFromDay(day).slice(0, 7);

function daysOf(month: string): { first: DayNumber; last: DayNumber } {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { first: dayFromYmd(year, m, 1), last: dayFromYmd(year, m + 1, 1) - 1 };
}

function covered(filter: DossierListFilter): boolean {
  const text = filter.text !== undefined && filter.text.trim() !== '';
  const status = filter.status === undefined || filter.status === 'pending' || filter.status === 'ended';
  return !text && filter.overdueAt === undefined && status;
}

/**
 * `count` counts the dossiers a filter selects (the repository's count, used for months a period cuts);
 * `fromOffset`: the smallest offset worth a jump (tests lower it to compare jumps with plain offsets).
 */
export function createPageJumper(
  db: Database.Database,
  count: (filter: DossierListFilter) => number,
  fromOffset = JUMP_FROM_OFFSET,
): PageJumper {
  const statements = new Map<string, Database.Statement<[SqlParams], MonthCount>>();

  function monthCounts(filter: DossierListFilter): MonthCount[] {
    const terms: string[] = [];
    const params: SqlParams = {};
    if (filter.field !== undefined) {
      terms.push('field = @field');
      params.field = filter.field;
    }
    if (filter.channel !== undefined) {
      terms.push('channel = @channel');
      params.channel = filter.channel;
    }
    if (filter.status !== undefined) terms.push(`ended = ${filter.status === 'ended' ? 1 : 0}`);
    if (filter.receivedFrom !== undefined) {
      terms.push('month >= @fromMonth');
      params.fromMonth = monthOf(filter.receivedFrom);
    }
    if (filter.receivedTo !== undefined) {
      terms.push('month <= @toMonth');
      params.toMonth = monthOf(filter.receivedTo);
    }
    const sql = `SELECT month, sum(n) AS n FROM ${MONTH_COUNTS_TABLE} ${terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : ''} GROUP BY month ORDER BY month DESC`;
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<[SqlParams], MonthCount>(sql);
      statements.set(sql, statement);
    }
    return statement.all(params);
  }

  return {
    position(filter, offset) {
      if (offset < fromOffset || !covered(filter)) return null;
      let skipped = 0;
      for (const { month, n } of monthCounts(filter)) {
        if (n <= 0) continue;
        const { first, last } = daysOf(month);
        const from = Math.max(first, filter.receivedFrom ?? first);
        const to = Math.min(last, filter.receivedTo ?? last);
        // a reception period that starts or ends inside the month: count that part of it
        const inMonth = from > first || to < last ? count({ ...filter, receivedFrom: from, receivedTo: to }) : n;
        if (skipped + inMonth > offset) return { filter: { ...filter, receivedTo: to }, offset: offset - skipped };
        skipped += inMonth;
      }
      return 'past_end';
    },
  };
}
