// The report compiler: Biểu 06 rows per field plus the total, the extended breakdown, the rates and the
// late-dossier list, all from one classification per dossier (report/cells.ts), summed in a tally.
import type { Classification, ClassifyContext } from '../classification/classify';
import type { DossierFacts } from '../dossier/dossier';
import type { ReportPeriod } from '../periods/period';
import { byCodePoints } from '../text/compare';
import { type IsoDate, isoFromDay } from '../time/day';
import { type AverageResolution, averageResolution, countsForAverage } from './average-resolution';
import { cellsOf } from './cells';
import {
  type ExtendedFigures,
  type FigureKey,
  type Figures,
  type FormFigures,
  addInto,
  emptyFigures,
  pickExtended,
  pickForm,
} from './figures';
import { assertIdentities } from './identities';
import { type Rates, ratesOf } from './rates';

export interface LateDossier {
  code: string;
  procedure: string;
  field: string;
  received: IsoDate;
  due: IsoDate | null;
  ended: IsoDate | null;
  working_days_late: number;
  cause: string;
  /** The date of the apology letter (Mẫu 04), or null. */
  apology: IsoDate | null;
  extension_due: IsoDate | null;
}

export type FieldRow = { field: string } & FormFigures;
export type ExtendedRow = { field: string } & ExtendedFigures;

export interface CompiledReport {
  period: { from: IsoDate; to: IsoDate; label: string; rule: ReportPeriod['rule'] };
  total: FormFigures;
  by_field: FieldRow[];
  extended: { total: ExtendedFigures; by_field: ExtendedRow[] };
  rates: Rates;
  late_dossiers: LateDossier[];
  average_resolution: AverageResolution[];
}

export interface CompileOptions {
  /** Field names in catalogue order; fields not listed follow in alphabetical order. */
  fieldOrder: readonly string[];
  /** Whether a procedure can be submitted online (for the second reading of the online rate). */
  isOnlineCapable?: (procedureCode: string) => boolean;
}

function orderFields(seen: Iterable<string>, order: readonly string[]): string[] {
  const rank = new Map(order.map((f, i) => [f, i]));
  return [...seen].sort((a, b) => {
    const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
    const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
    return ra - rb || a.localeCompare(b, 'vi') || byCodePoints(a, b);
  });
}

/**
 * The report being summed. The reference path adds every dossier of the period (compileReport); the
 * ledger's fast path adds the ordinary dossiers as counted groups and the rest one by one, then the sums.
 */
export interface ReportTally {
  /** Classifies one dossier and counts it; returns its classification when the period counts it. */
  addDossier(facts: DossierFacts): Classification | null;
  /** `count` dossiers of `field`, each counted in every cell of `keys` (see cellKeys). */
  addGroup(field: string, keys: readonly FigureKey[], count: number): void;
  /** `count` new dossiers of a procedure counted through addGroup (for the online-capable reading). */
  addNew(procedureCode: string, count: number): void;
  /** Checks the identities (rules.md §7) and assembles the report. */
  finish(averages: AverageResolution[]): CompiledReport;
}

export function createReportTally(period: ReportPeriod, ctx: ClassifyContext, options: CompileOptions): ReportTally {
  const perField = new Map<string, Figures>();
  const total = emptyFigures();
  const late: LateDossier[] = [];
  let newOfOnlineCapable = 0;

  function rowOf(field: string): Figures {
    let row = perField.get(field);
    if (!row) {
      row = emptyFigures();
      perField.set(field, row);
    }
    return row;
  }

  function addNew(procedureCode: string, count: number): void {
    if (options.isOnlineCapable?.(procedureCode)) newOfOnlineCapable += count;
  }

  function addDossier(facts: DossierFacts): Classification | null {
    const { keys, classification } = cellsOf(facts, period, ctx);
    if (keys === null) return null;
    const row = rowOf(facts.field);
    for (const key of keys) row[key] += 1;
    if (facts.receivedAt.day >= period.from) addNew(facts.procedureCode, 1);
    const isLate =
      (classification.status === 'resolved' && classification.column === 'late') ||
      (classification.status === 'pending' && classification.column === 'overdue');
    if (isLate) {
      late.push({
        code: facts.code,
        procedure: facts.procedureName,
        field: facts.field,
        received: isoFromDay(facts.receivedAt.day),
        due: classification.dueDay === null ? null : isoFromDay(classification.dueDay),
        ended: classification.status === 'resolved' ? isoFromDay(classification.endedOn) : null,
        working_days_late: classification.workingDaysLate,
        cause: facts.lateCause,
        apology: facts.extension?.apologyOn != null ? isoFromDay(facts.extension.apologyOn) : null,
        extension_due: facts.extension ? isoFromDay(facts.extension.newDueDay) : null,
      });
    }
    return classification;
  }

  function finish(averages: AverageResolution[]): CompiledReport {
    const fields = orderFields(perField.keys(), options.fieldOrder);
    const byField: FieldRow[] = [];
    const extendedByField: ExtendedRow[] = [];
    for (const field of fields) {
      const row = perField.get(field) ?? emptyFigures();
      const form = pickForm(row);
      assertIdentities(field, form);
      byField.push({ field, ...form });
      extendedByField.push({ field, ...pickExtended(row) });
      addInto(total, row);
    }
    const totalForm = pickForm(total);
    assertIdentities('Tổng cộng', totalForm);
    late.sort((a, b) => a.received.localeCompare(b.received) || a.code.localeCompare(b.code) || byCodePoints(a.code, b.code));
    return {
      period: { from: isoFromDay(period.from), to: isoFromDay(period.to), label: period.label, rule: period.rule },
      total: totalForm,
      by_field: byField,
      extended: { total: pickExtended(total), by_field: extendedByField },
      rates: ratesOf(total, newOfOnlineCapable),
      late_dossiers: late,
      average_resolution: averages,
    };
  }

  return {
    addDossier,
    addGroup(field, keys, count) {
      const row = rowOf(field);
      for (const key of keys) row[key] += count;
    },
    addNew,
    finish,
  };
}

/** The reference compiler: every dossier classified one by one by the rules. */
export function compileReport(
  dossiers: Iterable<DossierFacts>,
  period: ReportPeriod,
  ctx: ClassifyContext,
  options: CompileOptions,
): CompiledReport {
  const tally = createReportTally(period, ctx, options);
  const resolvedForAverage: DossierFacts[] = [];
  for (const facts of dossiers) {
    const classification = tally.addDossier(facts);
    if (classification !== null && countsForAverage(classification)) resolvedForAverage.push(facts);
  }
  return tally.finish(averageResolution(resolvedForAverage, ctx.calendar));
}
