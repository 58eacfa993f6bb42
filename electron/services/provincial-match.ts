// Matching the province's list with dossiers logged at the desk before the province had them (rules:
// issue 13). A row of the province's list is the dossier of the ledger with the same code, else the one
// already linked to that provincial code, else one not yet linked with the same procedure and reception
// day and the same citizen: the same identity number is a sure match; the same name only, or more than
// one dossier, is a match to decide — shown to the user, never applied by guess.
import { foldKey } from '../import';
import type { ImportedDossier } from '../import';
import type { ProvincialCodeRepository, UnlinkedDossier } from '../ledger';

export type CitizenMatch = 'so_dinh_danh' | 'ho_ten';

export interface MatchCandidate {
  id: string;
  code: string;
  receivedAt: string;
  applicantName: string;
  by: CitizenMatch;
}

export type ProvincialMatch =
  | { kind: 'none' }
  | { kind: 'sure'; candidate: MatchCandidate }
  | { kind: 'unsure'; candidates: MatchCandidate[] };

const digits = (text: string) => text.replace(/\D+/g, '');

function citizenMatch(imported: ImportedDossier, dossier: UnlinkedDossier): CitizenMatch | null {
  const fileId = digits(imported.personal.idNumber);
  const ledgerId = digits(dossier.idNumber);
  if (fileId !== '' && ledgerId !== '') return fileId === ledgerId ? 'so_dinh_danh' : null;
  const fileName = foldKey(imported.personal.applicantName);
  return fileName !== '' && fileName === foldKey(dossier.applicantName) ? 'ho_ten' : null;
}

/** The offline-logged dossier a row of the province's list may be. `claimed`: dossiers other rows took. */
export function matchOfflineDossier(imported: ImportedDossier, links: ProvincialCodeRepository, claimed: ReadonlySet<string>): ProvincialMatch {
  const { receivedAt, procedureCode } = imported.facts;
  const candidates = links.unlinkedOn(receivedAt.day, procedureCode).flatMap((dossier) => {
    const by = citizenMatch(imported, dossier);
    return by === null ? [] : [{ id: dossier.id, code: dossier.code, receivedAt: dossier.receivedAt, applicantName: dossier.applicantName, by }];
  });
  const [only] = candidates;
  if (!only) return { kind: 'none' };
  if (candidates.length === 1 && only.by === 'so_dinh_danh' && !claimed.has(only.id)) return { kind: 'sure', candidate: only };
  return { kind: 'unsure', candidates };
}
