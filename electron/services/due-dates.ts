// Due dates for dossiers of this ledger: the shared deadline engine with this office's calendar, policy
// and extra time.
import { type Procedure, type ProcedureRule, ruleWithExtraTime } from '../../shared/catalogue/procedure';
import { type DueDate, computeDueDate } from '../../shared/deadline/due-date';
import { effectiveDueDate } from '../../shared/deadline/pauses';
import { ONLINE_CUTOFF_MINUTE } from '../../shared/deadline/online-start';
import { type Channel, type DossierFacts, isOnline } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';
import type { LedgerSession } from './ledger-session';

/**
 * The rule a dossier is received under: the catalogue rule with the commune's extra working days where
 * the field allows it (rules.md §2) and, for an online dossier while the office's online rule is on, the
 * online cut-off (shared/deadline/README.md). Without a channel (import files) there is no online rule.
 */
export function ruleForOffice(session: LedgerSession, procedure: Pick<Procedure, 'rule' | 'field'>, channel?: Channel): ProcedureRule {
  const settings = session.settings();
  const rule = ruleWithExtraTime(procedure, settings.extraWorkingDays);
  return channel === undefined ? rule : withOnlineRule(rule, channel, settings.onlineNextDayStart);
}

/** The rule with the online cut-off set for an online dossier when the office's setting is on, cleared otherwise. */
export function withOnlineRule(rule: ProcedureRule, channel: Channel, onlineNextDayStart: boolean): ProcedureRule {
  const { onlineCutoffMinute: _previous, ...rest } = rule;
  return isOnline(channel) && onlineNextDayStart ? { ...rest, onlineCutoffMinute: ONLINE_CUTOFF_MINUTE } : rest;
}

export function dueDateAtReception(session: LedgerSession, rule: ProcedureRule, receivedAt: LocalDateTime): DueDate {
  return computeDueDate(rule, receivedAt, session.calendar(), session.policy().officeHours);
}

/** The pause-adjusted due date stored with the dossier; null while it waits for the citizen. */
export function effectiveDueDay(session: LedgerSession, facts: Pick<DossierFacts, 'baseDueDay' | 'rule' | 'supplements'>): DayNumber | null {
  return effectiveDueDate(facts.baseDueDay, facts.rule, facts.supplements, session.calendar(), session.policy()).day;
}
