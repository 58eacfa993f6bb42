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
import { migration012OnlineClockStart } from './012-online-clock-start';
import { migration013DossierBookLines } from './013-dossier-book-lines';
import { migration014RulesUpdates } from './014-rules-updates';
import { migration015NumberTails } from './015-number-tails';
import { migration016ProcedureRows } from './016-procedure-rows';
import { migration017PinLock } from './017-pin-lock';
import { migration018SignoffRevisions } from './018-signoff-revisions';
import { migration019ImportProfiles } from './019-import-profiles';
import { migration020ProvincialCodes } from './020-provincial-codes';
import { migration021HistoryAtIndex } from './021-history-at-index';
import { migration022NumberSubstrings } from './022-number-substrings';
import type { Migration } from './migration';

export type { Migration } from './migration';
export { LEDGER_APPLICATION_ID } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration001Initial, migration002DossierSearch, migration003PeriodSignoff, migration004Handoff, migration005OperatorsAndPin, migration006SearchPrefixes, migration007NoSilentReplace, migration008EndedPageIndex, migration009ReportIndex, migration010MonthCounts, migration011CalendarNotices, migration012OnlineClockStart, migration013DossierBookLines, migration014RulesUpdates, migration015NumberTails, migration016ProcedureRows, migration017PinLock, migration018SignoffRevisions, migration019ImportProfiles, migration020ProvincialCodes, migration021HistoryAtIndex, migration022NumberSubstrings];

/** The schema version (`PRAGMA user_version`) this app writes. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
