// The dossiers: log one (with its first history event), change one (a diff, a version bump and a
// history event, all in one transaction), read them back, page through the ledger, search, and hand the
// report the rule facts it needs.
import type Database from 'better-sqlite3';
import { parseDossierCode } from '../../shared/dossier/dossier-code';
import { type DayNumber, isoFromDay } from '../../shared/time/day';
import { type AuditContext, stampOf } from './audit';
import { createDossierCodeAllocator } from './dossier-code-allocator';
import { newDossierId } from './dossier-id';
import { type DossierCursor, type DossierListFilter, whereOf } from './dossier-query';
import type { DossierListItem, DossierPatch, DossierRecord, NewDossier, ReportRow } from './dossier-record';
import {
  type DossierChanges,
  type DossierRow,
  FACTS_COLUMNS,
  type FactsRow,
  LIST_COLUMNS,
  type ListRow,
  diffRows,
  fromRow,
  toListItem,
  toReportRow,
  toRow,
} from './dossier-row';
import { DossierNotFoundError, DossierVersionConflictError, DuplicateDossierCodeError, LedgerValidationError } from './errors';
import { createHistoryRepository } from './history-repository';
import { definedOnly, newDossierRecord } from './new-dossier';
import { JUMP_FROM_OFFSET, createPageJumper } from './page-jump';
import { NUMBER_SUBSTRINGS_TABLE } from './migrations/022-number-substrings';
import { presentDossierColumns } from './present-columns';
import { createProcedureNameSearch } from './procedure-name-search';
import { ftsMatchExpression, numberPartMatchExpression } from './search-query';
import { createSettingsRepository } from './settings-repository';

export interface DossierWriteContext extends AuditContext {
  /** History action; default `create` for insert, `update` for update. */
  action?: string;
  /** The import batch making the change. */
  batchId?: number | null;
  /** Facts kept in the history beside the column changes that are not dossier columns (see DossierUpdateContext). */
  details?: DossierChanges;
}

export interface DossierUpdateContext extends DossierWriteContext {
  /** Refuse the change (DossierVersionConflictError) unless the dossier is still at this version. */
  expectedVersion?: number;
  /**
   * Facts of the event that are not columns (who the dossier was handed to, the reason of a correction),
   * kept in the history beside the column changes; with details an event is recorded even when no column changes.
   */
  details?: DossierChanges;
}

export interface DossierPageRequest {
  filter?: DossierListFilter;
  /** 1–500, default 50. */
  limit?: number;
  /** The `next` of the previous page; null or absent for the first page. */
  after?: DossierCursor | null;
  /** Lines to skip (after `after`): lets a scrolled list jump to any line of a long ledger. */
  offset?: number;
}

export interface DossierPage {
  items: DossierListItem[];
  /** Pass as `after` for the next page; null on the last page. */
  next: DossierCursor | null;
}

