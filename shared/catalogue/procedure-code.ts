// National procedure codes (the national database's "1.004884") against the codes the app makes up for
// a commune's own procedures ("XA-…", catalogue-csv.ts): a made-up code is never shown to a reader as if
// it were a national one.

export function isNationalProcedureCode(code: string): boolean {
  return /^\d+\.\d+$/.test(code);
}

/** `Đăng ký khai sinh (1.001193)`; a procedure without a national code by its name alone. */
export function procedureLabel(p: { code: string; name: string }): string {
  return isNationalProcedureCode(p.code) ? `${p.name} (${p.code})` : p.name;
}
