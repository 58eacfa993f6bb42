// An open ledger with everything a use case needs: the repositories, the unit's settings, the working
// calendar (shipped schedules + the office's edits) and the deadline policy. Host-agnostic: the command
// line, the Electron main process and the web host all open ledgers through here.
import { buildWorkingCalendar } from '../../shared/calendar';
import type { WorkingCalendar } from '../../shared/calendar/types';
import type { DeadlinePolicy } from '../../shared/deadline/policy';
import {
  type CalendarEditRepository,
  type CalendarNoticeRepository,
  type CatalogueRepository,
  type DossierRepository,
  type HistoryRepository,
  type ImportBatchRepository,
  type LedgerDatabase,
  type LedgerSettings,
  type SettingsRepository,
  createCalendarEditRepository,
  createCalendarNoticeRepository,
  createCatalogueRepository,
  createDossierRepository,
  createHistoryRepository,
  createImportBatchRepository,
  createSettingsRepository,
  openLedger,
} from '../ledger';
import { followCalendar } from './due-date-recompute';

export interface LedgerSession {
  readonly file: string;
  readonly db: LedgerDatabase;
  readonly actor: string;
  readonly dossiers: DossierRepository;
  readonly catalogue: CatalogueRepository;
  readonly calendarEdits: CalendarEditRepository;
  readonly calendarNotices: CalendarNoticeRepository;
  readonly history: HistoryRepository;
  readonly importBatches: ImportBatchRepository;
  readonly settingsRepository: SettingsRepository;
  settings(): LedgerSettings;
  calendar(): WorkingCalendar;
  policy(): DeadlinePolicy;
  /** Call after settings or calendar edits change. */
  invalidate(): void;
  close(): void;
}

export interface OpenSessionOptions {
  actor: string;
  /** Refuse to create a new file (every command but `init`). */
  mustExist?: boolean;
  /** Move the stored due dates when the calendar changed since they were computed (default true). */
  followCalendar?: boolean;
}

export function openLedgerSession(file: string, options: OpenSessionOptions): LedgerSession {
  const db = openLedger(file, { mustExist: options.mustExist ?? true });
  const session = sessionOver(db, file, options.actor);
  try {
    if (options.followCalendar ?? true) followCalendar(session);
  } catch (error) {
    session.close();
    throw error;
  }
  return session;
}

export function sessionOver(db: LedgerDatabase, file: string, actor: string): LedgerSession {
  const settingsRepository = createSettingsRepository(db);
  const calendarEdits = createCalendarEditRepository(db);
  const calendarNotices = createCalendarNoticeRepository(db);
  let settings: LedgerSettings | null = null;
  let calendar: WorkingCalendar | null = null;
  const currentSettings = () => (settings ??= settingsRepository.get());
  return {
    file,
    db,
    actor,
    dossiers: createDossierRepository(db),
    catalogue: createCatalogueRepository(db),
    calendarEdits,
    calendarNotices,
    history: createHistoryRepository(db),
    importBatches: createImportBatchRepository(db),
    settingsRepository,
    settings: currentSettings,
    calendar: () => (calendar ??= buildWorkingCalendar({ officeEdits: calendarEdits.listActive(), officeNotices: calendarNotices.listActive() })),
    policy: () => {
      const s = currentSettings();
      return { officeHours: s.officeHours, ...s.supplementPolicy };
    },
    invalidate: () => {
      settings = null;
      calendar = null;
    },
    close: () => db.close(),
  };
}
