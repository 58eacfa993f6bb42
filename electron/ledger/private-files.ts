// Personal data at rest (issue 15 §7): the ledger, its backups and the folders holding them are for the
// user who runs the app only, not readable by every account of the computer. On Linux and macOS: files
// 0600, folders 0700. On Windows the modes are not the access rules (chmod only sets "read-only" there):
// each data or backup folder gets an ACL for the user alone (and SYSTEM), set by icacls in a child process
// (windows-acl), never waited for; the files inside inherit it. On file systems without permissions
// (FAT32 USB drives) the change fails and is not an error: the data stays as the drive allows (on
// Windows the failure is logged).
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { type FolderRestrictor, createFolderRestrictor, runWindowsCommand } from './windows-acl';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

const onWindows = process.platform === 'win32';

let logFailure: (message: string, error: unknown) => void = (message, error) => console.error(message, error);
let windowsRestrictor: FolderRestrictor | null = null;

/** Where a folder that could not be restricted on Windows is reported (the desktop app: its log file). */
export function logPrivacyFailuresTo(log: (message: string, error: unknown) => void): void {
  logFailure = log;
}

function tryChmod(path: string, mode: number): void {
  if (onWindows || !existsSync(path)) return;
  try {
    chmodSync(path, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Not the owner, or a drive without permissions: the data stays as the drive allows.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EROFS' && code !== 'EACCES') throw error;
  }
}

/** The ledger (or a backup) and its -wal / -shm for the user only (on Windows: by its folder's ACL). */
export function restrictLedgerFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) tryChmod(file + suffix, PRIVATE_FILE_MODE);
}

/** A folder of the app's data or backups, for the user only. Returns at once on Windows too. */
export function restrictFolder(folder: string): void {
  if (onWindows) {
    windowsRestrictor ??= createFolderRestrictor(runWindowsCommand, (message, error) => logFailure(message, error));
    windowsRestrictor.restrict(folder);
    return;
  }
  tryChmod(folder, PRIVATE_FOLDER_MODE);
}

/** Creates the last folder of `folder` for the user only. */
export function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { mode: PRIVATE_FOLDER_MODE });
  restrictFolder(folder);
}
