// The parsing and validation half of the ledger import (interchange.md §1).
export { readLedgerTable, detectLedgerFormat, type LedgerFormat } from './read-ledger-file';
export { readCsvTable, parseCsvTable, detectSeparator, type CsvSeparator } from './csv-reader';
export { readXlsxTable } from './xlsx-reader';
export { validateLedgerRows } from './row-validator';
export { catalogueLookup } from './catalogue-lookup';
export { LEDGER_COLUMNS, COLUMN_KEYS, findColumn, type ColumnKey, type ColumnSpec, type ColumnValues } from './columns';
export { foldKey } from './fold';
export { LedgerFileError, type LedgerTable, type TableRecord } from './table';
export type {
  ImportProblem,
  ImportedDossier,
  LedgerImportContext,
  LedgerValidation,
  PersonalData,
} from './import-types';
