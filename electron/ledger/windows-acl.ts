// Personal data at rest on Windows, the offices' platform (issue 15 §7): file modes are not the access
// rules there, ACLs are, and a folder made under %APPDATA% or on a data drive inherits rules that may let
// every local account read it. Each data or backup folder is therefore given its own ACL with icacls:
// inheritance removed, full control for the current user and for SYSTEM (Windows' own services and
// backup tools) — nobody else. Accounts are named by their SID (`*S-1-5-21-…`), never by name: a name
// with Vietnamese letters can be garbled between code pages, a SID cannot. The SID comes from
// `whoami /user`. The commands run in child processes, never on the thread that answers the screen;
// a failure (a FAT32 USB stick has no ACLs) is logged and changes nothing else.
import { execFile } from 'node:child_process';
import path from 'node:path';

/** Runs a program with arguments (no shell) and resolves with what it printed. */
export type RunCommand = (program: string, args: readonly string[]) => Promise<string>;

/** The local SYSTEM account: Windows services, the system's backup and indexing. */
export const SYSTEM_SID = 'S-1-5-18';

const system32 = (program: string) => path.win32.join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', program);

/** The commands, by full path (a program of that name elsewhere on the PATH is never run). */
export const WHOAMI = system32('whoami.exe');
export const ICACLS = system32('icacls.exe');

export const WHOAMI_ARGS = ['/user', '/fo', 'csv', '/nh'] as const;

/**
 * `icacls <folder> /inheritance:r /grant:r *<user>:(OI)(CI)F *S-1-5-18:(OI)(CI)F /C /Q`: the inherited
 * rules removed (`/inheritance:r`), explicit rules replaced (`/grant:r`) by full control (F) for the user
 * and SYSTEM, inherited by the files (OI) and folders (CI) inside — those already there too, Windows
 * propagating the new inheritable rules to them; `/C` goes on past a file it cannot change, `/Q` prints
 * nothing on success.
 */
export function icaclsArgs(folder: string, userSid: string): string[] {
  return [folder, '/inheritance:r', '/grant:r', `*${userSid}:(OI)(CI)F`, `*${SYSTEM_SID}:(OI)(CI)F`, '/C', '/Q'];
}

/** The SID in `whoami /user /fo csv /nh` (`"may\người dùng","S-1-5-21-…"`), or null. */
export function userSidOf(whoamiOutput: string): string | null {
  const sids = whoamiOutput.match(/S-1-\d+(?:-\d+)+/g);
  return sids?.at(-1) ?? null;
}

export interface FolderRestrictor {
  /** Restricts `folder` to the current user (and SYSTEM); returns at once, the commands run meanwhile. Once per folder. */
  restrict(folder: string): void;
  /** Resolves when every restriction asked for so far has finished (or failed and been logged). */
  settled(): Promise<void>;
}

export function createFolderRestrictor(run: RunCommand, logFailure: (message: string, error: unknown) => void): FolderRestrictor {
  let userSid: Promise<string> | null = null;
  const asked = new Set<string>();
  let tail: Promise<void> = Promise.resolve();

  const sidOfUser = () =>
    (userSid ??= run(WHOAMI, WHOAMI_ARGS).then((output) => {
      const sid = userSidOf(output);
      if (sid === null) throw new Error(`whoami /user gave no SID: ${output.trim().slice(0, 200)}`);
      return sid;
    }));

  return {
    restrict(folder) {
      const key = path.win32.resolve(folder).toLowerCase();
      if (asked.has(key)) return;
      asked.add(key);
      // One at a time, after the ones asked before; never waited for by the caller.
      tail = tail
        .then(sidOfUser)
        .then((sid) => run(ICACLS, icaclsArgs(folder, sid)))
        .then(
          () => undefined,
          (error: unknown) => logFailure(`Không giới hạn được quyền truy cập thư mục "${folder}" cho riêng người dùng này (icacls)`, error),
        );
    },
    settled: () => tail,
  };
}

/** The real commands, hidden, with a time limit. */
export const runWindowsCommand: RunCommand = (program, args) =>
  new Promise((resolve, reject) => {
    execFile(program, [...args], { windowsHide: true, timeout: 30_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
