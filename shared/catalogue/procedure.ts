// A procedure of the catalogue and the rule snapshot a dossier keeps from reception (rules.md §2).
import type { WholeNumberRule } from '../format/whole-number-text';

export type TimeUnit = 'working_days' | 'same_day' | 'calendar_days' | 'working_hours';

export const TIME_UNITS: readonly TimeUnit[] = ['working_days', 'same_day', 'calendar_days', 'working_hours'];

/** The time limit a procedure version takes (the catalogue form checks it at the field, the API the same). */
export const TIME_VALUE_RULE: WholeNumberRule = { label: 'Thời hạn giải quyết', min: 0, max: 365 };

export const TIME_UNIT_LABELS_VI: Record<TimeUnit, string> = {
  working_days: 'ngày làm việc',
  same_day: 'trong ngày',
  calendar_days: 'ngày',
  working_hours: 'giờ làm việc',
};

/** The part of a procedure that fixes a due date. Copied into each dossier at reception. */
export interface ProcedureRule {
  timeValue: number;
  timeUnit: TimeUnit;
  /** Minutes since midnight; for `same_day` (default 15:00). */
  cutoffMinute: number | null;
  /** Extra working days the commune's setting adds (remote communes, rules.md §2). */
  extraWorkingDays: number;
  /**
   * Set on an online dossier received while the office's online rule was on (shared/deadline/README.md):
   * a reception after this minute, or on a day off, starts the clock at the next working day's opening.
   * Absent or null: the clock starts at reception (paper dossiers, and dossiers received before the rule).
   */
  onlineCutoffMinute?: number | null;
}

export interface Procedure {
  /** National code (e.g. 1.001193); some catalogue entries have none and get a local code. */
  code: string;
  name: string;
  field: string;
  rule: ProcedureRule;
  note: string;
  confidence: 'law' | 'practice' | 'unverified';
  /** Inclusive start of validity, ISO date; null = always. */
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

export const DEFAULT_CUTOFF_MINUTE = 15 * 60;

/**
 * Fields whose procedures allow more time in remote communes (rules.md §2: land, +10 working days).
 * The commune's extra-time setting applies to these only; unverified in detail, so kept as data.
 */
export const EXTRA_TIME_FIELDS: readonly string[] = ['Đất đai'];

/** The procedure's rule with the commune's extra time when its field allows it. */
export function ruleWithExtraTime(procedure: Pick<Procedure, 'rule' | 'field'>, communeExtraDays: number): ProcedureRule {
  const extra = EXTRA_TIME_FIELDS.includes(procedure.field) ? communeExtraDays : 0;
  return { ...procedure.rule, extraWorkingDays: procedure.rule.extraWorkingDays + extra };
}
