// Personal data at rest (issue 15 §7): the ledger, its backups and the folders holding them are for the
// user who runs the app only (files 0600, folders 0700), not readable by every account of the computer.
// On Windows the modes are not the access rules (ACLs are): chmod only sets "read-only" there, so nothing is
// changed; on file systems without permissions (FAT32 USB drives) the change fails and is not an error.
import { chmodSync, existsSync, mkdirSync } from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

const applies = process.platform !== 'win32';

function tryChmod(path: string, mode: number): void {
  if (!applies || !existsSync(path)) return;
  try {
    chmodSync(path, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Not the owner, or a drive without permissions: the data stays as the drive allows.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EROFS' && code !== 'EACCES') throw error;
  }
}

/** The ledger (or a backup) and its -wal / -shm for the user only. */
export function restrictLedgerFile(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) tryChmod(file + suffix, PRIVATE_FILE_MODE);
}

/** A folder of the app's data or backups, for the user only. */
export function restrictFolder(folder: string): void {
  tryChmod(folder, PRIVATE_FOLDER_MODE);
}

/** Creates the last folder of `folder` for the user only. */
export function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { mode: PRIVATE_FOLDER_MODE });
  restrictFolder(folder);
}
