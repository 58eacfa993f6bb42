// The USB handoff (handoff.md) for the command line and the app's screens. Every function takes an open
// LedgerSession (electron/services/ledger-session) except restore, which makes a new ledger file.
//
// Export:  exportReportPackage (commune → receiving office), exportFullPackage (desk → desk, backup).
// Import:  previewPackageImport (the dry run), importPackage (one transaction), restoreFromPackage.
// Desks:   listConflicts / resolveConflict; unitIdentity (the fingerprint to give the receiving office).
// Office:  setReceivingOffice, registerSendingUnit, periodStatus, consolidatePeriod, renderConsolidated.
import type { LedgerSession } from '../services/ledger-session';
import { consolidatePeriod as consolidate, type ConsolidatedReport, periodStatus as status, type PeriodStatus } from './consolidation';
import { type TrustedUnit, type UnitRegistration, listTrustedUnits, registerUnit } from './trusted-units';
import { type LedgerRole, ensureUnitKey, readRole, readUnitKey, setRole } from './unit-identity';

export { PackageRefusedError, HandoffError, type RefusalReason } from './errors';
export { exportReportPackage, exportFullPackage, type ExportOutcome, type ExportReportRequest, type ExportFullRequest } from './package-export';
export { previewPackageImport, importPackage, type PackagePreview, type PackageImportOutcome, type PackageImportOptions, type PackageSummary } from './package-import';
export type { DossierPlanItem, DossierAction, MergeCounts } from './merge-plan';
export type { ReportPlanItem, FigureChange } from './report-receive';
export type { DossierDifference } from './dossier-differences';
export { restoreFromPackage, type RestoreRequest, type RestoreOutcome } from './restore';
export { summariseFullPackage, type FullPackageSummary } from './restore-summary';
export { listConflicts, resolveConflict, type ConflictView, type ConflictChoice } from './conflicts';
export { renderConsolidated, type ConsolidatedFormat } from './consolidated-documents';
export type { ConsolidatedReport, ConsolidatedRow, PeriodStatus, UnitPeriodStatus, UnitPeriodState } from './consolidation';
export type { TrustedUnit, UnitRegistration } from './trusted-units';
export type { LedgerRole } from './unit-identity';
export { MIN_PASSPHRASE_LENGTH } from './encryption';
export { normaliseFingerprint } from './keys';
export { KIND_LABELS_VI, type PackageKind } from './manifest';
export { exportRulesUpdate, parseRulesSource, type RulesExportOutcome } from './rules-update-export';
export { previewRulesUpdate, importRulesUpdate, type RulesUpdatePreview } from './rules-update-import';
export type { CalendarPlanItem, ProcedurePlanItem, RuleView, DayState } from './rules-update-plan';
export { listRulesAuthorities, registerRulesAuthority, type RulesAuthority, type RulesAuthorityRegistration } from './rules-authorities';

export interface UnitIdentity {
  unitCode: string;
  unitName: string;
  /** Read it out to the receiving office: "K7Q2-M9XA-3RTB-Z4PW". */
  fingerprint: string;
  keyCreatedAt: string;
  role: LedgerRole;
}

/** The unit's key fingerprint, creating the key at first use when `create` is set (default: only read). */
export function unitIdentity(session: LedgerSession, options: { create?: boolean; at?: Date } = {}): UnitIdentity | null {
  const key = options.create ? ensureUnitKey(session.db, { actor: session.actor, at: options.at }) : readUnitKey(session.db);
  if (!key) return null;
  const s = session.settings();
  return { unitCode: s.unitCode, unitName: s.unitName, fingerprint: key.fingerprint, keyCreatedAt: key.createdAt, role: readRole(session.db) };
}

export function ledgerRole(session: LedgerSession): LedgerRole {
  return readRole(session.db);
}

/** Turns the ledger into the receiving office's (imports report packages, consolidates), or back. */
export function setReceivingOffice(session: LedgerSession, on: boolean, at?: Date): void {
  setRole(session.db, on ? 'receiving_office' : 'unit', { actor: session.actor, at });
}

/** Registers a unit's key fingerprint (receiving office), or another desk's key of this unit. */
export function registerSendingUnit(session: LedgerSession, registration: UnitRegistration, at?: Date): TrustedUnit {
  return registerUnit(session.db, registration, { actor: session.actor, at });
}

export function listRegisteredUnits(session: LedgerSession): TrustedUnit[] {
  return listTrustedUnits(session.db);
}

export function periodStatus(session: LedgerSession, periodKey: string): PeriodStatus {
  return status(session.db, periodKey);
}

export function consolidatePeriod(session: LedgerSession, periodKey: string): ConsolidatedReport | null {
  return consolidate(session.db, periodKey);
}
