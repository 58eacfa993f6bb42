// Signing off a period (handoff.md "Locking"): the figures are frozen as signed; later changes to the
// dossiers they counted are corrections, shown against the signed figures and listed on the next report.
import { type ReportPeriod, periodHasEnded, periodKey, periodSoFar } from '../../shared/periods/period';
import { cellsOf } from '../../shared/report/cells';
import type { CompiledReport } from '../../shared/report/compile';
import { isoFromDay, viDate } from '../../shared/time/day';
import { type LocalDateTime, vietnamLocalFromEpoch } from '../../shared/time/local-time';
import { BIEU_06_PROFILE } from '../../shared/report/profile';
import type { CorrectedCell } from '../documents';
import { changedCells } from '../documents/report-tables';
import { createSignoffRepository, type Correction, type SignedPeriod } from '../ledger';
import { checkChairmanPin } from '../security/pin-lockout';
import { type FigureDifference, figureDifferences } from '../../shared/report/figure-differences';
import { archiveSignoff, archivedSignoff } from '../reliability/signed-periods-archive';
import type { LedgerSession } from './ledger-session';
import { compilePeriodReport } from './report-service';

export class SignoffError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignoffError';
  }
}

export interface CorrectionView {
  period: string;
  /** The signed period's key (`2024-Q1@nd09`). */
  periodKey: string;
  dossierId: string;
  code: string;
  kind: 'changed' | 'added';
  at: string;
  actor: string;
  /** `{ column: [before, after] }`. */
  changes: Record<string, [unknown, unknown]>;
}

export interface PeriodReportView {
  /** The figures to print: as signed when the period is signed, otherwise computed now. */
  report: CompiledReport;
  signoff: { signer: string; signedAt: string; signedBy: string } | null;
  /** For a signed period: the figures as the ledger stands now, to show against the signed ones. */
  current: CompiledReport | null;
  /** Changes made after the sign-off to the dossiers this period counted. */
  corrections: CorrectionView[];
  /** Corrections to earlier signed periods that this report must list. */
  earlierCorrections: CorrectionView[];
  /**
   * A period signed again after its sign-off was lost: each earlier sign-off and the cells its figures
   * differ in — the period's own correction, shown with it and printed on its report.
   */
  revisions: SignoffRevision[];
  /**
   * For a period that has not ended: the instant the figures are taken at ("tạm tính đến …"); pending
   * dossiers are judged then, not at the period's end. Null once the period has ended.
   */
  provisionalAsOf: LocalDateTime | null;
}

function view(c: Correction): CorrectionView {
  return {
    period: c.periodLabel,
    periodKey: c.periodKey,
    dossierId: c.dossierId,
    code: c.code,
    kind: c.kind,
    at: c.at,
    actor: c.actor,
    changes: JSON.parse(c.changesJson) as Record<string, [unknown, unknown]>,
  };
}

function parseSigned(s: SignedPeriod): CompiledReport {
  return JSON.parse(s.figuresJson) as CompiledReport;
}

/**
 * The period's report as it stands at `now` (epoch ms; the computer's clock by default): a period not over
 * yet is compiled as far as it has run, judged at that instant, and still labelled with its whole range.
 */
export function compileReportAt(session: LedgerSession, period: ReportPeriod, now: number): { report: CompiledReport; provisionalAsOf: LocalDateTime | null } {
  const at = vietnamLocalFromEpoch(now);
  if (periodHasEnded(period, at.day)) return { report: compilePeriodReport(session, period), provisionalAsOf: null };
  const report = compilePeriodReport(session, periodSoFar(period, at.day));
  return { report: { ...report, period: { ...report.period, to: isoFromDay(period.to) } }, provisionalAsOf: at };
}

export function periodReportView(session: LedgerSession, period: ReportPeriod, now: number = Date.now()): PeriodReportView {
  const signoffs = createSignoffRepository(session.db);
  const signed = signoffs.find(periodKey(period));
  const fresh = compileReportAt(session, period, now);
  // Signed periods list what was corrected since; an unsigned one lists what it will carry when signed.
  if (!signed) {
    const earlierCorrections = signoffs.unlistedCorrectionsBefore(period.from).map(view);
    return { report: fresh.report, signoff: null, current: null, corrections: [], earlierCorrections, revisions: [], provisionalAsOf: fresh.provisionalAsOf };
  }
  return {
    report: parseSigned(signed),
    signoff: { signer: signed.signerName, signedAt: signed.signedAt, signedBy: signed.signedBy },
    current: fresh.report,
    corrections: signoffs.correctionsOf(signed.id).map(view),
    earlierCorrections: signoffs.correctionsListedIn(signed.id).map(view),
    revisions: signoffRevisions(session, signed.id),
    provisionalAsOf: null,
  };
}

