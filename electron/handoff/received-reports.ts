// The report packages a receiving office has received (received_reports): one current report per unit and
// period; a newer package replaces it and the older stays, marked replaced, so the change can be shown.
import type Database from 'better-sqlite3';
import type { CompiledReport } from '../../shared/report/compile';
import type { ReportPart } from './report-content';

export interface ReceivedReport {
  id: number;
  unitCode: string;
  unitName: string;
  periodKey: string;
  periodLabel: string;
  periodFrom: string;
  periodTo: string;
  packageId: string;
  packageSha256: string;
  /** When the unit made the package (its clock, signed). */
  packageCreatedAt: string;
  fingerprint: string;
  report: CompiledReport;
  signed: ReportPart['signed'];
  hasPdf: boolean;
  receivedAt: string;
  receivedBy: string;
  replacedBy: number | null;
}

export interface NewReceivedReport {
  part: ReportPart;
  packageId: string;
  packageSha256: string;
  packageCreatedAt: string;
  fingerprint: string;
  pdf: Buffer | null;
  batchId: number;
  at: string;
  actor: string;
}

interface Row {
  id: number;
  unit_code: string;
  unit_name: string;
  period_key: string;
  period_label: string;
  period_from: string;
  period_to: string;
  package_id: string;
  package_sha256: string;
  package_created_at: string;
  fingerprint: string;
  report: string;
  signed: string | null;
  has_pdf: number;
  received_at: string;
  received_by: string;
  replaced_by: number | null;
}

const COLUMNS = `id, unit_code, unit_name, period_key, period_label, period_from, period_to, package_id, package_sha256,
  package_created_at, fingerprint, report, signed, pdf IS NOT NULL AS has_pdf, received_at, received_by, replaced_by`;

const toReport = (r: Row): ReceivedReport => ({
  id: r.id,
  unitCode: r.unit_code,
  unitName: r.unit_name,
  periodKey: r.period_key,
  periodLabel: r.period_label,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  packageId: r.package_id,
  packageSha256: r.package_sha256,
  packageCreatedAt: r.package_created_at,
  fingerprint: r.fingerprint,
  report: JSON.parse(r.report) as CompiledReport,
  signed: r.signed === null ? null : (JSON.parse(r.signed) as ReportPart['signed']),
  hasPdf: r.has_pdf === 1,
  receivedAt: r.received_at,
  receivedBy: r.received_by,
  replacedBy: r.replaced_by,
});

export interface ReceivedReportStore {
  current(unitCode: string, periodKey: string): ReceivedReport | null;
  bySha256(sha256: string): ReceivedReport | null;
  /** Every report of the period, current and replaced, oldest first. */
  ofPeriod(periodKey: string): ReceivedReport[];
  /** Every period key that has a report. */
  periods(): string[];
  pdf(id: number): Buffer | null;
  /** The id the next report will get (inside the writing transaction). */
  nextId(): number;
  insert(id: number, report: NewReceivedReport): void;
  markReplaced(id: number, by: number): void;
}

export function createReceivedReportStore(db: Database.Database): ReceivedReportStore {
  const current = db.prepare<[string, string], Row>(`SELECT ${COLUMNS} FROM received_reports WHERE unit_code = ? AND period_key = ? AND replaced_by IS NULL`);
  const bySha = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM received_reports WHERE package_sha256 = ?`);
  const ofPeriod = db.prepare<[string], Row>(`SELECT ${COLUMNS} FROM received_reports WHERE period_key = ? ORDER BY unit_code, id`);
  const periods = db.prepare<[], string>('SELECT DISTINCT period_key FROM received_reports ORDER BY period_key').pluck();
  const pdf = db.prepare<[number], Buffer | null>('SELECT pdf FROM received_reports WHERE id = ?').pluck();
  const insert = db.prepare(
    `INSERT INTO received_reports(id, unit_code, unit_name, period_key, period_label, period_from, period_to, package_id, package_sha256,
       package_created_at, fingerprint, report, signed, pdf, batch_id, received_at, received_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const replace = db.prepare<[number, number]>('UPDATE received_reports SET replaced_by = ? WHERE id = ? AND replaced_by IS NULL');
  const next = db.prepare<[], number>('SELECT COALESCE(MAX(id), 0) + 1 FROM received_reports').pluck();
  const one = (row: Row | undefined) => (row ? toReport(row) : null);
  return {
    current: (unitCode, periodKey) => one(current.get(unitCode, periodKey)),
    bySha256: (sha) => one(bySha.get(sha)),
    ofPeriod: (periodKey) => ofPeriod.all(periodKey).map(toReport),
    periods: () => periods.all(),
    pdf: (id) => pdf.get(id) ?? null,
    nextId: () => next.get() ?? 1,
    insert: (id, r) => {
      insert.run(
        id,
        r.part.unit.code,
        r.part.unit.name,
        r.part.period.key,
        r.part.period.label,
        r.part.period.from,
        r.part.period.to,
        r.packageId,
        r.packageSha256,
        r.packageCreatedAt,
        r.fingerprint,
        JSON.stringify(r.part.report),
        r.part.signed === null ? null : JSON.stringify(r.part.signed),
        r.pdf,
        r.batchId,
        r.at,
        r.actor,
      );
    },
    markReplaced: (id, by) => {
      if (replace.run(by, id).changes !== 1) throw new Error(`received report ${id} is not current`);
    },
  };
}
