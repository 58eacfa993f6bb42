// A procedure named by a person where a code is asked for (the command line's `deadline --procedure`, the
// `procedures` of an import mapping file): its national code, the key the ledger made for one without
// (`XA-…`, which no screen shows), or its name in the catalogue — the whole name, case, diacritics and
// spacing aside, under any name it has had. A name that is no procedure's, or several procedures', is
// refused in Vietnamese naming the candidates by name.
import type { Procedure } from '../../shared/catalogue/procedure';
import { isNationalProcedureCode, procedureLabel } from '../../shared/catalogue/procedure-code';
import { catalogueLookup } from '../import/catalogue-lookup';
import { nameSimilarity } from '../import/foreign/procedure-suggestions';
import { findProceduresNamed } from '../import/procedure-lookup';
import { LOCAL_CODE_PREFIX } from '../ledger';
import type { LedgerSession } from './ledger-session';

export type ProcedureReference = { ok: true; procedure: Procedure } | { ok: false; reason: string };

const NEAREST = 3;
const MIN_SIMILARITY = 0.4;

const labelled = (procedures: readonly Procedure[]) => procedures.map((p) => `"${procedureLabel(p)}"`).join('; ');

/** Unicode form and spacing aside, the name as written (to tell apart names that differ only in their marks). */
const written = (name: string) => name.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The catalogue's latest versions closest to `text` by the words of their names. */
function nearest(session: LedgerSession, text: string): Procedure[] {
  const latest = new Map<string, Procedure>();
  for (const p of session.catalogue.allVersions()) latest.set(p.code, p);
  return [...latest.values()]
    .map((procedure) => ({ procedure, score: nameSimilarity(text, procedure.name) }))
    .filter((c) => c.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, NEAREST)
    .map((c) => c.procedure);
}

export function findProcedureReference(session: LedgerSession, text: string): ProcedureReference {
  const wanted = text.trim();
  const byCode = session.catalogue.findByCode(wanted);
  if (byCode) return { ok: true, procedure: byCode };
  // The version whose name matched (a renamed procedure is found by its earlier name too).
  const named = findProceduresNamed(wanted, catalogueLookup(session.catalogue.allVersions()));
  // Names that differ only in their marks ("Chứng thực" and "Chung thuc") are told apart by the name as written.
  const exact = named.filter((p) => written(p.name) === written(wanted));
  const matches = (named.length > 1 && exact.length === 1 ? exact : named).map((p) => session.catalogue.findByCode(p.code) ?? p);
  const [only] = matches;
  if (only && matches.length === 1) return { ok: true, procedure: only };
  if (matches.length > 1) {
    return { ok: false, reason: `Tên "${wanted}" ứng với ${matches.length} thủ tục trong danh mục: ${labelled(matches)}. Hãy ghi mã TTHC của thủ tục cần dùng.` };
  }
  if (isNationalProcedureCode(wanted) || wanted.startsWith(LOCAL_CODE_PREFIX)) return { ok: false, reason: `Không có thủ tục mã "${wanted}" trong danh mục.` };
  const close = nearest(session, wanted);
  return {
    ok: false,
    reason: `Không có thủ tục tên "${wanted}" trong danh mục${close.length > 0 ? `; gần nhất: ${labelled(close)}` : ''}. Hãy ghi đúng tên thủ tục như trong danh mục, hoặc mã TTHC.`,
  };
}
