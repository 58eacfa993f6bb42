// The procedures matching what the desk types in the picker ("chung thuc", "dang ky lai khai sinh", a code
// "1.004884"), ranked. A code typed from its start comes first. Then the procedures whose name or field
// (lĩnh vực) holds the words typed as one phrase ("chung thuc" is the field of "Cấp bản sao từ sổ gốc"),
// then those holding every word somewhere. Within each of these, the procedures this office logs most
// come first (its own counts), then a name that starts with what was typed, then the shorter name.
import { foldText, foldedWords } from '../text/fold';
import { displayedProcedureCode } from './procedure-code';

export interface MatchableProcedure {
  code: string;
  name: string;
  field: string;
}

export const MAX_MATCHES = 12;

/** How well a procedure matches (lower is better), or null when it does not. */
function tierOf(p: MatchableProcedure, typed: string, words: readonly string[]): number | null {
  // Only a national code is typed to find a procedure: the ledger's own keys ("XA-…") are never shown.
  const code = displayedProcedureCode(p.code).toLowerCase();
  if (typed !== '' && code !== '' && code.startsWith(typed)) return 0;
  if (words.length === 0) return null;
  const name = foldedWords(p.name).join(' ');
  const field = foldedWords(p.field).join(' ');
  const phrase = words.join(' ');
  if (` ${name} `.includes(` ${phrase}`) || ` ${field} `.includes(` ${phrase}`)) return 1;
  return words.every((w) => name.includes(w) || field.includes(w)) ? 2 : null;
}

/**
 * The procedures matching `query` (at most `limit`), best first; an empty query lists the most used.
 * `usage`: this office's number of dossiers per procedure code.
 */
export function matchProcedures<P extends MatchableProcedure>(
  procedures: readonly P[],
  query: string,
  usage: Readonly<Record<string, number>> = {},
  limit = MAX_MATCHES,
): P[] {
  const typed = foldText(query);
  const words = foldedWords(query);
  const used = (p: P) => usage[p.code] ?? 0;
  if (typed === '') return [...procedures].sort((a, b) => used(b) - used(a)).slice(0, limit);
  const first = words.join(' ');
  const scored: { p: P; tier: number; starts: number }[] = [];
  for (const p of procedures) {
    const tier = tierOf(p, typed, words);
    if (tier !== null) scored.push({ p, tier, starts: foldedWords(p.name).join(' ').startsWith(first) ? 0 : 1 });
  }
  return scored
    .sort((a, b) => a.tier - b.tier || used(b.p) - used(a.p) || a.starts - b.starts || a.p.name.length - b.p.name.length)
    .slice(0, limit)
    .map((s) => s.p);
}
