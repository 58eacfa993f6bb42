// Open dossiers a rules update reaches by their rule (not by the calendar: that is the due-date
// recompute's). A dossier keeps the rule of the version in force when it was received, so a new version
// reaches only dossiers received on or after its first day — which exist only when the package arrives
// after that day. Those take the new version's rule, and their due date is counted again with it; each
// change is one history event saying which rule, from which date to which, and why.
import type { ProcedureRule } from '../../shared/catalogue/procedure';
import { type DayNumber, dayFromIso, viDate } from '../../shared/time/day';
import { dueDateAtReception, effectiveDueDay, ruleForOffice } from '../services/due-dates';
import type { LedgerSession } from '../services/ledger-session';
import { statutoryTimeVi } from '../api/presenters/procedure';
import type { ProcedurePlanItem } from './rules-update-plan';

/** The history action of a dossier given a procedure's new rule by a rules update. */
export const RULES_UPDATE_ACTION = 'rules_update';

export interface RuleChangedDossier {
  id: string;
  code: string;
  oldRule: ProcedureRule;
  newRule: ProcedureRule;
  oldDue: DayNumber | null;
  newDue: DayNumber | null;
}

const sameRule = (a: ProcedureRule, b: ProcedureRule) =>
  a.timeValue === b.timeValue &&
  a.timeUnit === b.timeUnit &&
  a.cutoffMinute === b.cutoffMinute &&
  a.extraWorkingDays === b.extraWorkingDays &&
  (a.onlineCutoffMinute ?? null) === (b.onlineCutoffMinute ?? null);

/** The new version's rule with the dossier's own online clock start, as it was received. */
function newRuleOf(base: ProcedureRule, received: ProcedureRule): ProcedureRule {
  const { onlineCutoffMinute: _ignored, ...rest } = base;
  return typeof received.onlineCutoffMinute === 'number' ? { ...rest, onlineCutoffMinute: received.onlineCutoffMinute } : rest;
}

const dueText = (day: DayNumber | null) => (day === null ? 'chờ bổ sung' : viDate(day));

/** Gives the new rule to the open dossiers received on or after each changed version's first day (inside the caller's transaction). */
export function applyNewRulesToOpenDossiers(session: LedgerSession, items: readonly ProcedurePlanItem[], cause: string, ctx: { actor: string; at: Date }): RuleChangedDossier[] {
  const select = session.db.prepare<[string, number], { id: string }>(
    'SELECT id FROM dossiers WHERE procedure_code = ? AND received_day >= ? AND ended_day IS NULL AND returned_day IS NULL ORDER BY row_id',
  );
  const changed: RuleChangedDossier[] = [];
  for (const item of items) {
    if (item.action !== 'change') continue;
    const from = dayFromIso(item.effectiveFrom);
    const version = session.catalogue.findByCode(item.code, from);
    if (!version) continue;
    const officeRule = ruleForOffice(session, version);
    for (const { id } of select.all(item.code, from)) {
      const record = session.dossiers.getById(id);
      if (!record) continue;
      const rule = newRuleOf(officeRule, record.rule);
      if (sameRule(record.rule, rule)) continue;
      const baseDueDay = dueDateAtReception(session, rule, record.receivedAt).day;
      const dueDay = effectiveDueDay(session, { baseDueDay, rule, supplements: record.supplements });
      const reason =
        `Áp dụng quy định mới của thủ tục từ ${viDate(from)} (${item.basis}): thời hạn ${statutoryTimeVi(record.rule)} → ${statutoryTimeVi(rule)}; ` +
        `hạn trả đổi từ ${dueText(record.dueDay)} sang ${dueText(dueDay)} do ${cause}`;
      session.dossiers.update(id, { rule, baseDueDay, dueDay }, { ...ctx, action: RULES_UPDATE_ACTION, details: { reason: [null, reason] } });
      changed.push({ id, code: record.code, oldRule: record.rule, newRule: rule, oldDue: record.dueDay, newDue: dueDay });
    }
  }
  return changed;
}
