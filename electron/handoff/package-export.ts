// Writing the two kinds of package (handoff.md):
// - the report package, commune → receiving office: the period's figures (as signed, when the chairman
//   signed the period), the late list and the report PDF — no citizen's personal data;
// - the full package, desk → desk and backup: every dossier with its whole history and the rest of the
//   ledger, always encrypted with the passphrase the user types, never written in clear.
// Both are signed with the unit's key (created here at first use) and written through a verified
// temporary file.
import { periodKey, type ReportPeriod } from '../../shared/periods/period';
import { isoFromDay } from '../../shared/time/day';
import { vietnamLocalFromEpoch } from '../../shared/time/local-time';
import { schemaVersionOf } from '../ledger';
import { appVersion } from '../reliability/app-version';
import type { LedgerSession } from '../services/ledger-session';
import { renderReportPdf } from '../documents';
import { reportInputFor } from '../services/report-documents-service';
import { periodReportView } from '../services/signoff-service';
import { collectDossiers, dossiersPartSchema } from './dossier-content';
import { checkNewPassphrase } from './encryption';
import { HandoffError } from './errors';
import { collectLedgerTables, ledgerPartSchema } from './ledger-content';
import type { ManifestPeriod, PackageKind } from './manifest';
import { PART_NAMES } from './package-open';
import { writePackageFile } from './package-file';
import { partOpener, readPackage } from './package-reader';
import { type PartInput, buildPackage } from './package-writer';
import { assertNoPersonalData, assertNoPersonalDataInTexts, personalValuesOf } from './privacy';
import { reportFreeTexts } from './report-free-text';
import { type ReportPart, parseReportPart } from './report-content';
import { type UnitKey, ensureUnitKey } from './unit-identity';

export interface ExportOutcome {
  file: string;
  kind: PackageKind;
  packageId: string;
  sha256: string;
  size: number;
  /** The unit key's fingerprint, for the receiving office to register. */
  fingerprint: string;
  counts: Record<string, number>;
}

export function manifestPeriod(period: ReportPeriod): ManifestPeriod {
  return { key: periodKey(period), label: period.label, from: isoFromDay(period.from), to: isoFromDay(period.to), rule: period.rule };
}

function unitOf(session: LedgerSession): { code: string; name: string; desk: number; receivingUnit: string } {
  const s = session.settings();
  if (s.unitCode === '') throw new HandoffError('Chưa khai báo mã đơn vị nên chưa xuất được gói: hãy nhập mã đơn vị trong phần Cài đặt.');
  return { code: s.unitCode, name: s.unitName, desk: s.deskNumber, receivingUnit: s.receivingUnit };
}