/** Why a period cannot be signed on `today`, or null: figures are final only once the period is over. */
export function signoffRefusal(period: ReportPeriod, today: number): string | null {
  if (periodHasEnded(period, today)) return null;
  return (
    `Chưa ký duyệt được ${period.label}: kỳ báo cáo kết thúc ngày ${viDate(period.to)}, hôm nay mới ngày ${viDate(today)}. ` +
    `Số liệu hiện chỉ là tạm tính; ký duyệt từ ngày ${viDate(period.to + 1)}.`
  );
}

export interface SignoffRequest {
  signerName: string;
  /** The chairman's PIN (scrypt-hashed in the ledger, electron/security/chairman-pin). */
  pin: string;
  /** When the PIN is typed (for the lock after repeated wrong PINs); default: the computer's clock. */
  at?: Date;
}

export function signOffPeriod(session: LedgerSession, period: ReportPeriod, request: SignoffRequest): SignedPeriod {
  const at = request.at ?? new Date();
  // Before the PIN, so a refused request never counts as a wrong PIN.
  const refusal = signoffRefusal(period, vietnamLocalFromEpoch(at.getTime()).day);
  if (refusal) throw new SignoffError(refusal);
  // Five wrong PINs in a row lock further tries for five minutes (electron/security/pin-lockout).
  checkChairmanPin({
    db: session.db,
    ledgerFile: session.file,
    pin: request.pin,
    now: at.getTime(),
    refusal: 'kỳ báo cáo chưa được ký duyệt',
  });
  const signoffs = createSignoffRepository(session.db);
  const key = periodKey(period);
  if (signoffs.find(key)) throw new SignoffError(`${period.label} đã được ký duyệt; số liệu đã khóa, không ký lại.`);
  if (request.signerName.trim() === '') throw new SignoffError('Cần ghi họ tên người ký.');
  const earlier = archivedSignoff(session.file, key);
  const signed = session.db.transaction(() => {
    const report = compilePeriodReport(session, period);
    // Signed before and lost since: the earlier sign-off and the changed cells go in with this one, or nothing does.
    const revision = earlier
      ? {
          previousSigner: earlier.signerName,
          previousSignedAt: earlier.signedAt,
          previousFiguresJson: earlier.figuresJson,
          differencesJson: JSON.stringify(figureDifferences(JSON.parse(earlier.figuresJson) as CompiledReport, report)),
        }
      : null;
    const ctx = { calendar: session.calendar(), policy: session.policy() };
    const counted = session.dossiers
      .rowsForReport(period.from, period.to)
      .filter((row) => cellsOf(row, period, ctx).keys !== null)
      .map((row) => row.id);
    return signoffs.create(
      {
        periodKey: key,
        label: period.label,
        fromDay: period.from,
        toDay: period.to,
        figuresJson: JSON.stringify(report),
        signerName: request.signerName.trim(),
        dossierIds: counted,
        revision,
      },
      { actor: session.actor, at },
    );
  }).immediate();
  archiveSignoff(session.file, { periodKey: key, label: signed.label, figuresJson: signed.figuresJson, signerName: signed.signerName, signedAt: signed.signedAt, signedBy: signed.signedBy });
  return signed;
}

export interface SignoffRevision {
  previousSigner: string;
  previousSignedAt: string;
  /** When the period was signed again (the new sign-off's instant). */
  recordedAt: string;
  differences: FigureDifference[];
}

/** The earlier sign-offs recorded with this one (a period signed again), oldest first. */
export function signoffRevisions(session: LedgerSession, signoffId: number): SignoffRevision[] {
  return createSignoffRepository(session.db)
    .revisionsOf(signoffId)
    .map((r) => ({
      previousSigner: r.previousSigner,
      previousSignedAt: r.previousSignedAt,
      recordedAt: r.recordedAt,
      differences: JSON.parse(r.differencesJson) as FigureDifference[],
    }));
}

/** A signed period as a report period (its key holds the rule). */
function signedAsPeriod(s: SignedPeriod): ReportPeriod {
  const rule = s.periodKey.endsWith('@calendar') ? 'calendar' : 'nd09';
  return { spec: { kind: 'range', from: s.fromDay, to: s.toDay }, rule, from: s.fromDay, to: s.toDay, label: s.label };
}

/** The cells of each corrected signed period's Biểu 06 that the ledger now gives differently, old → new. */
export function correctedCellsOf(session: LedgerSession, corrections: readonly CorrectionView[]): CorrectedCell[] {
  const signoffs = createSignoffRepository(session.db);
  const out: CorrectedCell[] = [];
  const seen = new Set<string>();
  for (const c of corrections) {
    if (seen.has(c.periodKey)) continue;
    seen.add(c.periodKey);
    const signed = signoffs.find(c.periodKey);
    if (!signed) continue;
    out.push(...changedCells(signed.label, parseSigned(signed), compilePeriodReport(session, signedAsPeriod(signed)), BIEU_06_PROFILE));
  }
  return out;
}
