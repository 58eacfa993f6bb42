// Importing a package of any kind (handoff.md): verified and checked first (a refused package changes
// nothing), then a dry-run preview — new, updated, unchanged, conflicting, rejected, each with its reason —
// then the writing, in one transaction that plans again against the ledger as it is at that moment.
// Importing the same package again writes nothing at all.
import type { LedgerSession } from '../services/ledger-session';
import { stampOf } from '../ledger/audit';
import { viInstant } from '../reliability/vi-time';
import { HandoffError } from './errors';
import { applyDossierMerge } from './merge-apply';
import { type DossierPlanItem, type MergeCounts, countActions, planDossierMerge, planWrites } from './merge-plan';
import { type OpenedPackage, type PackageImportOptions, type PackageSummary, openPackage } from './package-open';
import { type ReportPlanItem, applyReportReceipt, planReportReceipt } from './report-receive';
import type { TrustDecision } from './trust';
import { registerUnit } from './trusted-units';
import { storeUnitKey } from './unit-identity';

export type { PackageImportOptions, PackageSummary } from './package-open';

export interface PackagePreview {
  summary: PackageSummary;
  trust: TrustDecision['kind'];
  /** How the sender is trusted, in Vietnamese. */
  trustNote: string;
  counts: MergeCounts;
  /** Full packages: one item per dossier of the package. */
  dossiers: DossierPlanItem[];
  /** Report packages: the one report. */
  report: ReportPlanItem | null;
  /** Whether importing would write anything. */
  writes: boolean;
}

export interface PackageImportOutcome extends PackagePreview {
  /** The import batch recorded, or null when nothing was written. */
  batchId: number | null;
}

function trustNote(opened: OpenedPackage): string {
  const fp = opened.summary.sender.fingerprint;
  switch (opened.trust.kind) {
    case 'own_key':
      return `Gói được ký bằng khóa của đơn vị (dấu vân tay ${fp}).`;
    case 'registered':
      return `Gói được ký bằng khóa đã đăng ký cho đơn vị (dấu vân tay ${fp}).`;
    case 'adopt_key':
      return `Máy này chưa có khóa ký: sẽ dùng khóa của đơn vị mang trong gói (dấu vân tay ${fp}) để ký các gói sau.`;
    case 'first_use':
      return `Đơn vị chưa đăng ký: theo yêu cầu, tin cậy khóa có dấu vân tay ${fp} từ gói đầu tiên này và đăng ký đơn vị.`;
  }
}

function plan(session: LedgerSession, opened: OpenedPackage): PackagePreview {
  const base = { summary: opened.summary, trust: opened.trust.kind, trustNote: trustNote(opened) };
  const trustWrites = opened.trust.kind === 'adopt_key' || opened.trust.kind === 'first_use';
  if (opened.report) {
    const report = planReportReceipt(session.db, opened.report, { sha256: opened.pkg.sha256, createdAt: opened.summary.createdAt });
    const writes = report.action === 'new' || report.action === 'updated';
    return { ...base, counts: countActions([report]), dossiers: [], report, writes: writes || trustWrites };
  }
  const dossiers = planDossierMerge(session.db, opened.dossiers);
  return { ...base, counts: countActions(dossiers), dossiers, report: null, writes: planWrites(dossiers) || trustWrites };
}

/** The dry run: what importing would do. Writes nothing; throws PackageRefusedError for a refused package. */
export function previewPackageImport(session: LedgerSession, bytes: Uint8Array, options: PackageImportOptions = {}): PackagePreview {
  return plan(session, openPackage(session, bytes, options));
}

function sourceOf(s: PackageSummary): string {
  return `${s.sender.unitName || 'Đơn vị'} (mã ${s.sender.unitCode})${s.sender.desk ? `, bàn ${s.sender.desk}` : ''}, gói tạo lúc ${viInstant(Date.parse(s.createdAt))}`;
}

const sameCounts = (a: MergeCounts, b: MergeCounts) => (Object.keys(a) as (keyof MergeCounts)[]).every((k) => a[k] === b[k]);

/**
 * Imports the package in one transaction. With `expected` (the counts of the preview the user saw), the
 * import is refused when the ledger changed meanwhile so that the outcome would differ.
 */
export function importPackage(
  session: LedgerSession,
  bytes: Uint8Array,
  options: PackageImportOptions & { expected?: MergeCounts; at?: Date; beforeWrite?: () => void } = {},
): PackageImportOutcome {
  const opened = openPackage(session, bytes, options);
  const db = session.db;
  const run = db.transaction((): PackageImportOutcome => {
    const preview = plan(session, opened);
    if (options.expected && !sameCounts(options.expected, preview.counts)) {
      throw new HandoffError('Sổ đã thay đổi từ lúc xem trước nên kết quả nhập gói sẽ khác: hãy xem trước lại rồi mới nhập.');
    }
    if (!preview.writes) return { ...preview, batchId: null };
    const ctx = { actor: session.actor, at: options.at };
    const at = stampOf(ctx);
    const s = opened.summary;
    const batch = session.importBatches.record(
      { sha256: s.sha256, kind: `package_${s.kind}`, fileName: s.fileName, counts: { ...preview.counts } },
      ctx,
    );
    if (opened.adoptedKey) storeUnitKey(db, opened.adoptedKey, 'adopted', ctx);
    if (opened.trust.kind === 'first_use') registerUnit(db, { unitCode: s.sender.unitCode, fingerprint: s.sender.fingerprint, unitName: s.sender.unitName }, ctx, 'first_use');
    if (preview.report) {
      applyReportReceipt(db, preview.report, {
        packageId: s.packageId,
        packageSha256: s.sha256,
        packageCreatedAt: s.createdAt,
        fingerprint: s.sender.fingerprint,
        pdf: opened.pdf,
        batchId: batch.id,
        at,
        actor: session.actor,
      });
    } else {
      applyDossierMerge(db, preview.dossiers, { batchId: batch.id, at, actor: session.actor, source: sourceOf(s) });
    }
    return { ...preview, batchId: batch.id };
  });
  // The package is opened and verified (the slow part); from here on, the writing.
  options.beforeWrite?.();
  return run.immediate();
}
