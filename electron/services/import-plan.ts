// What an import of a ledger file would do, decided before anything is written (interchange.md §1):
// every row checked; each valid row is new, unchanged, or a conflict with the dossier of the same code.
import { createHash } from 'node:crypto';
import type { DossierFacts } from '../../shared/dossier/dossier';
import { type ImportProblem, type ImportedDossier, catalogueLookup, readLedgerTable, validateLedgerRows } from '../import';
import type { DossierPatch, DossierRecord } from '../ledger';
import { dueDateAtReception, ruleForOffice } from './due-dates';
import type { LedgerSession } from './ledger-session';

export type PlanAction = 'new' | 'unchanged' | 'conflict';

export interface PlanItem {
  line: number;
  code: string;
  action: PlanAction;
  /** For a conflict: the columns that differ, with the ledger's and the file's values. */
  differences: { column: string; ledger: string; file: string }[];
  imported: ImportedDossier;
  existingId: string | null;
}

export interface ImportPlan {
  fileName: string;
  sha256: string;
  format: 'csv' | 'xlsx';
  problems: ImportProblem[];
  warnings: string[];
  items: PlanItem[];
  counts: { new: number; unchanged: number; conflict: number; rejected: number };
  /** An .xlsx: every worksheet, and the one read. */
  sheets?: string[];
  sheet?: string;
}

/** The columns an import may write: everything the file carries except the rule snapshot. */
export function patchFromImport(imported: ImportedDossier): DossierPatch {
  const { rule: _rule, ...facts } = imported.facts;
  return { ...facts, ...imported.personal };
}

const show = (value: unknown): string => (value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

function differencesOf(existing: DossierRecord, patch: DossierPatch): PlanItem['differences'] {
  const diffs: PlanItem['differences'] = [];
  for (const [key, value] of Object.entries(patch)) {
    const current = (existing as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(current ?? null) !== JSON.stringify(value ?? null)) {
      diffs.push({ column: key, ledger: show(current), file: show(value) });
    }
  }
  return diffs;
}

/** The catalogue's answer for each code, asked once per code rather than once per line. */
function memoised<T>(find: (code: string) => T): (code: string) => T {
  const known = new Map<string, T>();
  return (code) => {
    if (known.has(code)) return known.get(code) as T;
    const found = find(code);
    known.set(code, found);
    return found;
  };
}

export async function planImport(session: LedgerSession, bytes: Uint8Array, fileName: string, options: { sheet?: string } = {}): Promise<ImportPlan> {
  const table = await readLedgerTable(bytes, fileName, options);
  const procedures = session.catalogue.listActive(Number.MAX_SAFE_INTEGER);
  const lookup = catalogueLookup(procedures);
  const validation = validateLedgerRows(table, {
    ...lookup,
    findProcedure: memoised((code) => session.catalogue.findByCode(code) ?? lookup.findProcedure(code)),
    // the version in force on the day of reception, as at the desk (dossier-intake.ts)
    ruleFor: (procedure, receivedAt) => ruleForOffice(session, session.catalogue.findByCode(procedure.code, receivedAt.day) ?? procedure),
    computeBaseDue: (rule, receivedAt) => dueDateAtReception(session, rule, receivedAt).day,
  });
  const ledger = session.dossiers.findByCodes(validation.dossiers.map((d) => d.facts.code));
  const items: PlanItem[] = validation.dossiers.map((imported) => {
    const existing = ledger.get(imported.facts.code);
    if (!existing) return { line: imported.line, code: imported.facts.code, action: 'new', differences: [], imported, existingId: null };
    const differences = differencesOf(existing, patchFromImport(imported));
    return {
      line: imported.line,
      code: imported.facts.code,
      action: differences.length === 0 ? 'unchanged' : 'conflict',
      differences,
      imported,
      existingId: existing.id,
    };
  });
  const count = (a: PlanAction) => items.reduce((n, i) => (i.action === a ? n + 1 : n), 0);
  return {
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format: table.format,
    problems: validation.problems,
    warnings: validation.warnings,
    items,
    counts: { new: count('new'), unchanged: count('unchanged'), conflict: count('conflict'), rejected: new Set(validation.problems.map((p) => p.line)).size },
    ...(table.sheets ? { sheets: table.sheets } : {}),
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
  };
}

export type { DossierFacts };
