// The procedure catalogue: fields in catalogue order and procedures with dated versions. A new version
// closes the previous one the day before it starts, so at any day a code has at most one version; the
// dossiers keep their own snapshot of the rule, so editing the catalogue never moves a due date.
import type Database from 'better-sqlite3';
import type { Procedure, TimeUnit } from '../../shared/catalogue/procedure';
import { procedureLabel } from '../../shared/catalogue/procedure-code';
import { foldText } from '../../shared/text/fold';
import { type DayNumber, type IsoDate, dayFromIso, isoFromDay, parseIsoDate, viDate } from '../../shared/time/day';
import { type AuditContext, stampOf } from './audit';
import { isNationalCode, parseCatalogueCsv } from './catalogue-csv';
import { readDefaultCatalogueCsv } from './default-catalogue';
import { LedgerValidationError } from './errors';

export interface CatalogueField {
  name: string;
  sortOrder: number;
}

export interface CatalogueRepository {
  /** Whether no procedure has been stored yet. */
  isEmpty(): boolean;
  /** Stores the given procedures in order when the catalogue is empty; returns how many were stored (0 otherwise). */
  seed(procedures: readonly Procedure[], ctx: AuditContext): number;
  /** `seed` with the default catalogue CSV (assets/catalogue/procedures.csv, or the given text). */
  seedDefault(ctx: AuditContext, csvText?: string): number;
  /** Fields in catalogue order (the rows of the report). */
  fields(): CatalogueField[];
  /** The procedures in force on `day`, in catalogue order. */
  listActive(day: DayNumber): Procedure[];
  /** The version in force on `day`, or without a day the latest version. */
  findByCode(code: string, day?: DayNumber): Procedure | null;
  /**
   * The procedure with this name (in force on `day`, or latest versions): the exact name first (ignoring
   * spacing and Unicode form), else the one procedure whose name matches without diacritics or case.
   */
  findByName(name: string, day?: DayNumber): Procedure | null;
  /** Every version of a code, oldest first. */
  versionsOf(code: string): Procedure[];
  /** Every version of every procedure (retired ones too), in catalogue order. */
  allVersions(): Procedure[];
  /**
   * Adds a procedure or a new version of one. A new version needs `effectiveFrom` after the start of
   * every existing version; the version in force then is closed the day before.
   */
  addVersion(procedure: Procedure, ctx: AuditContext): Procedure;
  /**
   * Retires a procedure: no version is in force after `lastDay`. Refused when a version starts after it;
   * false when nothing was in force after it already. Who retired it is the caller's record (e.g. the
   * rules update that did, rules_updates); the versions keep their makers.
   */
  retire(code: string, lastDay: IsoDate): boolean;
}

interface ProcedureRow {
  code: string;
  name: string;
  field: string;
  time_value: number;
  time_unit: TimeUnit;
  cutoff_minute: number | null;
  note: string;
  confidence: Procedure['confidence'];
  effective_from: IsoDate | null;
  effective_to: IsoDate | null;
}

const PROCEDURE_COLUMNS = 'p.code, p.name, p.field, p.time_value, p.time_unit, p.cutoff_minute, p.note, p.confidence, p.effective_from, p.effective_to';
const CATALOGUE_ORDER = 'ORDER BY f.sort_order, p.sort_order, p.effective_from';
const ACTIVE_AT = '(p.effective_from IS NULL OR p.effective_from <= @day) AND (p.effective_to IS NULL OR p.effective_to >= @day)';
const LATEST = `NOT EXISTS (SELECT 1 FROM procedures q WHERE q.code = p.code AND COALESCE(q.effective_from, '') > COALESCE(p.effective_from, ''))`;

function toProcedure(row: ProcedureRow): Procedure {
  return {
    code: row.code,
    name: row.name,
    field: row.field,
    rule: { timeValue: row.time_value, timeUnit: row.time_unit, cutoffMinute: row.cutoff_minute, extraWorkingDays: 0 },
    note: row.note,
    confidence: row.confidence,
    effectiveFrom: row.effective_from,
    effectiveTo: row.effective_to,
  };
}

