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

const MIN_TAIL_DIGITS = 3;
const MAX_TAIL_DIGITS = 12;

/**
 * The MATCH expression of the number-endings index (migration 015) when the input is one number of 3 to
 * 12 digits, spaces, dots and dashes ignored ("5678", "345 678"); null otherwise.
 */
export function tailMatchExpression(input: string): string | null {
  const digits = input.replace(/[\s.\-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length < MIN_TAIL_DIGITS || digits.length > MAX_TAIL_DIGITS) return null;
  return `"${digits}"`;
}
