// The report's average resolution times as the report compiler sums them: per procedure, the time of the
// grouped dossiers (read from the report index) and of the ones read in full, named — as compileReport
// names them — after the procedure's first dossier in the ledger's reception order (received_at, then
// row id). For grouped dossiers only the reception day is known, so the compiler notes, per procedure,
// the grouped dossiers of the earliest day and reads just those to find the first.
import type { TimeUnit } from '../../shared/catalogue/procedure';
import { type AverageResolution, type ResolutionSum, averagesOf } from '../../shared/report/average-resolution';
import type { DayNumber } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';

/** A dossier that may be the first of its procedure. */
export interface FirstCandidate {
  rowId: number;
  receivedAt: LocalDateTime;
  procedureCode: string;
  procedureName: string;
  timeUnit: TimeUnit;
}

export interface ResolutionTimes {
  /** `count` grouped dossiers of a procedure that took `days` in all; `earliest`: those received first. */
  addGrouped(procedureCode: string, days: number, count: number, earliest: { day: DayNumber; rowIds: readonly number[] }): void;
  /** A dossier read in full that took `days`. */
  addRead(days: number, candidate: FirstCandidate): void;
  /** The grouped dossiers to read: those received on their procedure's earliest day. */
  groupedToRead(): number[];
  /** The averages, given the grouped dossiers read. */
  averages(read: readonly FirstCandidate[]): AverageResolution[];
}

const byReception = (a: FirstCandidate, b: FirstCandidate) =>
  a.receivedAt.day - b.receivedAt.day || a.receivedAt.minute - b.receivedAt.minute || a.rowId - b.rowId;

export function createResolutionTimes(): ResolutionTimes {
  const sums = new Map<string, { sum: number; count: number }>();
  const earliest = new Map<string, { day: DayNumber; rowIds: number[] }>();
  const firsts = new Map<string, FirstCandidate>();

  function consider(candidate: FirstCandidate): void {
    const seen = firsts.get(candidate.procedureCode);
    if (!seen || byReception(candidate, seen) < 0) firsts.set(candidate.procedureCode, candidate);
  }

  function add(procedureCode: string, days: number, count: number): void {
    const entry = sums.get(procedureCode);
    if (entry) {
      entry.sum += days;
      entry.count += count;
    } else {
      sums.set(procedureCode, { sum: days, count });
    }
  }

  return {
    addGrouped(procedureCode, days, count, { day, rowIds }) {
      add(procedureCode, days, count);
      const entry = earliest.get(procedureCode);
      if (!entry || day < entry.day) earliest.set(procedureCode, { day, rowIds: [...rowIds] });
      else if (day === entry.day) for (const id of rowIds) entry.rowIds.push(id);
    },
    addRead(days, candidate) {
      add(candidate.procedureCode, days, 1);
      consider(candidate);
    },
    groupedToRead: () => [...earliest.values()].flatMap((e) => e.rowIds),
    averages(read) {
      for (const candidate of read) consider(candidate);
      const named: ResolutionSum[] = [...sums].map(([procedureCode, { sum, count }]) => {
        const first = firsts.get(procedureCode);
        if (!first) throw new Error(`No first dossier found for the average time of procedure ${procedureCode}`);
        return { procedureCode, procedureName: first.procedureName, timeUnit: first.timeUnit, sum, count };
      });
      return averagesOf(named);
    },
  };
}
