// The plan of a foreign list (the province's one-stop system): each row is the dossier with the same
// code, or the one already linked to that provincial code, or an offline-logged dossier it matches
// (provincial-match.ts) — linked instead of logged twice — or, failing all, a new dossier. Rows that may
// be one of several dossiers, or match by name only, wait for the user's decision.
import type { ImportedDossier } from '../import';
import { type DossierRecord, createProvincialCodeRepository } from '../ledger';
import type { PlanItem } from './import-plan';
import type { LedgerSession } from './ledger-session';
import { matchOfflineDossier } from './provincial-match';

/** The user's answer for an undecided row: the code of the ledger's dossier it is, or a new dossier. */
export const NEW_DOSSIER_DECISION = 'moi';

export type CompareWith = (existing: DossierRecord, imported: ImportedDossier, sameCode: boolean) => PlanItem['differences'];

export function planProvincialItems(
  session: LedgerSession,
  dossiers: readonly ImportedDossier[],
  byCode: ReadonlyMap<string, DossierRecord>,
  decisions: Readonly<Record<string, string>>,
  compare: CompareWith,
): PlanItem[] {
  const links = createProvincialCodeRepository(session.db);
  const codes = dossiers.map((d) => d.facts.code);
  const linkedIds = links.dossiersOf(codes);
  const linkedRecords = new Map([...linkedIds.values()].flatMap((id) => {
    const record = session.dossiers.getById(id);
    return record ? [[id, record] as const] : [];
  }));
  const existingIds = [...byCode.values()].map((d) => d.id);
  const codeOfExisting = links.codesOf(existingIds);
  const claimed = new Set<string>();

  const base = (imported: ImportedDossier) => ({ line: imported.line, code: imported.facts.code, provincialCode: imported.facts.code, imported, candidates: [] });
  const known = (imported: ImportedDossier, existing: DossierRecord, sameCode: boolean, link: boolean): PlanItem => {
    const differences = compare(existing, imported, sameCode);
    claimed.add(existing.id);
    return { ...base(imported), action: differences.length === 0 ? 'unchanged' : 'conflict', differences, existingId: existing.id, link };
  };

  const items = dossiers.map((imported): PlanItem => {
    const code = imported.facts.code;
    const sameCode = byCode.get(code);
    if (sameCode) return known(imported, sameCode, true, !codeOfExisting.has(sameCode.id) && !linkedIds.has(code));
    const linkedId = linkedIds.get(code);
    const linked = linkedId === undefined ? undefined : linkedRecords.get(linkedId);
    if (linked) return known(imported, linked, false, false);
    return { ...base(imported), action: 'new', differences: [], existingId: null, link: true };
  });

  // Offline-logged dossiers, once every row that names a known dossier has claimed it.
  return items.map((item): PlanItem => {
    if (item.action !== 'new') return item;
    const match = matchOfflineDossier(item.imported, links, claimed);
    if (match.kind === 'none') return item;
    const decision = decisions[String(item.line)];
    const chosen =
      match.kind === 'sure' ? match.candidate : decision !== undefined && decision !== NEW_DOSSIER_DECISION ? match.candidates.find((c) => c.code === decision) : undefined;
    if (decision === NEW_DOSSIER_DECISION && match.kind === 'unsure') return item;
    const existing = chosen ? session.dossiers.getById(chosen.id) : null;
    if (!chosen || !existing) {
      return { ...item, action: 'undecided', candidates: match.kind === 'unsure' ? match.candidates : [match.candidate] };
    }
    claimed.add(existing.id);
    return { ...item, action: 'linked', existingId: existing.id, differences: compare(existing, item.imported, false), link: true, candidates: [chosen] };
  });
}