export interface DossierRepository {
  /** Logs a dossier (issuing the desk's next code when none is given). */
  insert(input: NewDossier, ctx: DossierWriteContext): DossierRecord;
  /**
   * Applies a patch. Nothing changes (no version, no history) when every patched value equals the stored
   * one; otherwise the version grows by one and the history gets { column: [old, new] }.
   */
  update(id: string, patch: DossierPatch, ctx: DossierUpdateContext): DossierRecord;
  getById(id: string): DossierRecord | null;
  getByCode(code: string): DossierRecord | null;
  /** The dossiers that have one of these codes, by code, read in one statement (an import's plan looks up every line at once). */
  findByCodes(codes: readonly string[]): Map<string, DossierRecord>;
  /**
   * A page of the ledger, newest reception first. With `after`, constant cost per page (keyset); by a deep
   * `offset` alone, the month counts find the month holding it, so the cost stays that of one month.
   */
  listPage(request?: DossierPageRequest): DossierPage;
  count(filter?: DossierListFilter): number;
  /**
   * The search box: dossiers whose code, applicant name, identity number or phone match every typed word
   * (diacritics and case ignored, words as prefixes); whole-word matches first, then the rest, newest first;
   * then the dossiers whose identity number or phone ends with the typed digits, then those of the
   * procedures the words name ("khai sinh").
   */
  searchDossiers(query: string, limit?: number): DossierListItem[];
  /**
   * The alerts: pending dossiers whose effective due day is on or before `day` (due today, or overdue),
   * soonest first. Dossiers waiting for the citizen have no due day and are not listed.
   */
  listDueBy(day: DayNumber, limit?: number): DossierListItem[];
  /** Rule facts (no personal data) of the dossiers received up to `toDay` and not ended before `fromDay`. */
  rowsForReport(fromDay: DayNumber, toDay: DayNumber): ReportRow[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
const DEFAULT_SEARCH_LIMIT = 20;

const clampLimit = (limit: number | undefined, fallback: number) =>
  Math.min(MAX_PAGE, Math.max(1, Math.floor(limit ?? fallback)));

export interface DossierRepositoryOptions {
  /** The smallest page offset positioned by the month counts (page-jump.ts); tests lower it. */
  jumpFromOffset?: number;
}

export function createDossierRepository(db: Database.Database, options: DossierRepositoryOptions = {}): DossierRepository {
  const jumpFromOffset = options.jumpFromOffset ?? JUMP_FROM_OFFSET;
  const settings = createSettingsRepository(db);
  const history = createHistoryRepository(db);
  const allocateCode = createDossierCodeAllocator(db);

  const columns = presentDossierColumns(db);
  const columnList = columns.join(', ');
  const insertRow = db.prepare<DossierRow>(`INSERT INTO dossiers(${columnList}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
  const updateRow = db.prepare<DossierRow & { expected_version: number }>(
    `UPDATE dossiers SET ${columns.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')}
     WHERE id = @id AND version = @expected_version`,
  );
  const byId = db.prepare<[string], DossierRow>(`SELECT ${columnList} FROM dossiers WHERE id = ?`);
  const byCode = db.prepare<[string], DossierRow>(`SELECT ${columnList} FROM dossiers WHERE code = ?`);
  const byCodes = db.prepare<[string], DossierRow>(`SELECT ${columnList} FROM dossiers WHERE code IN (SELECT value FROM json_each(?))`);
  // received_at (in the index) rather than received_day, so the index alone decides which rows to read
  const reportRows = db.prepare<{ from: DayNumber; before: string }, FactsRow>(
    `SELECT ${FACTS_COLUMNS.filter((c) => columns.includes(c)).join(', ')} FROM dossiers INDEXED BY dossiers_end_received_at
     WHERE end_key >= @from AND received_at < @before ORDER BY received_at, row_id`,
  );
  const dueBy = db.prepare<{ day: DayNumber; limit: number }, ListRow>(
    `SELECT ${LIST_COLUMNS} FROM dossiers d INDEXED BY dossiers_pending_due
     WHERE d.ended_day IS NULL AND d.returned_day IS NULL AND d.due_day <= @day
     ORDER BY d.due_day, d.received_at, d.row_id LIMIT @limit`,
  );
  const searchSql =
    `SELECT ${LIST_COLUMNS} FROM (SELECT rowid AS r FROM dossier_search WHERE dossier_search MATCH @match ORDER BY rowid DESC LIMIT @limit) AS s
     JOIN dossiers d ON d.row_id = s.r ORDER BY d.row_id DESC`;
  const partSearchSql =
    `SELECT ${LIST_COLUMNS} FROM (SELECT rowid AS r FROM ${NUMBER_SUBSTRINGS_TABLE} WHERE ${NUMBER_SUBSTRINGS_TABLE} MATCH @match ORDER BY rowid DESC LIMIT @limit) AS s
     JOIN dossiers d ON d.row_id = s.r ORDER BY d.row_id DESC`;
  const procedureRowsSql = `SELECT row_id FROM dossiers INDEXED BY dossiers_procedure_row WHERE procedure_code = @code ORDER BY row_id DESC LIMIT @limit`;
  const rowsByIdSql = `SELECT ${LIST_COLUMNS} FROM dossiers d WHERE d.row_id IN (SELECT value FROM json_each(@rows)) ORDER BY d.row_id DESC`;
  const procedureNames = createProcedureNameSearch(db);
  // a repository may be opened on a ledger older than migrations 016/022 (tests of older migrations)
  const known = (name: string) => db.prepare<[string], number>('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get(name) === 1;
  const numberParts = known(NUMBER_SUBSTRINGS_TABLE);
  const procedureIndex = known('dossiers_procedure_row');
  const alternativesOf = (text: string | undefined) => ({ numberParts, procedureCodes: procedureIndex ? procedureNames.codesFor(text) : [] });

  const insertTx = db.transaction((input: NewDossier, ctx: DossierWriteContext): DossierRecord => {
    const at = stampOf(ctx);
    const id = input.id?.toLowerCase() ?? newDossierId();
    if (!UUID.test(id)) throw new LedgerValidationError(`Mã định danh hồ sơ "${id}" không hợp lệ (phải là UUID).`);
    let code = input.code?.trim();
    let desk = input.desk ?? null;
    if (code === undefined || code === '') {
      const s = settings.get();
      desk = desk ?? s.deskNumber;
      code = allocateCode({ unitCode: s.unitCode, desk, day: input.receivedAt.day });
    } else {
      if (byCode.get(code)) throw new DuplicateDossierCodeError(code);
      desk = desk ?? parseDossierCode(code)?.desk ?? null;
    }
    const record = newDossierRecord(input, id, code, desk, at, ctx.actor);
    const row = toRow(record);
    insertRow.run(row);
    history.append({
      dossierId: id,
      version: 1,
      at,
      actor: ctx.actor,
      action: ctx.action ?? 'create',
      changes: { ...diffRows(null, row), ...ctx.details },
      batchId: ctx.batchId ?? null,
    });
    return fromRow(row);
  });

  const updateTx = db.transaction((id: string, patch: DossierPatch, ctx: DossierUpdateContext): DossierRecord => {
    const beforeRow = byId.get(id);
    if (!beforeRow) throw new DossierNotFoundError(id);
    if (ctx.expectedVersion !== undefined && ctx.expectedVersion !== beforeRow.version) {
      throw new DossierVersionConflictError(beforeRow.code, ctx.expectedVersion, beforeRow.version);
    }
    const before = fromRow(beforeRow);
    const { version, createdAt, createdBy, updatedAt, updatedBy } = before;
    const candidate = toRow({ ...before, ...definedOnly(patch), id: before.id, version, createdAt, createdBy, updatedAt, updatedBy });
    const changes = { ...diffRows(beforeRow, candidate), ...ctx.details };
    if (Object.keys(changes).length === 0) return before;
    if (candidate.code !== beforeRow.code && byCode.get(candidate.code)) throw new DuplicateDossierCodeError(candidate.code);
    const at = stampOf(ctx);
    const next = version + 1;
    const afterRow: DossierRow = { ...candidate, version: next, updated_at: at, updated_by: ctx.actor };
    const info = updateRow.run({ ...afterRow, expected_version: version });
    if (info.changes !== 1) throw new DossierVersionConflictError(beforeRow.code, version, next);
    history.append({ dossierId: id, version: next, at, actor: ctx.actor, action: ctx.action ?? 'update', changes, batchId: ctx.batchId ?? null });
    return fromRow(afterRow);
  });

  const statements = new Map<string, Database.Statement<[Record<string, string | number>], unknown>>();
  function prepared<R>(sql: string): Database.Statement<[Record<string, string | number>], R> {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<[Record<string, string | number>], unknown>(sql);
      statements.set(sql, statement);
    }
    return statement as Database.Statement<[Record<string, string | number>], R>;
  }

  function readPage(filter: DossierListFilter, after: DossierCursor | null, offset: number, limit: number): DossierPage {
    const where = whereOf(filter, after, alternativesOf(filter.text));
    if (where.empty) return { items: [], next: null };
    const rows = prepared<ListRow>(
      `SELECT ${LIST_COLUMNS} FROM dossiers d ${where.index} ${where.sql} ORDER BY d.received_at DESC, d.row_id DESC LIMIT ${limit + 1} OFFSET @offset`,
    ).all({ ...where.params, offset });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toListItem),
      next: rows.length > limit && last ? { receivedAt: last.received_at, rowId: last.row_id } : null,
    };
  }

  // A deep page by offset: the month counts say which month holds it, so only that month is stepped over.
  const jumper = createPageJumper(db, count, jumpFromOffset);
  const jumpTx = db.transaction((filter: DossierListFilter, offset: number, limit: number): DossierPage => {
    const position = jumper.position(filter, offset);
    if (position === 'past_end') return { items: [], next: null };
    return readPage(position?.filter ?? filter, null, position?.offset ?? offset, limit);
  });

  function listPage(request: DossierPageRequest = {}): DossierPage {
    const limit = clampLimit(request.limit, DEFAULT_PAGE);
    const filter = request.filter ?? {};
    const after = request.after ?? null;
    const offset = Math.max(0, Math.floor(request.offset ?? 0));
    if (after === null && offset >= jumpFromOffset) return jumpTx(filter, offset, limit);
    return readPage(filter, after, offset, limit);
  }

  function count(filter: DossierListFilter = {}): number {
    const where = whereOf(filter, null, alternativesOf(filter.text));
    if (where.empty) return 0;
    return prepared<{ n: number }>(`SELECT count(*) AS n FROM dossiers d ${where.index} ${where.sql}`).get(where.params)?.n ?? 0;
  }

  function searchDossiers(query: string, limit = DEFAULT_SEARCH_LIMIT): DossierListItem[] {
    const n = clampLimit(limit, DEFAULT_SEARCH_LIMIT);
    const exact = ftsMatchExpression(query, 'exact');
    const prefix = ftsMatchExpression(query, 'prefix');
    if (exact === null || prefix === null) return [];
    const found = new Map<string, ListRow>();
    const add = (rows: ListRow[]) => {
      for (const row of rows) {
        if (found.size >= n) break;
        if (!found.has(row.id)) found.set(row.id, row);
      }
    };
    for (const match of [exact, prefix]) add(prepared<ListRow>(searchSql).all({ match, limit: n }));
    // then any part of a code, identity number or phone (after the whole words and their starts)
    const parts = numberParts ? numberPartMatchExpression(query) : null;
    if (parts !== null && found.size < n) add(prepared<ListRow>(partSearchSql).all({ match: parts, limit: n }));
    const codes = found.size < n ? alternativesOf(query).procedureCodes : [];
    if (codes.length > 0) {
      const rows = codes.flatMap((code) => prepared<{ row_id: number }>(procedureRowsSql).all({ code, limit: n }).map((r) => r.row_id));
      const newest = rows.sort((a, b) => b - a).slice(0, n);
      add(prepared<ListRow>(rowsByIdSql).all({ rows: JSON.stringify(newest) }));
    }
    return [...found.values()].map(toListItem);
  }

  return {
    insert: (input, ctx) => insertTx.immediate(input, ctx),
    update: (id, patch, ctx) => updateTx.immediate(id, patch, ctx),
    getById: (id) => {
      const row = byId.get(id);
      return row ? fromRow(row) : null;
    },
    getByCode: (code) => {
      const row = byCode.get(code.trim());
      return row ? fromRow(row) : null;
    },
    findByCodes: (codes) => new Map(byCodes.all(JSON.stringify(codes.map((c) => c.trim()))).map((row) => [row.code, fromRow(row)])),
    listPage,
    count,
    searchDossiers,
    listDueBy: (day, limit = MAX_PAGE) => dueBy.all({ day, limit: clampLimit(limit, MAX_PAGE) }).map(toListItem),
    rowsForReport: (fromDay, toDay) => reportRows.all({ from: fromDay, before: isoFromDay(toDay + 1) }).map(toReportRow),
  };
}