const normaliseName = (name: string) => name.normalize('NFC').replace(/\s+/gu, ' ').trim();

function checkDates(p: Procedure): void {
  for (const d of [p.effectiveFrom, p.effectiveTo]) {
    if (d !== null && parseIsoDate(d) === null) throw new LedgerValidationError(`Ngày hiệu lực "${d}" không hợp lệ (YYYY-MM-DD).`);
  }
  if (p.effectiveFrom !== null && p.effectiveTo !== null && p.effectiveTo < p.effectiveFrom) {
    throw new LedgerValidationError(`Thủ tục ${procedureLabel(p)}: ngày hết hiệu lực đứng trước ngày bắt đầu hiệu lực.`);
  }
}

export function createCatalogueRepository(db: Database.Database): CatalogueRepository {
  const count = db.prepare<[], number>('SELECT count(*) FROM procedures').pluck();
  const selectFields = db.prepare<[], CatalogueField>('SELECT name, sort_order AS sortOrder FROM fields ORDER BY sort_order, name');
  const fieldOrder = db.prepare<[string], number>('SELECT sort_order FROM fields WHERE name = ?').pluck();
  const insertField = db.prepare<[string]>('INSERT INTO fields(name, sort_order) VALUES (?, (SELECT COALESCE(MAX(sort_order), 0) + 1 FROM fields))');
  const codeOrder = db.prepare<[string], number>('SELECT sort_order FROM procedures WHERE code = ? LIMIT 1').pluck();
  const nextCodeOrder = db.prepare<[], number>('SELECT COALESCE(MAX(sort_order), 0) + 1 FROM procedures').pluck();
  const insertVersion = db.prepare<
    [string, number, string, string, number, number, TimeUnit, number | null, string, string, string | null, string | null, string, string]
  >(
    `INSERT INTO procedures(code, is_local_code, name, field, sort_order, time_value, time_unit, cutoff_minute, note, confidence,
       effective_from, effective_to, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const closeOpen = db.prepare<{ code: string; from: string; to: string }>(
    'UPDATE procedures SET effective_to = @to WHERE code = @code AND (effective_to IS NULL OR effective_to >= @from)',
  );
  const lastStart = db.prepare<[string], { n: number; last: string | null }>(
    'SELECT count(*) AS n, MAX(effective_from) AS last FROM procedures WHERE code = ?',
  );
  const selectActive = db.prepare<{ day: string }, ProcedureRow>(
    `SELECT ${PROCEDURE_COLUMNS} FROM procedures p JOIN fields f ON f.name = p.field WHERE ${ACTIVE_AT} ${CATALOGUE_ORDER}`,
  );
  const selectLatest = db.prepare<[], ProcedureRow>(`SELECT ${PROCEDURE_COLUMNS} FROM procedures p JOIN fields f ON f.name = p.field WHERE ${LATEST} ${CATALOGUE_ORDER}`);
  const selectCodeAt = db.prepare<{ code: string; day: string }, ProcedureRow>(
    `SELECT ${PROCEDURE_COLUMNS} FROM procedures p WHERE p.code = @code AND ${ACTIVE_AT}`,
  );
  const selectCodeLatest = db.prepare<{ code: string }, ProcedureRow>(`SELECT ${PROCEDURE_COLUMNS} FROM procedures p WHERE p.code = @code AND ${LATEST}`);
  const selectAll = db.prepare<[], ProcedureRow>(`SELECT ${PROCEDURE_COLUMNS} FROM procedures p JOIN fields f ON f.name = p.field ${CATALOGUE_ORDER}`);
  const selectVersions = db.prepare<[string], ProcedureRow>(
    `SELECT ${PROCEDURE_COLUMNS} FROM procedures p WHERE p.code = ? ORDER BY COALESCE(p.effective_from, '')`,
  );

  function ensureField(name: string): void {
    if (fieldOrder.get(name) === undefined) insertField.run(name);
  }

  function insert(p: Procedure, at: string, actor: string): void {
    ensureField(p.field);
    const order = codeOrder.get(p.code) ?? nextCodeOrder.get() ?? 1;
    insertVersion.run(
      p.code,
      isNationalCode(p.code) ? 0 : 1,
      p.name,
      p.field,
      order,
      p.rule.timeValue,
      p.rule.timeUnit,
      p.rule.cutoffMinute,
      p.note,
      p.confidence,
      p.effectiveFrom,
      p.effectiveTo,
      at,
      actor,
    );
  }

  const seedTx = db.transaction((procedures: readonly Procedure[], at: string, actor: string): number => {
    if (count.get() !== 0) return 0;
    for (const p of procedures) {
      checkDates(p);
      insert(p, at, actor);
    }
    return procedures.length;
  });

  const addTx = db.transaction((p: Procedure, at: string, actor: string): Procedure => {
    checkDates(p);
    const existing = lastStart.get(p.code) ?? { n: 0, last: null };
    if (existing.n > 0) {
      if (p.effectiveFrom === null) {
        throw new LedgerValidationError(`Thủ tục ${procedureLabel(p)} đã có trong danh mục: phiên bản mới phải có ngày bắt đầu hiệu lực.`);
      }
      if (existing.last !== null && p.effectiveFrom <= existing.last) {
        throw new LedgerValidationError(
          `Phiên bản mới của thủ tục ${procedureLabel(p)} phải có hiệu lực sau ngày ${viDate(dayFromIso(existing.last))}.`,
        );
      }
      closeOpen.run({ code: p.code, from: p.effectiveFrom, to: isoFromDay(dayFromIso(p.effectiveFrom) - 1) });
    }
    insert(p, at, actor);
    return p;
  });

  const retireTx = db.transaction((code: string, lastDay: IsoDate): boolean => {
    if (parseIsoDate(lastDay) === null) throw new LedgerValidationError(`Ngày "${lastDay}" không hợp lệ (YYYY-MM-DD).`);
    const existing = lastStart.get(code) ?? { n: 0, last: null };
    if (existing.n === 0) throw new LedgerValidationError(`Không có thủ tục mã "${code}" trong danh mục.`);
    if (existing.last !== null && existing.last > lastDay) {
      throw new LedgerValidationError(`Thủ tục ${code} có phiên bản bắt đầu hiệu lực ngày ${viDate(dayFromIso(existing.last))}, sau ngày thôi áp dụng.`);
    }
    return closeOpen.run({ code, from: isoFromDay(dayFromIso(lastDay) + 1), to: lastDay }).changes > 0;
  });

  function listActive(day: DayNumber): Procedure[] {
    return selectActive.all({ day: isoFromDay(day) }).map(toProcedure);
  }

  function findByCode(code: string, day?: DayNumber): Procedure | null {
    const row = day === undefined ? selectCodeLatest.get({ code }) : selectCodeAt.get({ code, day: isoFromDay(day) });
    return row ? toProcedure(row) : null;
  }

  function findByName(name: string, day?: DayNumber): Procedure | null {
    const candidates = day === undefined ? selectLatest.all().map(toProcedure) : listActive(day);
    const wanted = normaliseName(name);
    const exact = candidates.find((p) => normaliseName(p.name) === wanted);
    if (exact) return exact;
    const folded = foldText(name);
    const loose = candidates.filter((p) => foldText(p.name) === folded);
    return loose.length === 1 ? (loose[0] ?? null) : null;
  }

  return {
    isEmpty: () => count.get() === 0,
    seed: (procedures, ctx) => seedTx.immediate(procedures, stampOf(ctx), ctx.actor),
    seedDefault: (ctx, csvText) => seedTx.immediate(parseCatalogueCsv(csvText ?? readDefaultCatalogueCsv()), stampOf(ctx), ctx.actor),
    fields: () => selectFields.all(),
    listActive,
    findByCode,
    findByName,
    versionsOf: (code) => selectVersions.all(code).map(toProcedure),
    allVersions: () => selectAll.all().map(toProcedure),
    addVersion: (procedure, ctx) => addTx.immediate(procedure, stampOf(ctx), ctx.actor),
    retire: (code, lastDay) => retireTx.immediate(code, lastDay),
  };
}
