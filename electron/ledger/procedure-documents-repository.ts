// The papers each procedure requires, as this office keeps them (migration 016), or the shipped defaults.
import type Database from 'better-sqlite3';
import { DEFAULT_DOCUMENTS, type RequiredDocument } from '../../shared/catalogue/default-documents';
import { type AuditContext, stampOf } from './audit';

export type DocumentsSource = 'office' | 'default' | 'none';

export interface ProcedureDocumentsRepository {
  get(code: string): { documents: RequiredDocument[]; source: DocumentsSource };
  set(code: string, documents: readonly RequiredDocument[], ctx: AuditContext): void;
}

export function createProcedureDocumentsRepository(db: Database.Database): ProcedureDocumentsRepository {
  const read = db.prepare<[string], string>('SELECT documents FROM procedure_documents WHERE code = ?').pluck();
  const write = db.prepare<{ code: string; documents: string; at: string; by: string }>(
    `INSERT INTO procedure_documents(code, documents, updated_at, updated_by) VALUES (@code, @documents, @at, @by)
     ON CONFLICT(code) DO UPDATE SET documents = excluded.documents, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  return {
    get(code) {
      const stored = read.get(code);
      if (stored !== undefined) return { documents: JSON.parse(stored) as RequiredDocument[], source: 'office' };
      const shipped = DEFAULT_DOCUMENTS[code];
      return shipped ? { documents: [...shipped], source: 'default' } : { documents: [], source: 'none' };
    },
    set(code, documents, ctx) {
      write.run({ code, documents: JSON.stringify(documents), at: stampOf(ctx), by: ctx.actor });
    },
  };
}
