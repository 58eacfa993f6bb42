// Copies a killed process left half-written (issue 15 §7). Every copy of the ledger — a backup, a copy
// with --out, an encrypted backup package — is written under a temporary name `<name>.dang-ghi-<pid>…`
// and renamed once complete and checked; a process killed meanwhile (kill -9, a power cut, the USB stick
// pulled) leaves that file behind, holding citizens' personal data in clear. They are removed from a
// folder the next time a copy is written there, and from the data and backup folders at start-up — only
// when the process named in them is no longer running (a copy being written now is never touched).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `so.sao-luu…db.dang-ghi-4242`, its -journal/-wal/-shm, or a package's `….somc.dang-ghi-4242-9f3a1c2b`; with
 * another marker, e.g. a restore's staged copy `so.db.dang-khoi-phuc-4242`.
 */
const unfinishedPattern = (marker: string) => new RegExp(`\\.${marker}-(\\d+)(?:-[0-9a-f]{8})?(?:-journal|-wal|-shm)?$`);

/** Whether process `pid` still runs (a copy it is writing is not unfinished). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The temporary name for a copy this process writes to `target`. */
export function unfinishedName(target: string): string {
  return `${target}.dang-ghi-${process.pid}`;
}

/**
 * Removes from `folder` the unfinished copies (named with `marker`) of processes that are no longer running;
 * returns them. A folder that is not there (the USB drive is unplugged) or cannot be listed has nothing to remove.
 */
export function removeUnfinishedCopies(folder: string, marker: 'dang-ghi' | 'dang-khoi-phuc' = 'dang-ghi'): string[] {
  const pattern = unfinishedPattern(marker);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EACCES' || code === 'EPERM') return [];
    throw error;
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(join(folder, name));
  }
  return removed;
}
