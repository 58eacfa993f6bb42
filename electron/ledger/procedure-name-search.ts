// Which procedures a search text names ("khai sinh" → every procedure whose name has words starting with
// "khai" and "sinh"), read from the catalogue (a few hundred rows) and folded like the search box. Text
// with no letter, or shorter than 4 characters, names none: a name or a number is meant.
import type Database from 'better-sqlite3';
import { foldText, foldedWords } from '../../shared/text/fold';

const MIN_LENGTH = 4;
const MAX_CODES = 60;

export interface ProcedureNameSearch {
  /** The distinct procedure codes whose name matches every word of `text` (as word prefixes). */
  codesFor(text: string | undefined): string[];
}

export function createProcedureNameSearch(db: Database.Database): ProcedureNameSearch {
  const names = db.prepare<[], { code: string; name: string }>('SELECT DISTINCT code, name FROM procedures');
  const folded = new Map<string, string[]>();
  const wordsOf = (name: string) => {
    let words = folded.get(name);
    if (!words) {
      words = foldedWords(name);
      folded.set(name, words);
    }
    return words;
  };
  return {
    codesFor(text) {
      if (text === undefined) return [];
      const query = foldedWords(text);
      if (foldText(text).length < MIN_LENGTH || !query.some((w) => /\p{L}/u.test(w))) return [];
      const codes = new Set<string>();
      for (const { code, name } of names.all()) {
        const words = wordsOf(name);
        if (query.every((q) => words.some((w) => w.startsWith(q)))) codes.add(code);
        if (codes.size >= MAX_CODES) break;
      }
      return [...codes];
    },
  };
}
