// Groups of the API's commands by what they do to the ledger, for the host (logging held while the
// computer's clock is behind) and the screens (what to read again after a write).
import type { CommandName } from './contract';

/** Commands that write dated facts about dossiers (a reception, an action, an edit, an imported ledger or package). */
export const LOGGING_COMMANDS: ReadonlySet<CommandName> = new Set<CommandName>(['dossier.create', 'dossier.act', 'dossier.edit', 'import.apply', 'handoff.import', 'rules.import']);

/**
 * Commands after which the lists of the day (Việc hôm nay) and their count may have changed: every
 * logging command, a conflict settled in favour of the other package, and what moves due dates (the
 * calendar, the office's settings, a new version of a procedure).
 */
export const DAILY_LIST_WRITES: ReadonlySet<CommandName> = new Set<CommandName>([
  ...LOGGING_COMMANDS,
  'handoff.resolveConflict',
  'calendar.addEdit',
  'calendar.removeEdit',
  'calendar.addNotice',
  'calendar.removeNotice',
  'settings.update',
  'catalogue.addVersion',
]);
