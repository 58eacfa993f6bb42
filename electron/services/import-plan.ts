// What an import of a ledger file would do, decided before anything is written (interchange.md §1):
// every row checked; each valid row is new, unchanged, or a conflict with the dossier of the same code.
import { createHash } from 'node:crypto';
import { formatIntVi } from '../../shared/format/vi-number';
import type { DossierFacts } from '../../shared/dossier/dossier';
import { type ImportProblem, type ImportedDossier, type LedgerTable, catalogueLookup, validateLedgerRows } from '../import';
import { type ForeignMapping, type ForeignReading, type ProcedureSuggestion, readImportFile, suggestProcedures } from '../import/foreign';
import type { DossierPatch, DossierRecord } from '../ledger';
import { dueDateAtReception, ruleForOffice } from './due-dates';
import { planProvincialItems } from './import-plan-provincial';
import type { LedgerSession } from './ledger-session';
import type { MatchCandidate } from './provincial-match';

/**
 * `linked`: a row of the province's list that is a dossier logged here before the province had it (it
 * gets the provincial code, nothing is logged twice); `undecided`: a row that may be one of the ledger's
 * dossiers, waiting for the user's decision (not written).
 */
export type PlanAction = 'new' | 'unchanged' | 'conflict' | 'linked' | 'undecided';

export interface PlanItem {
  line: number;
  code: string;
  action: PlanAction;
  /** For a conflict: the columns that differ, with the ledger's and the file's values. */
  differences: { column: string; ledger: string; file: string }[];
  imported: ImportedDossier;
  existingId: string | null;
  /** Foreign lists: the row's code in the province's system; null for our own layout. */
  provincialCode?: string | null;
  /** Whether the import writes that code as the dossier's provincial code (it has none yet). */
  link?: boolean;
  /** For `undecided`: the dossiers the row may be. */
  candidates?: MatchCandidate[];
}

export interface ImportPlan {
  fileName: string;
  sha256: string;
  format: LedgerTable['format'];
  problems: ImportProblem[];
  warnings: string[];
  items: PlanItem[];
  counts: { new: number; unchanged: number; conflict: number; rejected: number; linked: number; undecided: number };
  /** How a foreign list was read (header, columns with samples, unplaced ones); null for our own layout. */
  foreign: ForeignReading | null;
  /** Procedure names the catalogue does not carry exactly, with candidates to confirm. */
  procedureSuggestions: ProcedureSuggestion[];
  /** An .xlsx or .xls: every worksheet, the hidden ones among them, and the one read. */
  sheets?: string[];
  hiddenSheets?: string[];
  sheet?: string;
}

export interface PlanOptions {
  /** The column mapping of a foreign list (a saved profile or a file); null to find it automatically. */
  mapping?: ForeignMapping | null;
  /** Undecided rows of a foreign list, by line: the code of the ledger's dossier the row is, or `moi` (new). */
  decisions?: Readonly<Record<string, string>>;
  /** The worksheet of an .xlsx or .xls to read (default the first visible one). */
  sheet?: string;
}

/** The columns an import may write: everything the file carries except the rule snapshot. */
export function patchFromImport(imported: ImportedDossier, sameCode = true): DossierPatch {
  const { rule: _rule, code, ...facts } = imported.facts;
  // A dossier matched by its provincial code keeps the code it was logged under here.
  return sameCode ? { code, ...facts, ...imported.personal } : { ...facts, ...imported.personal };
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

/** What planImport is doing, for a progress bar: a Vietnamese label, and how far (total 0: unknown). */
export type PlanProgress = (label: string, done: number, total: number) => void;

export async function planImport(session: LedgerSession, bytes: Uint8Array, fileName: string, options: PlanOptions = {}, progress?: PlanProgress): Promise<ImportPlan> {
  progress?.('Đang đọc tệp', 0, 0);
  const reading = await readImportFile(bytes, fileName, options.mapping ?? null, options.sheet === undefined ? {} : { sheet: options.sheet });
  const table = reading.table;
  const procedures = session.catalogue.listActive(Number.MAX_SAFE_INTEGER);
  const lookup = catalogueLookup(procedures);
  const validation = validateLedgerRows(table, {
    ...lookup,
    findProcedure: memoised((code) => session.catalogue.findByCode(code) ?? lookup.findProcedure(code)),
    // By every name a procedure has had: a dossier keeps the name it was received under, and a procedure
    // without a national code is exported with its name only (ledger-csv.ts).
    findProcedureByName: catalogueLookup(session.catalogue.allVersions()).findProcedureByName,
    // the version in force on the day of reception, as at the desk (dossier-intake.ts)
    ruleFor: (procedure, receivedAt) => ruleForOffice(session, session.catalogue.findByCode(procedure.code, receivedAt.day) ?? procedure),
    computeBaseDue: (rule, receivedAt) => dueDateAtReception(session, rule, receivedAt).day,
    ...(progress ? { onChecked: (checked: number, total: number) => progress(`Đang kiểm tra dòng ${formatIntVi(checked)}/${formatIntVi(total)}`, checked, total) } : {}),
  }, reading.header);
  progress?.('Đang đối chiếu với hồ sơ trong sổ', 0, 0);
  const problems = [...reading.problems, ...validation.problems].sort((a, b) => a.line - b.line);
  const ledger = session.dossiers.findByCodes(validation.dossiers.map((d) => d.facts.code));
  const items: PlanItem[] = reading.foreign
    ? planProvincialItems(session, validation.dossiers, ledger, options.decisions ?? {}, (existing, imported, sameCode) =>
        differencesOf(existing, patchFromImport(imported, sameCode)),
      )
    : ownItems(validation.dossiers, ledger);
  const count = (a: PlanAction) => items.reduce((n, i) => (i.action === a ? n + 1 : n), 0);
  return {
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format: table.format,
    problems,
    warnings: [...reading.warnings, ...validation.warnings],
    items,
    counts: {
      new: count('new'),
      unchanged: count('unchanged'),
      conflict: count('conflict'),
      rejected: new Set(problems.map((p) => p.line)).size,
      linked: count('linked'),
      undecided: count('undecided'),
    },
    foreign: reading.foreign,
    procedureSuggestions: reading.foreign ? suggestProcedures(table, reading.header, procedures) : [],
    ...(table.sheets ? { sheets: table.sheets } : {}),
    ...(table.hiddenSheets ? { hiddenSheets: table.hiddenSheets } : {}),
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
  };
}

function ownItems(dossiers: readonly ImportedDossier[], ledger: ReadonlyMap<string, DossierRecord>): PlanItem[] {
  return dossiers.map((imported) => {
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
}

export type { DossierFacts };
