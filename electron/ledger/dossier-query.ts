// The WHERE clause of the ledger page, from its filters. Values are always bound parameters; only fixed
// SQL fragments are concatenated.
import type { Channel } from '../../shared/dossier/dossier';
import { type DayNumber, isoFromDay } from '../../shared/time/day';
import { OPEN_END_KEY } from './migrations/001-initial';
import { NUMBER_SUBSTRINGS_TABLE } from './migrations/022-number-substrings';
import { ftsMatchExpression, numberPartMatchExpression } from './search-query';

export type DossierStatus = 'pending' | 'ended' | 'awaiting_supplement';

export interface DossierListFilter {
  field?: string;
  channel?: Channel;
  /** pending = not ended; ended = result ready (or withdrawn / stopped / rejected); awaiting_supplement = waiting for the citizen. */
  status?: DossierStatus;
  /** Received on or after this day. */
  receivedFrom?: DayNumber;
  /** Received on or before this day. */
  receivedTo?: DayNumber;
  /**
   * Overdue at the end of this day (rules.md §5): received by then, not ended by then, effective due day
   * before it, and not waiting for the citizen now.
   */
  overdueAt?: DayNumber;
  /** The search box (see search-query.ts). */
  text?: string;
}

/** Position after the last line of a page: newest first, ties by insertion order. */
export interface DossierCursor {
  receivedAt: string;
  rowId: number;
}

export type SqlParams = Record<string, string | number>;

export interface WhereClause {
  /** `INDEXED BY …` when the filter selects few dossiers (pending, overdue) that the default order index would have to scan for. */
  index: string;
  sql: string;
  params: SqlParams;
  /** The text filter had no letter or digit: nothing can match. */
  empty: boolean;
}

/** How the search text also matches: the procedures it names, any part of a code or number. */
export interface TextAlternatives {
  /** The procedures the search text names (procedure-name-search.ts). */
  procedureCodes?: readonly string[];
  /** The ledger has the number-parts index (migration 022). */
  numberParts?: boolean;
}

export function whereOf(filter: DossierListFilter, after: DossierCursor | null = null, alternatives: TextAlternatives = {}): WhereClause {
  const procedureCodes = alternatives.procedureCodes ?? [];
  const terms: string[] = [];
  const params: SqlParams = {};
  let empty = false;
  if (filter.field !== undefined) {
    terms.push('d.field = @field');
    params.field = filter.field;
  }
  if (filter.channel !== undefined) {
    terms.push('d.channel = @channel');
    params.channel = filter.channel;
  }
  if (filter.status === 'pending' || filter.status === 'awaiting_supplement') {
    terms.push(`d.end_key = ${OPEN_END_KEY}`);
    if (filter.status === 'awaiting_supplement') terms.push('d.awaiting_supplement = 1');
  }
  if (filter.status === 'ended') terms.push(`d.end_key < ${OPEN_END_KEY}`);
  if (filter.receivedFrom !== undefined) {
    terms.push('d.received_at >= @receivedFrom');
    params.receivedFrom = isoFromDay(filter.receivedFrom);
  }
  if (filter.receivedTo !== undefined) {
    terms.push('d.received_at < @receivedBefore');
    params.receivedBefore = isoFromDay(filter.receivedTo + 1);
  }
  if (filter.overdueAt !== undefined) {
    terms.push('d.end_key > @overdueAt AND d.received_at < @overdueNextDay AND d.due_day < @overdueAt AND d.awaiting_supplement = 0');
    params.overdueAt = filter.overdueAt;
    params.overdueNextDay = isoFromDay(filter.overdueAt + 1);
  }
  if (filter.text !== undefined && filter.text.trim() !== '') {
    const match = ftsMatchExpression(filter.text);
    if (match === null) empty = true;
    else {
      const anyOf = ['d.row_id IN (SELECT rowid FROM dossier_search WHERE dossier_search MATCH @match)'];
      params.match = match;
      const parts = alternatives.numberParts === true ? numberPartMatchExpression(filter.text) : null;
      if (parts !== null) {
        anyOf.push(`d.row_id IN (SELECT rowid FROM ${NUMBER_SUBSTRINGS_TABLE} WHERE ${NUMBER_SUBSTRINGS_TABLE} MATCH @parts)`);
        params.parts = parts;
      }
      if (procedureCodes.length > 0) {
        anyOf.push('d.procedure_code IN (SELECT value FROM json_each(@procedureCodes))');
        params.procedureCodes = JSON.stringify(procedureCodes);
      }
      terms.push(anyOf.length === 1 ? anyOf[0] ?? '' : `(${anyOf.join(' OR ')})`);
    }
  }
  if (after !== null) {
    terms.push('(d.received_at, d.row_id) < (@afterReceivedAt, @afterRowId)');
    params.afterReceivedAt = after.receivedAt;
    params.afterRowId = after.rowId;
  }
  const sparse = filter.status === 'pending' || filter.status === 'awaiting_supplement' || filter.overdueAt !== undefined;
  return {
    index: sparse ? 'INDEXED BY dossiers_end_received_at' : '',
    sql: terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '',
    params,
    empty,
  };
}
