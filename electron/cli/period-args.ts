// The options that name a reporting period on the command line (--period, or --from/--to, and
// --period-rule), read the same way by every command that takes them.
import type { PeriodRule } from '../../shared/periods/period';
import type { PeriodRequest } from '../services/report-service';
import { type OptionSpec, type ParsedArgs, optionalString } from './args';
import { CliError } from './cli-error';

/** --period and --period-rule; the commands that also take a free range add RANGE_OPTIONS. */
export const PERIOD_OPTIONS: OptionSpec = { period: { type: 'string' }, 'period-rule': { type: 'string' } };
export const RANGE_OPTIONS: OptionSpec = { from: { type: 'string' }, to: { type: 'string' } };

export function periodRuleOf(args: ParsedArgs): PeriodRule | undefined {
  const rule = optionalString(args, 'period-rule');
  if (rule !== undefined && rule !== 'nd09' && rule !== 'calendar') throw new CliError('--period-rule chỉ nhận nd09 hoặc calendar.', 2);
  return rule;
}

/** The period as asked for: by name (2026-Q4) or by --from/--to, with the rule if one was given. */
export function periodRequestOf(args: ParsedArgs): PeriodRequest {
  return { period: optionalString(args, 'period'), from: optionalString(args, 'from'), to: optionalString(args, 'to'), rule: periodRuleOf(args) };
}
