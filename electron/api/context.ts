// What the handlers work with: the open ledger, the clock (passed in, so tests fix the day), the host's
// own services (native dialogs in Electron, none in the web host), and the pending import dry runs.
import type { DeskLedger } from '../desk/desk-ledger';
import type { PrintersView } from '../../shared/api/print-schemas';
import type { PrintableDocument } from '../documents/html/doc-html';
import type { LedgerSession } from '../services/ledger-session';
import type { DriveProbe } from '../services/removable-drives';
import type { ImportPlanStore } from './import-plans';
import type { Jobs } from './jobs';

export type HostKind = 'electron' | 'web';

export interface FileBytes {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface HostServices {
  kind: HostKind;
  /** Native save dialog, then write; `saved: false` when the person cancels. */
  saveFile?(file: FileBytes): Promise<{ saved: boolean; path: string | null }>;
  /** Prints a form's HTML rendering on paper (the system print dialog, or the chosen printer); false when cancelled. */
  printDocument?(doc: PrintableDocument): Promise<{ printed: boolean; message: string }>;
  /** This PC's printers and the one chosen to print to without the dialog. */
  printers?(): Promise<PrintersView>;
  /** Chooses the printer forms go to without the dialog (null: the print dialog each time). */
  choosePrinter?(name: string | null): Promise<PrintersView>;
  /** Opens an already allow-listed URL in the system browser. */
  openExternal?(url: string): Promise<boolean>;
  /**
   * Native save dialog: where to write a file the app then makes (a backup copy, a large export, a PDF),
   * written there by the worker; null when cancelled.
   */
  chooseSaveTarget?(suggestedName: string): Promise<string | null>;
  /** Native folder dialog (where to write a handoff package); null when cancelled. */
  chooseFolder?(title: string): Promise<string | null>;
  /** Native open dialog for a handoff package (.somc); null when cancelled. */
  choosePackageFile?(): Promise<string | null>;
  /** The open dialog for a ledger list to import (CSV, XLSX, XLS); the path is then allowed (allowsPath). */
  chooseImportFile?(): Promise<string | null>;
  /**
   * Whether the main process may read a file the page names (a package path): in Electron only one its own
   * open dialog handed out; absent (the web host, the tests), any path.
   */
  allowsPath?(file: string): boolean;
  /** Native open dialog for a backup file to restore from (.db); the path is then allowed (allowsPath). */
  chooseBackupFile?(): Promise<string | null>;
  /** Native open dialog for an encrypted backup to restore from (.somc); the path is then allowed (allowsPath). */
  chooseEncryptedBackupFile?(): Promise<string | null>;
}

/** The ledger the app works on; restore swaps the file underneath, so handlers always ask for the current one. */
export interface LedgerHolder {
  readonly file: string;
  session(): LedgerSession;
  /** Closes the ledger, runs `change` (which may replace the file), then opens it again. */
  reopenAfter<T>(change: () => T): T;
  close(): void;
}

export interface ApiContext {
  ledger: LedgerHolder;
  /** The same ledger with the desk's start-up state, operator and backups (electron/desk). */
  desk: DeskLedger;
  /** Epoch milliseconds; read through here only. */
  clock: () => number;
  host: HostServices;
  appVersion: string;
  imports: ImportPlanStore;
  /** The long jobs the screen follows and may cancel (imports, packages). */
  jobs: Jobs;
  /** How removable drives are found (services/removable-drives); the system's by default. */
  driveProbe?: DriveProbe;
}
