// The outcome of reading one cell: a value, or a Vietnamese reason shown to the user.

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
export const fail = <T>(reason: string): ParseResult<T> => ({ ok: false, reason });
