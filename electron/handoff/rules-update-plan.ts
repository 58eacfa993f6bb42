// What a rules update would change in this ledger, decided from the ledger as it is (nothing written):
// each calendar day is new, replaces the office's edit of that date, or is already there; each procedure
// change adds a procedure, starts a new version (the earlier one closes the day before, so dossiers
// received before keep it), retires one, or is already there. A change that contradicts the ledger (a
// version of that code already starting on or after the date, with other content) refuses the package.
import type { Procedure, ProcedureRule } from '../../shared/catalogue/procedure';
import { DEFAULT_CUTOFF_MINUTE } from '../../shared/catalogue/procedure';
import { type IsoDate, dayFromIso, isoFromDay, viDate } from '../../shared/time/day';
import { parseMinute } from '../../shared/time/local-time';
import type { LedgerSession } from '../services/ledger-session';
import { PackageRefusedError } from './errors';
import type { RulesCalendarDay, RulesProcedureChange, RulesProcedureVersion, RulesUpdateContent } from './rules-update-content';

export interface DayState {
  working: boolean;
  /** Vietnamese, as the calendar describes the day. */
  reason: string;
}

export interface CalendarPlanItem {
  date: IsoDate;
  kind: 'off' | 'work';
  /** The reason stored with the office edit: the package's reason and its basis. */
  reason: string;
  action: 'new' | 'replace' | 'unchanged';
  /** The office edit of that date this replaces (marked removed, kept in the history). */
  replaces: { kind: 'off' | 'work'; reason: string } | null;
  before: DayState;
  /** Filled by the dry run, from the calendar with the package applied. */
  after: DayState;
}

export interface RuleView {
  name: string;
  field: string;
  rule: ProcedureRule;
  effectiveFrom: IsoDate | null;
  effectiveTo: IsoDate | null;
}

export interface ProcedurePlanItem {
  code: string;
  name: string;
  action: 'add' | 'change' | 'retire' | 'unchanged';
  /** First day the new rule applies (or the first day the procedure is no longer received). */
  effectiveFrom: IsoDate;
  basis: string;
  /** The version in force the day before (what dossiers received before keep). */
  before: RuleView | null;
  after: RuleView | null;
  /** For add / change: the version to store. */
  version: Procedure | null;
}

export interface RulesPlan {
  calendar: CalendarPlanItem[];
  procedures: ProcedurePlanItem[];
}

/** The reason an office edit made by the package carries: the notice's words and its number. */
export const editReasonOf = (d: RulesCalendarDay) => `${d.reason} (${d.basis})`;

const noteOf = (p: RulesProcedureVersion) => (p.note.trim() === '' ? `Căn cứ: ${p.basis}` : `${p.note.trim()} — Căn cứ: ${p.basis}`);

export function versionOf(p: RulesProcedureVersion): Procedure {
  const cutoff = p.cutoff === null ? null : parseMinute(p.cutoff);
  return {
    code: p.code,
    name: p.name,
    field: p.field,
    rule: { timeValue: p.time_value, timeUnit: p.time_unit, cutoffMinute: cutoff ?? (p.time_unit === 'same_day' ? DEFAULT_CUTOFF_MINUTE : null), extraWorkingDays: 0 },
    note: noteOf(p),
    confidence: p.confidence,
    effectiveFrom: p.effective_from,
    effectiveTo: null,
  };
}

const ruleView = (p: Procedure): RuleView => ({ name: p.name, field: p.field, rule: p.rule, effectiveFrom: p.effectiveFrom, effectiveTo: p.effectiveTo });

function sameVersion(a: Procedure, b: Procedure): boolean {
  return (
    a.name === b.name &&
    a.field === b.field &&
    a.note === b.note &&
    a.confidence === b.confidence &&
    a.rule.timeValue === b.rule.timeValue &&
    a.rule.timeUnit === b.rule.timeUnit &&
    a.rule.cutoffMinute === b.rule.cutoffMinute
  );
}

const conflicting = (code: string, detail: string) =>
  new PackageRefusedError(
    'invalid_content',
    `Thay đổi thủ tục ${code} trong gói không khớp với danh mục của sổ này: ${detail} Hãy báo đơn vị gửi gói để kiểm tra.`,
  );

