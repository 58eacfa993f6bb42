// The receiving office's view of a period: the consolidated Biểu 06 — one row per unit, each the unit's
// own total as it sent it, and a total equal to the sum of those rows — and who has sent, who has not, and
// who sent again (the newer report replaced the older; the figures that changed are listed).
import type Database from 'better-sqlite3';
import type { CompiledReport, LateDossier } from '../../shared/report/compile';
import { EXTENDED_KEYS, type ExtendedFigures, FORM_KEYS, type FormFigures } from '../../shared/report/figures';
import { assertIdentities } from '../../shared/report/identities';
import { ratesOf, type Rates } from '../../shared/report/rates';
import { type ReceivedReport, createReceivedReportStore } from './received-reports';
import { type FigureChange, figureChanges } from './report-receive';
import { listTrustedUnits } from './trusted-units';

export interface ConsolidatedRow extends FormFigures {
  unit_code: string;
  unit_name: string;
  /** When the unit made the package counted here. */
  package_created_at: string;
  signed: boolean;
}

export interface ConsolidatedReport {
  period: { key: string; label: string; from: string; to: string; rule: CompiledReport['period']['rule'] };
  rows: ConsolidatedRow[];
  total: FormFigures;
  /** Each unit's extended breakdown (Biểu II.06a), in the order of `rows`. */
  extended_rows: ({ unit_code: string; unit_name: string } & ExtendedFigures)[];
  extended_total: ExtendedFigures;
  rates: Rates;
  /** Every unit's late dossiers, with the unit. */
  late_dossiers: (LateDossier & { unit_code: string; unit_name: string })[];
}

const zeroForm = (): FormFigures => Object.fromEntries(FORM_KEYS.map((k) => [k, 0])) as FormFigures;
const zeroExtended = (): ExtendedFigures => Object.fromEntries(EXTENDED_KEYS.map((k) => [k, 0])) as ExtendedFigures;

/** The current report of every unit that sent the period (by unit code). */
function currentReports(db: Database.Database, key: string): ReceivedReport[] {
  return createReceivedReportStore(db)
    .ofPeriod(key)
    .filter((r) => r.replacedBy === null);
}

/** Null when no unit has sent this period yet. */
export function consolidatePeriod(db: Database.Database, periodKey: string): ConsolidatedReport | null {
  const reports = currentReports(db, periodKey);
  const first = reports[0];
  if (!first) return null;
  const total = zeroForm();
  const extended = zeroExtended();
  const rows: ConsolidatedRow[] = [];
  const extendedRows: ConsolidatedReport['extended_rows'] = [];
  const late: ConsolidatedReport['late_dossiers'] = [];
  for (const r of reports) {
    const own = r.report.total;
    for (const k of FORM_KEYS) total[k] += own[k];
    for (const k of EXTENDED_KEYS) extended[k] += r.report.extended.total[k];
    rows.push({ unit_code: r.unitCode, unit_name: r.unitName, package_created_at: r.packageCreatedAt, signed: r.signed !== null, ...pickForm(own) });
    extendedRows.push({ unit_code: r.unitCode, unit_name: r.unitName, ...r.report.extended.total });
    for (const d of r.report.late_dossiers) late.push({ ...d, unit_code: r.unitCode, unit_name: r.unitName });
  }
  assertIdentities('Tổng cộng', total);
  return {
    period: { key: periodKey, label: first.periodLabel, from: first.periodFrom, to: first.periodTo, rule: first.report.period.rule },
    rows,
    total,
    extended_rows: extendedRows,
    extended_total: extended,
    rates: ratesOf({ ...total, ...extended }, 0),
    late_dossiers: late,
  };
}

function pickForm(f: FormFigures): FormFigures {
  const out = zeroForm();
  for (const k of FORM_KEYS) out[k] = f[k];
  return out;
}

export type UnitPeriodState = 'sent' | 'sent_again' | 'missing';

export interface UnitPeriodStatus {
  unitCode: string;
  unitName: string;
  state: UnitPeriodState;
  /** The report counted now. */
  current: { packageCreatedAt: string; receivedAt: string; fingerprint: string; signed: boolean; received: number } | null;
  /** Every package received for the period, oldest first. */
  packages: { packageCreatedAt: string; receivedAt: string; replaced: boolean }[];
  /** For `sent_again`: what the latest package changed against the one it replaced. */
  changes: FigureChange[];
}

export interface PeriodStatus {
  periodKey: string;
  units: UnitPeriodStatus[];
  counts: Record<UnitPeriodState, number>;
}

/** Which units (registered, or that sent) have sent the period, which not, which sent again. */
export function periodStatus(db: Database.Database, periodKey: string): PeriodStatus {
  const all = createReceivedReportStore(db).ofPeriod(periodKey);
  const names = new Map<string, string>();
  for (const u of listTrustedUnits(db)) if (!names.has(u.unitCode) || u.unitName) names.set(u.unitCode, u.unitName);
  for (const r of all) names.set(r.unitCode, r.unitName);
  const units = [...names.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([unitCode, unitName]): UnitPeriodStatus => {
      const mine = all.filter((r) => r.unitCode === unitCode);
      const current = mine.find((r) => r.replacedBy === null) ?? null;
      const replacedByCurrent = current ? mine.filter((r) => r.replacedBy === current.id) : [];
      const previous = replacedByCurrent[replacedByCurrent.length - 1];
      return {
        unitCode,
        unitName,
        state: !current ? 'missing' : mine.length > 1 ? 'sent_again' : 'sent',
        current: current && {
          packageCreatedAt: current.packageCreatedAt,
          receivedAt: current.receivedAt,
          fingerprint: current.fingerprint,
          signed: current.signed !== null,
          received: current.report.total.received,
        },
        packages: mine.map((r) => ({ packageCreatedAt: r.packageCreatedAt, receivedAt: r.receivedAt, replaced: r.replacedBy !== null })),
        changes: current && previous ? figureChanges(previous.report, current.report) : [],
      };
    });
  const counts: Record<UnitPeriodState, number> = { sent: 0, sent_again: 0, missing: 0 };
  for (const u of units) counts[u.state] += 1;
  return { periodKey, units, counts };
}

/**
 * The consolidated figures as a CompiledReport whose rows are the units, so the documents module renders
 * the consolidated Biểu 06 (PDF, XLSX, DOCX) with the same layout as a unit's report.
 */
export function consolidatedAsReport(c: ConsolidatedReport): CompiledReport {
  return {
    period: { from: c.period.from, to: c.period.to, label: c.period.label, rule: c.period.rule },
    total: c.total,
    by_field: c.rows.map((r) => ({ field: r.unit_name || r.unit_code, ...pickForm(r) })),
    extended: {
      total: c.extended_total,
      by_field: c.extended_rows.map(({ unit_code, unit_name, ...figures }) => ({ field: unit_name || unit_code, ...figures })),
    },
    rates: c.rates,
    late_dossiers: c.late_dossiers.map(({ unit_code: _code, unit_name: _name, ...d }) => d),
    average_resolution: [],
  };
}
