// Opening a package for import, without writing anything: verify the file (checksums, signature, version),
// decide whether this ledger accepts its sender and kind, then decrypt and check the content.
import type { LedgerSession } from '../services/ledger-session';
import { LATEST_SCHEMA_VERSION } from '../ledger';
import { type PackageDossier, dossiersPartSchema } from './dossier-content';
import { PackageRefusedError } from './errors';
import { ledgerPartSchema } from './ledger-content';
import { KIND_LABELS_VI, type ManifestPeriod, type PackageKind } from './manifest';
import { type PartOpener, type VerifiedPackage, partOpener, readPackage } from './package-reader';
import { type ReportPart, parseReportPart } from './report-content';
import { type TrustDecision, type TrustOptions, decideTrust } from './trust';
import { publicKeyOfPrivate } from './keys';

export const PART_NAMES = { dossiers: 'dossiers.json', ledger: 'ledger.json', report: 'report.json', pdf: 'report.pdf' } as const;

export interface PackageImportOptions extends TrustOptions {
  /** Shown in the preview and kept with the import batch. */
  fileName?: string;
  /** Needed for full packages. */
  passphrase?: string | null;
}

export interface PackageSummary {
  kind: PackageKind;
  kindLabel: string;
  packageId: string;
  sha256: string;
  fileName: string;
  appVersion: string;
  createdAt: string;
  sender: { unitCode: string; unitName: string; desk: number | null; fingerprint: string };
  receivingUnit: string;
  period: ManifestPeriod | null;
  counts: Record<string, number>;
}

export interface OpenedPackage {
  pkg: VerifiedPackage;
  summary: PackageSummary;
  trust: TrustDecision;
  dossiers: PackageDossier[];
  report: ReportPart | null;
  pdf: Buffer | null;
  /** The unit's key pair carried by a full package, when this desk adopts it. */
  adoptedKey: { publicKey: Buffer; privateKey: Buffer } | null;
}

function parseJson(opener: PartOpener, name: string): unknown {
  try {
    return JSON.parse(opener.bytes(name).toString('utf8'));
  } catch (error) {
    if (error instanceof PackageRefusedError) throw error;
    throw new PackageRefusedError('invalid_content', `Phần "${name}" của gói không đọc được.`, { cause: error });
  }
}

function invalid(name: string, path: PropertyKey[]): PackageRefusedError {
  return new PackageRefusedError('invalid_content', `Phần "${name}" của gói không đúng mẫu (tại "${path.map(String).join('.')}").`);
}

function carriedKey(opener: PartOpener, pkg: VerifiedPackage): { publicKey: Buffer; privateKey: Buffer } {
  const parsed = ledgerPartSchema.safeParse(parseJson(opener, PART_NAMES.ledger));
  if (!parsed.success) throw invalid(PART_NAMES.ledger, parsed.error.issues[0]?.path ?? []);
  const table = parsed.data.tables.find((t) => t.name === 'unit_signing_key');
  const row = table?.rows[0];
  const cell = (column: string) => {
    const value = row?.[table?.columns.indexOf(column) ?? -1];
    return value !== null && typeof value === 'object' ? Buffer.from(value.b64, 'base64') : null;
  };
  const privateKey = cell('private_key');
  if (!privateKey || !publicKeyOfPrivate(privateKey).equals(pkg.publicKey)) {
    throw new PackageRefusedError('invalid_content', 'Gói đầy đủ không mang khóa ký của đơn vị đã ký gói.');
  }
  return { publicKey: pkg.publicKey, privateKey };
}

function summaryOf(pkg: VerifiedPackage, fileName: string): PackageSummary {
  const m = pkg.manifest;
  // decideTrust refuses rules updates (they have their own import, rules-update-import.ts)
  if (m.kind === 'rules_update') throw new Error('rules update package reached the handoff import');
  return {
    kind: m.kind,
    kindLabel: KIND_LABELS_VI[m.kind],
    packageId: m.package_id,
    sha256: pkg.sha256,
    fileName,
    appVersion: m.app_version,
    createdAt: m.created_at,
    sender: { unitCode: m.sender.unit_code, unitName: m.sender.unit_name, desk: m.sender.desk, fingerprint: m.sender.fingerprint },
    receivingUnit: m.receiving_unit,
    period: m.period,
    counts: m.counts,
  };
}

export function openPackage(session: LedgerSession, bytes: Uint8Array, options: PackageImportOptions = {}): OpenedPackage {
  const pkg = readPackage(bytes);
  const m = pkg.manifest;
  const trust = decideTrust(session.db, session.settings(), m, options);
  const opener = partOpener(pkg, options.passphrase ?? null);
  const opened: OpenedPackage = { pkg, summary: summaryOf(pkg, options.fileName ?? ''), trust, dossiers: [], report: null, pdf: null, adoptedKey: null };
  if (m.kind === 'full') {
    if (m.schema_version > LATEST_SCHEMA_VERSION) {
      throw new PackageRefusedError(
        'ledger_too_old',
        `Gói được tạo bởi phiên bản Sổ Một Cửa mới hơn (lược đồ số ${m.schema_version}; máy này đến số ${LATEST_SCHEMA_VERSION}). Hãy cập nhật Sổ Một Cửa trên máy này.`,
      );
    }
    const parsed = dossiersPartSchema.safeParse(parseJson(opener, PART_NAMES.dossiers));
    if (!parsed.success) throw invalid(PART_NAMES.dossiers, parsed.error.issues[0]?.path ?? []);
    opened.dossiers = parsed.data.dossiers;
    if (trust.kind === 'adopt_key') opened.adoptedKey = carriedKey(opener, pkg);
    return opened;
  }
  const report = parseReportPart(opener.bytes(PART_NAMES.report));
  if (report.unit.code !== m.sender.unit_code || report.period.key !== m.period?.key) {
    throw new PackageRefusedError('invalid_content', 'Đơn vị hoặc kỳ báo cáo trong số liệu không khớp với bản kê khai của gói.');
  }
  opened.report = report;
  opened.pdf = opener.has(PART_NAMES.pdf) ? opener.bytes(PART_NAMES.pdf) : null;
  return opened;
}
