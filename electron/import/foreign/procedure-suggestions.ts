// A procedure named in a foreign list by a name that is not exactly the catalogue's ("Thủ tục đăng ký
// khai sinh", "Chứng thực bản sao từ bản chính") is matched with the catalogue by the words the names
// share; the user confirms the match (it becomes part of the mapping) before any row is imported.
import type { Procedure } from '../../../shared/catalogue/procedure';
import { foldKey } from '../fold';
import type { HeaderMap } from '../header-map';
import { cellText } from '../row-cells';
import type { LedgerTable } from '../table';

export interface ProcedureSuggestion {
  /** The name as written in the file. */
  name: string;
  lines: number[];
  candidates: { code: string; name: string; score: number }[];
}

const FILLER = new Set(['thu', 'tuc', 'hanh', 'chinh', 'tthc', 'cap', 'xa']);

function words(name: string): Set<string> {
  return new Set(foldKey(name).split(' ').filter((w) => w !== '' && !FILLER.has(w)));
}

/** Dice coefficient of the two names' word sets (filler words aside). */
export function nameSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

const MIN_SCORE = 0.5;
const MAX_CANDIDATES = 3;

/** Names (in rows without a procedure code) that no catalogue procedure carries exactly, with candidates. */
export function suggestProcedures(table: LedgerTable, header: HeaderMap, catalogue: readonly Procedure[]): ProcedureSuggestion[] {
  const nameColumn = header.columns.ten_tthc;
  if (!nameColumn) return [];
  const codeColumn = header.columns.ma_tthc;
  const exact = new Map<string, number>();
  for (const p of catalogue) exact.set(foldKey(p.name), (exact.get(foldKey(p.name)) ?? 0) + 1);
  const byName = new Map<string, ProcedureSuggestion>();
  for (const record of table.records) {
    const name = cellText(record.cells[nameColumn.index]);
    if (name === '' || (codeColumn && cellText(record.cells[codeColumn.index]) !== '')) continue;
    if (exact.get(foldKey(name)) === 1) continue;
    const known = byName.get(foldKey(name));
    if (known) {
      known.lines.push(record.line);
      continue;
    }
    const candidates = catalogue
      .map((p) => ({ code: p.code, name: p.name, score: Math.round(nameSimilarity(name, p.name) * 100) / 100 }))
      .filter((c) => c.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.code.localeCompare(b.code))
      .slice(0, MAX_CANDIDATES);
    byName.set(foldKey(name), { name, lines: [record.line], candidates });
  }
  return [...byName.values()];
}
