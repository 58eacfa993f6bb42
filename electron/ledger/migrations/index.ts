// Every migration the app knows, in order. A new schema change is a new file appended here; released
// migrations are never edited.
import { migration001Initial } from './001-initial';
import { migration002DossierSearch } from './002-dossier-search';
import { migration003PeriodSignoff } from './003-period-signoff';
import { migration004Handoff } from './004-handoff';
import { migration005OperatorsAndPin } from './005-operators-and-pin';
import { migration006SearchPrefixes } from './006-search-prefixes';
import { migration007NoSilentReplace } from './007-no-silent-replace';
import { migration008EndedPageIndex } from './008-ended-page-index';
import { migration009ReportIndex } from './009-report-index';
import { migration010MonthCounts } from './010-month-counts';
import { migration011CalendarNotices } from './011-calendar-notices';
import { migration021HistoryAtIndex } from './021-history-at-index';
import type { Migration } from './migration';

export type { Migration } from './migration';
export { LEDGER_APPLICATION_ID } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration001Initial, migration002DossierSearch, migration003PeriodSignoff, migration004Handoff, migration005OperatorsAndPin, migration006SearchPrefixes, migration007NoSilentReplace, migration008EndedPageIndex, migration009ReportIndex, migration010MonthCounts, migration011CalendarNotices, migration021HistoryAtIndex];

/** The schema version (`PRAGMA user_version`) this app writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
