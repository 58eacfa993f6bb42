// The online rule of the 2025 one-stop rules (shared/deadline/README.md, "Online dossiers"): an online
// dossier received after 17:00 or on a day off starts its clock at the next working day's opening. It is
// part of the rule a dossier was received under, so it is stored with the rule snapshot: the minute after
// which the dossier's reception moved, or NULL when the rule did not apply. Every dossier logged before
// this migration keeps NULL — it keeps the count it was given (a recomputation gives the same date).
import type { Migration } from './migration';

export const migration012OnlineClockStart: Migration = {
  version: 12,
  name: 'online clock start in the dossier rule snapshot',
  up(db) {
    db.exec('ALTER TABLE dossiers ADD COLUMN online_cutoff_minute INTEGER CHECK (online_cutoff_minute BETWEEN 0 AND 1439);');
  },
};
