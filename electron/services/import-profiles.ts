// Named column mappings of foreign dossier lists: read one (checked by its schema), save one — the
// mapping given, or the one the importer found by itself for a file, so that the next export of the same
// system is read the same way.
import { type ForeignMapping, type ForeignReading, foreignMappingSchema, parseForeignMapping } from '../import/foreign';
import { LedgerValidationError, createImportProfileRepository } from '../ledger';
import type { LedgerSession } from './ledger-session';

export function loadImportProfile(session: LedgerSession, name: string): ForeignMapping {
  const profile = createImportProfileRepository(session.db).find(name);
  if (!profile) {
    const known = createImportProfileRepository(session.db)
      .list()
      .map((p) => `"${p.name}"`);
    const list = known.length > 0 ? ` Các mẫu đã lưu: ${known.join(', ')}.` : ' Chưa lưu mẫu nào.';
    throw new LedgerValidationError(`Không có mẫu ghép cột tên "${name}".${list}`);
  }
  const parsed = parseForeignMapping(profile.mapping, name);
  if (!parsed.ok) throw new LedgerValidationError(parsed.reason);
  return parsed.mapping;
}

/** The mapping as used for a reading: every placed column by its header, plus the given values and procedures. */
export function mappingOfReading(reading: ForeignReading, base: ForeignMapping | null): ForeignMapping {
  const columns: Record<string, string> = { ...(base?.columns ?? {}) };
  for (const column of reading.columns) {
    if (column.header !== '' && column.key !== null) columns[column.header] = column.key;
  }
  return foreignMappingSchema.parse({ ...(base ?? {}), columns });
}

export function saveImportProfile(session: LedgerSession, name: string, mapping: ForeignMapping): void {
  if (name.trim() === '') throw new LedgerValidationError('Tên mẫu ghép cột không được để trống.');
  createImportProfileRepository(session.db).save(name, JSON.stringify(foreignMappingSchema.parse(mapping)), { actor: session.actor });
}

