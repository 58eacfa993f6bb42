// Due dates for dossiers of this ledger: the shared deadline engine with this office's calendar, policy
// and extra time.
import { type Procedure, type ProcedureRule, ruleWithExtraTime } from '../../shared/catalogue/procedure';
import { type DueDate, computeDueDate } from '../../shared/deadline/due-date';
import { effectiveDueDate } from '../../shared/deadline/pauses';
import type { DossierFacts } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';
import type { LedgerSession } from './ledger-session';

/** The catalogue rule with the commune's extra working days where the field allows it (rules.md §2). */
export function ruleForOffice(session: LedgerSession, procedure: Pick<Procedure, 'rule' | 'field'>): ProcedureRule {
  return ruleWithExtraTime(procedure, session.settings().extraWorkingDays);
}

export function dueDateAtReception(session: LedgerSession, rule: ProcedureRule, receivedAt: LocalDateTime): DueDate {
  return computeDueDate(rule, receivedAt, session.calendar(), session.policy().officeHours);
}

/** The pause-adjusted due date stored with the dossier; null while it waits for the citizen. */
export function effectiveDueDay(session: LedgerSession, facts: Pick<DossierFacts, 'baseDueDay' | 'rule' | 'supplements'>): DayNumber | null {
  return effectiveDueDate(facts.baseDueDay, facts.rule, facts.supplements, session.calendar(), session.policy()).day;
}
