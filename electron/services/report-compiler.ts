// The period report from the ledger, by design rather than by reading every dossier: per field and
// procedure, the covering report index (migration 009) gives five integers per dossier of the period.
// Ordinary dossiers — no supplement pause, neither late nor overdue at the period's end — have the
// reception due date as their due date, so their cells follow from comparing days; they are counted in
// groups of equal facts and each group's cells come from the rules module (cellKeys). The others are
// read in full and classified one by one by the same compiler as every report (ReportTally.addDossier):
// their pauses need the calendar, and late ones are listed. Both parts add up in one tally, equal to
// compileReport over every row (test/services/report-compiler.test.ts).
//
// Nothing stored for the report depends on the calendar or the settings: the index holds each row's own
// facts, base_due_day is the date given at reception (rules.md §2), and working days (average time, days
// late) and pauses are counted here with the live calendar and policy. So an office calendar edit or a
// change of supplement policy shows in the next report exactly as compileReport would show it; there is
// nothing to recompute. (The stored due_day, which alerts and the ledger list read, is not read here and
// is, as before, not recomputed when the calendar is edited.)
import { pendingColumn, resolvedColumn } from '../../shared/classification/classify';
import type { Ending } from '../../shared/dossier/dossier';
import type { ReportPeriod } from '../../shared/periods/period';
import { countsForAverage, elapsedDays } from '../../shared/report/average-resolution';
import { type CellStatus, cellKeys } from '../../shared/report/cells';
import { type CompiledReport, type ReportTally, createReportTally } from '../../shared/report/compile';
import type { FigureKey } from '../../shared/report/figures';
import { type ReportProfile, type ReportQueries, type ReportRowWithId, decodeProfile, reportQueriesOf } from '../ledger/report-query';
import type { LedgerSession } from './ledger-session';
import { type ResolutionTimes, createResolutionTimes } from './report-averages';

// The group of an ordinary dossier: its profile, new or carried over, and one of these states at the end.
const EARLY = 0;
const ON_TIME = 1;
const PENDING_IN_TIME = 2;
const NEW_FLAG = 4;
const GROUP_FACTOR = 8;

/** A profile as the rules read it. */
interface Kind {
  packed: number;
  profile: ReportProfile;
  ending: Ending;
  /** Whether such a dossier, once resolved, counts in its procedure's average time. */
  averaged: boolean;
}

function statusOfGroup(state: number, ending: Ending): CellStatus {
  if (state === PENDING_IN_TIME) return { status: 'pending', column: 'in_time', waitingForCitizen: false };
  return { status: 'resolved', column: state === EARLY ? 'early' : 'on_time', ending };
}

interface Context {
  period: ReportPeriod;
  session: LedgerSession;
  queries: ReportQueries;
  tally: ReportTally;
  times: ResolutionTimes;
  /** Dossiers to read in full. */
  special: number[];
  /** Decoded profiles, by packed value. */
  kinds: (Kind | undefined)[];
  groupKeys: Map<number, FigureKey[]>;
}

function kindOf(c: Context, packed: number): Kind {
  let kind = c.kinds[packed];
  if (!kind) {
    const profile = decodeProfile(packed);
    const ending = profile.ending ?? 'giai_quyet';
    const resolved = { status: 'resolved', column: 'on_time', ending, endedOn: 0, dueDay: null, workingDaysLate: 0, lateBecause: null } as const;
    kind = { packed, profile, ending, averaged: countsForAverage(resolved) };
    c.kinds[packed] = kind;
  }
  return kind;
}

function keysOfGroup(c: Context, group: number): FigureKey[] {
  let keys = c.groupKeys.get(group);
  if (!keys) {
    const kind = kindOf(c, Math.floor(group / GROUP_FACTOR));
    const isNew = (group & NEW_FLAG) !== 0;
    keys = cellKeys({ ...kind.profile, isNew }, statusOfGroup(group & 3, kind.ending));
    c.groupKeys.set(group, keys);
  }
  return keys;
}

/** Counts one pair's ordinary dossiers in groups and sets the others aside. */
function countPair(c: Context, field: string, code: string): void {
  const { from, to } = c.period;
  const calendar = c.session.calendar();
  const groups = new Map<number, number>();
  let fresh = 0;
  // This procedure's average time, summed here and handed over once.
  let days = 0;
  let resolved = 0;
  let earliest = Number.POSITIVE_INFINITY;
  let earliestIds: number[] = [];
  for (const [packed, received, end, due, rowId] of c.queries.entries({ field, procedureCode: code }, from, to)) {
    const kind = packed === null ? undefined : (c.kinds[packed] ?? kindOf(c, packed));
    if (kind === undefined || kind.profile.hasSupplements) {
      c.special.push(rowId);
      continue;
    }
    let state: number;
    if (end <= to) {
      // No pause: the due date is the one given at reception, and there is no repeated request.
      const column = resolvedColumn(kind.ending, end, due, false);
      if (column === 'late') {
        c.special.push(rowId);
        continue;
      }
      state = column === 'early' ? EARLY : ON_TIME;
      if (kind.averaged) {
        days += elapsedDays(kind.profile.timeUnit, received, end, calendar);
        resolved += 1;
        if (received < earliest) {
          earliest = received;
          earliestIds = [rowId];
        } else if (received === earliest) {
          earliestIds.push(rowId);
        }
      }
    } else {
      if (pendingColumn(due, to) === 'overdue') {
        c.special.push(rowId);
        continue;
      }
      state = PENDING_IN_TIME;
    }
    const isNew = received >= from;
    if (isNew) fresh += 1;
    const group = kind.packed * GROUP_FACTOR + (isNew ? NEW_FLAG : 0) + state;
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  for (const [group, count] of groups) c.tally.addGroup(field, keysOfGroup(c, group), count);
  if (fresh > 0) c.tally.addNew(code, fresh);
  if (resolved > 0) c.times.addGrouped(code, days, resolved, { day: earliest, rowIds: earliestIds });
}

/** Classifies the dossiers set aside, one by one, with the rules. */
function countSpecial(c: Context, rows: readonly ReportRowWithId[]): void {
  const calendar = c.session.calendar();
  for (const row of rows) {
    const classification = c.tally.addDossier(row);
    if (classification === null || classification.status !== 'resolved' || !countsForAverage(classification)) continue;
    const { rowId, receivedAt, procedureCode, procedureName } = row;
    const days = elapsedDays(row.rule.timeUnit, receivedAt.day, classification.endedOn, calendar);
    c.times.addRead(days, { rowId, receivedAt, procedureCode, procedureName, timeUnit: row.rule.timeUnit });
  }
}

function compileInSnapshot(session: LedgerSession, period: ReportPeriod): CompiledReport {
  const c: Context = {
    period,
    session,
    queries: reportQueriesOf(session.db),
    tally: createReportTally(period, { calendar: session.calendar(), policy: session.policy() }, {
      fieldOrder: session.catalogue.fields().map((f) => f.name),
    }),
    times: createResolutionTimes(),
    special: [],
    kinds: [],
    groupKeys: new Map(),
  };
  for (const pair of c.queries.pairs()) countPair(c, pair.field, pair.procedureCode);
  countSpecial(c, c.queries.rowsById(c.special));
  return c.tally.finish(c.times.averages(c.queries.receptionsById(c.times.groupedToRead())));
}

/** The period's report, equal to compileReport over rowsForReport, in one read snapshot of the ledger. */
export function compileLedgerReport(session: LedgerSession, period: ReportPeriod): CompiledReport {
  return session.db.transaction(() => compileInSnapshot(session, period))();
}