function build(session: LedgerSession, key: UnitKey, kind: PackageKind, at: Date, period: ReportPeriod | null, counts: Record<string, number>, parts: PartInput[], passphrase: string | null) {
  const unit = unitOf(session);
  return buildPackage({
    kind,
    appVersion: appVersion(),
    createdAt: at,
    sender: { unitCode: unit.code, unitName: unit.name, desk: unit.desk },
    receivingUnit: unit.receivingUnit,
    period: period ? manifestPeriod(period) : null,
    schemaVersion: schemaVersionOf(session.db),
    counts,
    parts,
    key,
    passphrase,
  });
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

function outcome(file: string, bytes: Buffer, kind: PackageKind, key: UnitKey, counts: Record<string, number>): ExportOutcome {
  const pkg = readPackage(bytes);
  return { file, kind, packageId: pkg.manifest.package_id, sha256: pkg.sha256, size: bytes.length, fingerprint: key.fingerprint, counts };
}

/** Checks the bytes read back are this very package, whole and readable as the receiver will read them. */
function readBack(written: Buffer, expected: Buffer): ReturnType<typeof readPackage> {
  if (!written.equals(expected)) throw new HandoffError('Gói đọc lại từ ổ đĩa không giống gói vừa ghi.');
  return readPackage(written);
}

export interface ExportReportRequest {
  period: ReportPeriod;
  out: string;
  /** Defaults to now. */
  at?: Date;
  /** Adds the report PDF (default true). */
  includePdf?: boolean;
}

export async function exportReportPackage(session: LedgerSession, request: ExportReportRequest): Promise<ExportOutcome> {
  const at = request.at ?? new Date();
  const unit = unitOf(session);
  const key = ensureUnitKey(session.db, { actor: session.actor, at });
  const { period } = request;
  const view = periodReportView(session, period, at.getTime());
  const part: ReportPart = {
    unit: { code: unit.code, name: unit.name, receiving_unit: unit.receivingUnit },
    period: manifestPeriod(period),
    signed: view.signoff ? { signer: view.signoff.signer, signed_at: view.signoff.signedAt } : null,
    report: view.report,
  };
  const content = json(part);
  // The PDF prints exactly this input: the free text checked below is the free text printed.
  const input = (request.includePdf ?? true) ? reportInputFor(session, period, vietnamLocalFromEpoch(at.getTime()).day, at.getTime()) : null;
  // The period's citizens, and those of the dossiers whose corrections the report lists.
  const ids = [...session.dossiers.rowsForReport(period.from, period.to).map((r) => r.id), ...view.earlierCorrections.map((c) => c.dossierId)];
  const personal = personalValuesOf(session.db, [...new Set(ids)]);
  assertNoPersonalDataInTexts(
    reportFreeTexts({ report: view.report, pdf: input ? { narrative: input.narrative.sections, corrections: view.earlierCorrections } : null }),
    personal,
  );
  assertNoPersonalData(content.toString('utf8'), personal);
  const parts: PartInput[] = [{ name: PART_NAMES.report, mediaType: 'application/json', content, compress: true }];
  if (input) parts.push({ name: PART_NAMES.pdf, mediaType: 'application/pdf', content: await renderReportPdf(input), compress: false });
  const counts = { fields: view.report.by_field.length, late_dossiers: view.report.late_dossiers.length, received: view.report.total.received };
  const bytes = build(session, key, 'report', at, period, counts, parts, null);
  writePackageFile(request.out, bytes, (written) => {
    parseReportPart(partOpener(readBack(written, bytes), null).bytes(PART_NAMES.report));
  });
  return outcome(request.out, bytes, 'report', key, counts);
}

export interface ExportFullRequest {
  out: string;
  /** Typed by the user; at least 8 characters. */
  passphrase: string;
  at?: Date;
  /** Recorded in the manifest for information; the package always holds every dossier. */
  period?: ReportPeriod | null;
}

export function exportFullPackage(session: LedgerSession, request: ExportFullRequest): ExportOutcome {
  checkNewPassphrase(request.passphrase);
  const at = request.at ?? new Date();
  unitOf(session);
  const key = ensureUnitKey(session.db, { actor: session.actor, at });
  const db = session.db;
  const snapshot = db.transaction(() => ({ dossiers: collectDossiers(db), tables: collectLedgerTables(db), schemaVersion: schemaVersionOf(db) }))();
  const counts = {
    dossiers: snapshot.dossiers.length,
    history_events: snapshot.dossiers.reduce((n, d) => n + d.events.length, 0),
    tables: snapshot.tables.length,
  };
  const parts: PartInput[] = [
    { name: PART_NAMES.dossiers, mediaType: 'application/json', content: json({ schema_version: snapshot.schemaVersion, dossiers: snapshot.dossiers }), compress: true },
    { name: PART_NAMES.ledger, mediaType: 'application/json', content: json({ schema_version: snapshot.schemaVersion, tables: snapshot.tables }), compress: true },
  ];
  const bytes = build(session, key, 'full', at, request.period ?? null, counts, parts, request.passphrase);
  writePackageFile(request.out, bytes, (written) => {
    const opener = partOpener(readBack(written, bytes), request.passphrase);
    const dossiers = dossiersPartSchema.parse(JSON.parse(opener.bytes(PART_NAMES.dossiers).toString('utf8')));
    ledgerPartSchema.parse(JSON.parse(opener.bytes(PART_NAMES.ledger).toString('utf8')));
    if (dossiers.dossiers.length !== counts.dossiers) throw new HandoffError('Gói đọc lại thiếu hồ sơ.');
  });
  return outcome(request.out, bytes, 'full', key, counts);
}
