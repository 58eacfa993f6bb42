// The desk's own commands in the API contract (spread into API_CONTRACT): the start-up check and its ways
// forward, automatic backups and restoring, and the operator working at the desk.
import { z } from 'zod';
import { noInput } from './common';
import { withJobId } from './job-schemas';
import { operatorNameInput, operatorsView } from './operator-schemas';
import { chosenPath } from './handoff-schemas';
import { packageRestoreInput, packageRestorePreview, packageRestorePreviewInput } from './package-restore-schemas';
import { backupNowView, integrityCheckOutcome, backupSettingsInput, backupSettingsView, restoreChosenInput, restoreFromInput, restoreOutcome, restoreUploadInput, startupView } from './startup-schemas';

export const DESK_COMMANDS = {
  'startup.status': { input: noInput, output: startupView },
  /** Runs the start-up check again (after plugging in the USB drive, fixing the clock …). */
  'startup.recheck': { input: noInput, output: startupView },
  /** "The computer's clock is right": logging is allowed again until the app is closed. */
  'startup.confirmClock': { input: noInput, output: startupView },
  /** For a missing or empty ledger: starts a new one (an empty file is kept aside). */
  'startup.createNew': { input: noInput, output: startupView },
  /** "Đã kiểm tra": the operator has dealt with the changes found missing; recorded in the ledger with their name. */
  'startup.acknowledgeLosses': { input: noInput, output: startupView },

  'backup.settings': { input: noInput, output: backupSettingsView },
  'backup.saveSettings': { input: backupSettingsInput, output: backupSettingsView },
  /** "Sao lưu ngay": a verified copy into every configured folder. */
  'backup.now': { input: z.strictObject(withJobId), output: backupNowView },
  /**
   * The full integrity check of the ledger now (in the worker, a job the screen follows). A damaged ledger
   * is then closed and the start-up screen shows the ways forward.
   */
  'backup.checkIntegrity': { input: z.strictObject(withJobId), output: integrityCheckOutcome },
  /** Restores from one of the backups listed by backup.settings or startup.status. */
  'backup.restoreFrom': { input: restoreFromInput, output: restoreOutcome },
  /** Restores from a backup file the person chose (uploaded). */
  'backup.restore': { input: restoreUploadInput, output: restoreOutcome },
  /**
   * Desktop app: the backup file picked in the native dialog (backup.chooseFile) is restored from where
   * it lies (no bytes through the API: a ledger of hundreds of MB). Only a path the dialog handed out.
   */
  'backup.restoreChosen': { input: restoreChosenInput, output: restoreOutcome },
  /** Desktop app: the open dialog for a backup file (.db); the path is then allowed (null: cancelled). */
  'backup.chooseFile': { input: noInput, output: chosenPath },
  /** Desktop app: the open dialog for an encrypted backup (.somc); the path is then allowed (null: cancelled). */
  'backup.choosePackageFile': { input: noInput, output: chosenPath },
  /**
   * An encrypted backup (a full package) and its passphrase: checked and decrypted in the worker, what it
   * holds, and what the restore would keep aside or ask (the chairman's PIN). Nothing is written.
   */
  'backup.previewPackage': { input: packageRestorePreviewInput, output: packageRestorePreview },
  /**
   * Restores the previewed package: rebuilt as a ledger in the worker, then put in place as a backup is
   * (backup.restoreFrom's rules: the current ledger backed up and kept aside, signed periods carried over
   * with the chairman's PIN — `needs_chairman_pin` otherwise, the same preview may be sent again with it).
   */
  'backup.restorePackage': { input: packageRestoreInput, output: restoreOutcome },

  'operators.list': { input: noInput, output: operatorsView },
  'operators.add': { input: operatorNameInput, output: operatorsView },
  'operators.retire': { input: operatorNameInput, output: operatorsView },
  /** Who is working at this desk now: every later write records that name. */
  'operators.select': { input: operatorNameInput, output: operatorsView },
} as const;
