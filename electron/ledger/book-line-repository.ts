// The permanent Mẫu 07 lines (migration 013): book and line of each dossier, given when it was written.
import type Database from 'better-sqlite3';

export interface BookLine {
  year: number;
  /** The book of the desk that received it ("Quyển số 01" for desk 1 and for dossiers with no desk). */
  book: number;
  line: number;
}

export interface BookLineRepository {
  of(dossierId: string): BookLine | null;
}

export function createBookLineRepository(db: Database.Database): BookLineRepository {
  const stmt = db.prepare<[string], BookLine>('SELECT year, book, line FROM dossier_book_lines WHERE dossier_id = ?');
  return { of: (dossierId) => stmt.get(dossierId) ?? null };
}

/** "01" — the book's number as printed. */
export function bookNumberText(book: number): string {
  return String(book).padStart(2, '0');
}
