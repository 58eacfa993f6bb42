// Who and when for every write. The instant may be passed in (tests, imports replaying a file); otherwise
// the computer's clock is read here, in the main process, never in shared/.

export interface AuditContext {
  /** The user (or process, e.g. "import") making the change. */
  actor: string;
  /** Defaults to now. */
  at?: Date;
}

/** ISO 8601 UTC timestamp with milliseconds, e.g. 2024-03-07T01:02:03.456Z. */
export function stampOf(ctx: AuditContext): string {
  return (ctx.at ?? new Date()).toISOString();
}
