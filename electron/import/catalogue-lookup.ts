// The two catalogue look-ups of LedgerImportContext over a list of procedures (for the CLI and tests;
// the app may answer them from the database instead).
import type { Procedure } from '../../shared/catalogue/procedure';
import { foldKey } from './fold';
import type { LedgerImportContext } from './import-types';

export function catalogueLookup(
  procedures: readonly Procedure[],
): Pick<LedgerImportContext, 'findProcedure' | 'findProcedureByName'> {
  const byCode = new Map<string, Procedure>();
  const byName = new Map<string, Procedure[]>();
  for (const procedure of procedures) {
    if (!byCode.has(procedure.code)) byCode.set(procedure.code, procedure);
    const key = foldKey(procedure.name);
    byName.set(key, [...(byName.get(key) ?? []), procedure]);
  }
  return {
    findProcedure: (code) => byCode.get(code.trim()) ?? null,
    findProcedureByName: (name) => byName.get(foldKey(name)) ?? [],
  };
}
