// National procedure codes (the national database's "1.004884") against the codes the app makes up for
// a commune's own procedures ("XA-…", catalogue-csv.ts): a made-up code is never shown to a reader as if
// it were a national one. The made-up code stays the procedure's key inside the ledger and in the
// packages between desks; every screen, export and document shows `displayedProcedureCode`.

export function isNationalProcedureCode(code: string): boolean {
  return /^\d+\.\d+$/.test(code);
}

/**
 * The code a reader sees: the national code, or `absent` ('' by default; '—' in a table) for a procedure
 * without one. An exported ledger CSV writes '' so the import finds the procedure by its name.
 */
export function displayedProcedureCode(code: string, absent = ''): string {
  return isNationalProcedureCode(code) ? code : absent;
}

/** `Đăng ký khai sinh (1.001193)`; a procedure without a national code by its name alone. */
export function procedureLabel(p: { code: string; name: string }): string {
  return isNationalProcedureCode(p.code) ? `${p.name} (${p.code})` : p.name;
}
