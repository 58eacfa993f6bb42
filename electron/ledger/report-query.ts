// The period report's reads from the covering report index (migration 009): the (field, procedure)
// pairs of the ledger, one pair's dossiers of a period as five integers each, and the full rule facts of
// chosen dossiers. The report compiler (services/report-compiler.ts) decides what they count in.
import type Database from 'better-sqlite3';
import type { TimeUnit } from '../../shared/catalogue/procedure';
import type { Channel, Ending, Rating } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import { type LocalDateTime, parseLocalDateTime } from '../../shared/time/local-time';
import type { ReportRow } from './dossier-record';
import { FACTS_COLUMNS, type FactsRow, toReportRow } from './dossier-row';
import { presentDossierColumns } from './present-columns';
import {
  PROFILE_BITS,
  PROFILE_CHANNELS,
  PROFILE_ENDINGS,
  PROFILE_RATINGS,
  PROFILE_TIME_UNITS,
  REPORT_END_DAY,
  REPORT_INDEX,
  REPORT_PROFILE,
} from './migrations/009-report-index';

export interface ReportPair {
  field: string;
  procedureCode: string;
}

/**
 * One dossier of a pair: [profile (null: a value the profile does not know), received_day, end day
 * (OPEN_END_KEY while pending), base_due_day, row_id].
 */
export type ReportEntry = [number | null, DayNumber, DayNumber, DayNumber, number];

/** The facts packed in a profile. */
export interface ReportProfile {
  channel: Channel;
  digitisedDossier: boolean;
  paidOnline: boolean;
  hasFee: boolean;
  digitisedResult: boolean;
  storedResult: boolean;
  rating: Rating | null;
  ending: Ending | null;
  hasSupplements: boolean;
  hasExtension: boolean;
  timeUnit: TimeUnit;
}

export type ReportRowWithId = ReportRow & { rowId: number };

export interface Reception {
  rowId: number;
  receivedAt: LocalDateTime;
  procedureCode: string;
  procedureName: string;
  timeUnit: TimeUnit;
}

export interface ReportQueries {
  /** Every (field, procedure code) pair of the ledger, in index order (one index seek each). */
  pairs(): ReportPair[];
  /** The pair's dossiers received up to `toDay` and not ended before `fromDay`, from the index alone. */
  entries(pair: ReportPair, fromDay: DayNumber, toDay: DayNumber): ReportEntry[];
  /** The rule facts (no personal data) of the given dossiers, in row id order. */
  rowsById(rowIds: readonly number[]): ReportRowWithId[];
  /** Reception instant, procedure name and time unit of the given dossiers, in row id order. */
  receptionsById(rowIds: readonly number[]): Reception[];
}

const bit = (profile: number, at: number) => ((profile >> at) & 1) === 1;
const bits = (profile: number, at: number, width: number) => (profile >> at) & ((1 << width) - 1);

function pick<T>(values: readonly T[], index: number): T {
  if (index >= values.length) throw new Error(`Report profile value ${index} is out of range`);
  return values[index] as T;
}

export function decodeProfile(profile: number): ReportProfile {
  const b = PROFILE_BITS;
  return {
    channel: pick(PROFILE_CHANNELS, bits(profile, b.channel, 2)),
    digitisedDossier: bit(profile, b.digitisedDossier),
    paidOnline: bit(profile, b.paidOnline),
    hasFee: bit(profile, b.hasFee),
    digitisedResult: bit(profile, b.digitisedResult),
    storedResult: bit(profile, b.storedResult),
    rating: pick(PROFILE_RATINGS, bits(profile, b.rating, 2)),
    ending: pick(PROFILE_ENDINGS, bits(profile, b.ending, 3)),
    hasSupplements: bit(profile, b.hasSupplements),
    hasExtension: bit(profile, b.hasExtension),
    timeUnit: pick(PROFILE_TIME_UNITS, bits(profile, b.timeUnit, 2)),
  };
}

/** One pair's dossiers of a period (named parameters field, code, from, to), read from the index alone. */
export const REPORT_ENTRIES_SQL =
  `SELECT ${REPORT_PROFILE}, received_day, ${REPORT_END_DAY}, base_due_day, row_id FROM dossiers INDEXED BY ${REPORT_INDEX} ` +
  `WHERE field = @field AND procedure_code = @code AND ${REPORT_END_DAY} >= @from AND received_day <= @to`;

function createReportQueries(db: Database.Database): ReportQueries {
  const firstField = db.prepare<[], string | null>('SELECT min(field) FROM dossiers').pluck();
  const nextField = db.prepare<[string], string | null>('SELECT min(field) FROM dossiers WHERE field > ?').pluck();
  const firstCode = db.prepare<[string], string | null>(`SELECT min(procedure_code) FROM dossiers INDEXED BY ${REPORT_INDEX} WHERE field = ?`).pluck();
  const nextCode = db
    .prepare<[string, string], string | null>(`SELECT min(procedure_code) FROM dossiers INDEXED BY ${REPORT_INDEX} WHERE field = ? AND procedure_code > ?`)
    .pluck();
  const entries = db.prepare<{ field: string; code: string; from: DayNumber; to: DayNumber }, ReportEntry>(REPORT_ENTRIES_SQL).raw(true);
  const present = presentDossierColumns(db);
  const byIds = db.prepare<[string], FactsRow & { row_id: number }>(
    `SELECT row_id, ${FACTS_COLUMNS.filter((c) => present.includes(c)).join(', ')} FROM dossiers WHERE row_id IN (SELECT value FROM json_each(?))`,
  );
  const receptions = db.prepare<[string], { row_id: number; received_at: string; procedure_code: string; procedure_name: string; time_unit: TimeUnit }>(
    'SELECT row_id, received_at, procedure_code, procedure_name, time_unit FROM dossiers WHERE row_id IN (SELECT value FROM json_each(?))',
  );
  // In row id order the table's pages are read once each, front to back.
  const idList = (rowIds: readonly number[]) => JSON.stringify([...rowIds].sort((a, b) => a - b));

  return {
    pairs() {
      const pairs: ReportPair[] = [];
      for (let field = firstField.get() ?? null; field !== null; field = nextField.get(field) ?? null) {
        for (let code = firstCode.get(field) ?? null; code !== null; code = nextCode.get(field, code) ?? null) {
          pairs.push({ field, procedureCode: code });
        }
      }
      return pairs;
    },
    entries: (pair, fromDay, toDay) => entries.all({ field: pair.field, code: pair.procedureCode, from: fromDay, to: toDay }),
    rowsById: (rowIds) => (rowIds.length === 0 ? [] : byIds.all(idList(rowIds)).map((row) => Object.assign(toReportRow(row), { rowId: row.row_id }))),
    receptionsById: (rowIds) =>
      rowIds.length === 0
        ? []
        : receptions.all(idList(rowIds)).map((row) => {
            const receivedAt = parseLocalDateTime(row.received_at);
            if (!receivedAt) throw new Error(`Stored received_at is not a date-time: ${row.received_at}`);
            return { rowId: row.row_id, receivedAt, procedureCode: row.procedure_code, procedureName: row.procedure_name, timeUnit: row.time_unit };
          }),
  };
}

const cache = new WeakMap<Database.Database, ReportQueries>();

/** The report's prepared statements for a database (prepared once per connection). */
export function reportQueriesOf(db: Database.Database): ReportQueries {
  let queries = cache.get(db);
  if (!queries) {
    queries = createReportQueries(db);
    cache.set(db, queries);
  }
  return queries;
}
