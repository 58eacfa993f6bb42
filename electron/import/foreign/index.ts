// Import of foreign dossier lists (the province's one-stop system, old ledgers): header search, column
// mapping, value conversion, profiles.
export { readImportFile, type ImportReading, type ForeignReading } from './read-foreign';
export { foreignMappingSchema, parseForeignMapping, type ForeignMapping, EMPTY_MAPPING, IGNORED_COLUMN } from './mapping';
export { suggestProcedures, type ProcedureSuggestion } from './procedure-suggestions';
export type { PreviewColumn } from './foreign-table';
export { recogniseHeader, type ForeignKey } from './header-aliases';
