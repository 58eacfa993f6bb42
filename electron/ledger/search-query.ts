// Turns what a person types in the search box into a safe FTS5 MATCH expression. The input is folded
// (shared/text/fold.ts) and cut into letter-and-digit words, so no FTS syntax (quotes, *, NEAR, AND,
// column filters, parentheses) can ever reach the engine: every word is emitted as a quoted string of
// plain tokens. Each space-separated word must match (AND); the pieces of one word ("240307-1001",
// "000.00.12.H40") must follow each other (a phrase); with `prefix` the last token of each word matches
// as a prefix, so "nguyen van a" finds "Nguyễn Văn An" and "0912" finds 0912345678.
import { foldText, foldedWords } from '../../shared/text/fold';

const MAX_WORDS = 12;
const MAX_TOKEN_LENGTH = 64;

export type MatchMode = 'prefix' | 'exact';

/** The MATCH expression, or null when the input has no letter or digit. */
export function ftsMatchExpression(input: string, mode: MatchMode = 'prefix'): string | null {
  const phrases = foldText(input)
    .split(' ')
    .map((word) => foldedWords(word).map((t) => t.slice(0, MAX_TOKEN_LENGTH)))
    .filter((tokens) => tokens.length > 0)
    .slice(0, MAX_WORDS)
    .map((tokens) => `"${tokens.join(' ')}"${mode === 'prefix' ? '*' : ''}`);
  return phrases.length > 0 ? phrases.join(' AND ') : null;
}

const MIN_PART_LENGTH = 3; // the trigram tokenizer finds nothing shorter

/**
 * The MATCH expression of the number-parts index (migration 022) when the input is one number or code
 * fragment of 3 or more letters and digits holding at least one digit, dots, dashes and slashes (and the
 * spaces of a number without letters) ignored, as that index folds its fields ("345 67", "240307-1001", "+84 912"); null otherwise (names and
 * procedure words go to the word index only).
 */
export function numberPartMatchExpression(input: string): string | null {
  const typed = input.trim().toLowerCase();
  if (/\s/.test(typed) && /[a-z]/.test(typed)) return null; // words, not one number ("nguyen 5678")
  const compact = typed.replace(/[\s.\-/]/g, '').replace(/^\+84/, '0').slice(0, MAX_TOKEN_LENGTH);
  if (!/^[0-9a-z]+$/.test(compact) || !/\d/.test(compact) || compact.length < MIN_PART_LENGTH) return null;
  return `"${compact}"`;
}
