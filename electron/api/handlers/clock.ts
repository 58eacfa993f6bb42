// The host's clock as Vietnam local time (rules.md: UTC+7 whatever the computer's zone is).
import { type LocalDateTime, vietnamLocalFromEpoch } from '../../../shared/time/local-time';
import type { ApiContext } from '../context';

export function nowOf(ctx: ApiContext): LocalDateTime {
  return vietnamLocalFromEpoch(ctx.clock());
}

export function todayOf(ctx: ApiContext): number {
  return nowOf(ctx).day;
}

/** Who and when for a write: the session's actor at the host's clock. */
export function auditOf(ctx: ApiContext): { actor: string; at: Date } {
  return { actor: ctx.ledger.session().actor, at: new Date(ctx.clock()) };
}