function planVersion(session: LedgerSession, p: RulesProcedureVersion): ProcedurePlanItem {
  const version = versionOf(p);
  const versions = session.catalogue.versionsOf(p.code);
  const from = p.effective_from;
  const item = { code: p.code, name: p.name, effectiveFrom: from, basis: p.basis, after: ruleView(version), version };
  const sameStart = versions.find((v) => v.effectiveFrom === from);
  if (sameStart) {
    if (sameVersion(sameStart, version)) return { ...item, action: 'unchanged', before: ruleView(sameStart), version: null };
    throw conflicting(p.code, `sổ đã có một phiên bản khác bắt đầu hiệu lực ngày ${viDate(dayFromIso(from))}.`);
  }
  const laterStart = versions.find((v) => v.effectiveFrom !== null && v.effectiveFrom > from);
  if (laterStart?.effectiveFrom) {
    throw conflicting(p.code, `sổ đã có phiên bản bắt đầu hiệu lực ngày ${viDate(dayFromIso(laterStart.effectiveFrom))}, sau ngày hiệu lực của gói.`);
  }
  const before = session.catalogue.findByCode(p.code, dayFromIso(from) - 1);
  return { ...item, action: versions.length === 0 ? 'add' : 'change', before: before ? ruleView(before) : null };
}

function planRetirement(session: LedgerSession, p: Extract<RulesProcedureChange, { action: 'retire' }>): ProcedurePlanItem {
  const versions = session.catalogue.versionsOf(p.code);
  const latest = versions.at(-1) ?? null;
  const item = { code: p.code, name: latest?.name ?? p.code, effectiveFrom: p.effective_from, basis: p.basis, after: null, version: null };
  if (!latest) return { ...item, action: 'unchanged', before: null };
  const lastDay = isoFromDay(dayFromIso(p.effective_from) - 1);
  if (latest.effectiveFrom !== null && latest.effectiveFrom > lastDay) {
    throw conflicting(p.code, `sổ có phiên bản bắt đầu hiệu lực ngày ${viDate(dayFromIso(latest.effectiveFrom))}, từ ngày gói cho thôi áp dụng trở đi.`);
  }
  const ended = latest.effectiveTo !== null && latest.effectiveTo <= lastDay;
  return { ...item, action: ended ? 'unchanged' : 'retire', before: ruleView(latest) };
}

function dayState(session: LedgerSession, date: IsoDate): DayState {
  const status = session.calendar().describe(dayFromIso(date));
  return { working: status.working, reason: status.reason };
}

function planDay(session: LedgerSession, active: Map<string, { kind: 'off' | 'work'; reason: string }>, d: RulesCalendarDay): CalendarPlanItem {
  const reason = editReasonOf(d);
  const current = active.get(d.date) ?? null;
  const before = dayState(session, d.date);
  const action = current === null ? 'new' : current.kind === d.kind && current.reason === reason ? 'unchanged' : 'replace';
  return { date: d.date, kind: d.kind, reason, action, replaces: action === 'replace' ? current : null, before, after: before };
}

export function planRulesUpdate(session: LedgerSession, content: RulesUpdateContent): RulesPlan {
  const active = new Map(session.calendarEdits.listActive().map((e) => [e.date, { kind: e.kind, reason: e.reason }]));
  return {
    calendar: [...content.calendar].sort((a, b) => a.date.localeCompare(b.date)).map((d) => planDay(session, active, d)),
    procedures: content.procedures.map((p) => (p.action === 'retire' ? planRetirement(session, p) : planVersion(session, p))),
  };
}

export const planWrites = (plan: RulesPlan) => plan.calendar.some((c) => c.action !== 'unchanged') || plan.procedures.some((p) => p.action !== 'unchanged');

/**
 * Writes the plan (inside the caller's transaction), then reads each day back from the rebuilt calendar.
 * `actor` names the person and the package in every edit and version made.
 */
export function applyRulesPlan(session: LedgerSession, plan: RulesPlan, actor: string, at: Date): RulesPlan {
  const ctx = { actor, at };
  for (const c of plan.calendar) {
    if (c.action !== 'unchanged') session.calendarEdits.add({ date: c.date, kind: c.kind, reason: c.reason }, ctx);
  }
  for (const p of plan.procedures) {
    if (p.action === 'retire') session.catalogue.retire(p.code, isoFromDay(dayFromIso(p.effectiveFrom) - 1));
    else if (p.version && p.action !== 'unchanged') session.catalogue.addVersion(p.version, ctx);
  }
  session.invalidate();
  return { ...plan, calendar: plan.calendar.map((c) => ({ ...c, after: dayState(session, c.date) })) };
}
