// The SQLite ledger: open a file, then one small repository per table.
export { openLedger, DEFAULT_BUSY_TIMEOUT_MS, type LedgerDatabase, type OpenLedgerOptions } from './open-ledger';
export { migrate, schemaVersionOf, type MigrationResult } from './migrate';
export { MIGRATIONS, LATEST_SCHEMA_VERSION, LEDGER_APPLICATION_ID, type Migration } from './migrations/index';
export * from './errors';
export type { AuditContext } from './audit';
export type { JsonValue } from './json';
export { createSettingsRepository, type SettingsRepository } from './settings-repository';
export { DEFAULT_SETTINGS, SETTING_KEYS, checkSetting, type LedgerSettings, type SupplementPolicy } from './settings';
export { createCatalogueRepository, type CatalogueField, type CatalogueRepository } from './catalogue-repository';
export { parseCatalogueCsv, localCodeOf, isNationalCode, LOCAL_CODE_PREFIX } from './catalogue-csv';
export { defaultCataloguePath, readDefaultCatalogueCsv } from './default-catalogue';
export { createCalendarEditRepository, type CalendarEditRecord, type CalendarEditRepository } from './calendar-edit-repository';
export { createCalendarNoticeRepository, type CalendarNoticeRecord, type CalendarNoticeRepository } from './calendar-notice-repository';
export {
  createDossierRepository,
  type DossierPage,
  type DossierPageRequest,
  type DossierRepository,
  type DossierRepositoryOptions,
  type DossierUpdateContext,
  type DossierWriteContext,
} from './dossier-repository';
export type { DossierCursor, DossierListFilter, DossierStatus } from './dossier-query';
export { newDossierId } from './dossier-id';
export {
  createDossierImportWriter,
  type DossierImportWriter,
  type ImportedNewDossier,
  type ImportWriteContext,
} from './dossier-import-writer';
export type {
  DossierContent,
  DossierDocument,
  DossierListItem,
  DossierPatch,
  DossierPersonalData,
  DossierRecord,
  NewDossier,
  ReportRow,
} from './dossier-record';
export { PERSONAL_COLUMNS, type DossierChanges } from './dossier-row';
export { createDossierCodeAllocator, type CodeRequest, type DossierCodeAllocator } from './dossier-code-allocator';
export { createHistoryRepository, type HistoryEvent, type HistoryRepository, type NewHistoryEvent } from './history-repository';
export { createImportBatchRepository, type ImportBatch, type ImportBatchRepository, type ImportCounts } from './import-batch-repository';
export { ftsMatchExpression, type MatchMode } from './search-query';
export { createSignoffRepository, type Correction, type NewSignoff, type SignedPeriod, type SignoffRepository, type SignoffRevision, type StoredSignoffRevision } from './signoff-repository';
export { createNarrativeRepository, type NarrativeRepository, type NarrativeSection } from './narrative-repository';
export { sqliteErrorText, DISK_FULL_TEXT, READ_ONLY_TEXT, BUSY_TEXT } from './sqlite-error-text';
export { folderStorageFault, storageFaultAt, storageFaultOf, sqliteCodeOf, freeBytesIn, MIN_FREE_BYTES, type StorageFault } from './storage-fault';
export { bookNumberText, createBookLineRepository, type BookLine, type BookLineRepository } from './book-line-repository';
export { createImportProfileRepository, type ImportProfile, type ImportProfileRepository } from './import-profile-repository';
export { createProvincialCodeRepository, type ProvincialCodeRepository, type UnlinkedDossier } from './provincial-code-repository';
export { createInterconnectionRepository, type InterconnectionRepository } from './interconnection-repository';
