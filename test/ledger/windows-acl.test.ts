// Issue 15 §7 on Windows: the data and backup folders are restricted to the current user (and SYSTEM) by
// icacls, named by SID, in child processes that never hold up the caller; a failure is logged. The
// commands cannot run here, so the runner is the injection point: what it receives is exactly what
// Windows would run, and its answers are what whoami and icacls print.
import { describe, expect, it } from 'vitest';
import { ICACLS, SYSTEM_SID, WHOAMI, WHOAMI_ARGS, createFolderRestrictor, icaclsArgs, userSidOf } from '../../electron/ledger/windows-acl';

const USER_SID = 'S-1-5-21-3623811015-3361044348-30300820-1013';
/** What `whoami /user /fo csv /nh` prints for a user whose name has Vietnamese letters (as the console's code page garbles it). */
const WHOAMI_OUTPUT = `"DESKTOP-7K2\\Nguy\u00bbn V\u00a5n An","${USER_SID}"\r\n`;

interface Call {
  program: string;
  args: readonly string[];
}

/** A runner that records each command and answers it when `release` is called (or at once when `immediate`). */
function recordingRunner(answer: (call: Call) => Promise<string>, immediate = true) {
  const calls: Call[] = [];
  const waiting: Array<() => void> = [];
  const run = (program: string, args: readonly string[]) => {
    calls.push({ program, args });
    if (immediate) return answer({ program, args });
    return new Promise<string>((resolve, reject) => waiting.push(() => void answer({ program, args }).then(resolve, reject)));
  };
  return { run, calls, release: () => waiting.splice(0).forEach((go) => go()) };
}

const answers = (call: Call) => Promise.resolve(call.program === WHOAMI ? WHOAMI_OUTPUT : '');

describe('restricting a folder to the current user on Windows', () => {
  it('builds icacls: inheritance removed, full control for the user and SYSTEM by SID, inherited by files and folders', () => {
    expect(icaclsArgs('C:\\Users\\An\\AppData\\Roaming\\Sổ Một Cửa', USER_SID)).toEqual([
      'C:\\Users\\An\\AppData\\Roaming\\Sổ Một Cửa',
      '/inheritance:r',
      '/grant:r',
      `*${USER_SID}:(OI)(CI)F`,
      `*${SYSTEM_SID}:(OI)(CI)F`,
      '/C',
      '/Q',
    ]);
    expect(SYSTEM_SID).toBe('S-1-5-18');
    expect(ICACLS.toLowerCase()).toMatch(/\\system32\\icacls\.exe$/);
    expect(WHOAMI.toLowerCase()).toMatch(/\\system32\\whoami\.exe$/);
  });

  it("reads the user's SID from whoami, whatever the name's letters became", () => {
    expect(userSidOf(WHOAMI_OUTPUT)).toBe(USER_SID);
    expect(userSidOf('"AzureAD\\An","S-1-12-1-1234567890-123456789-1234567890-123456789"')).toBe('S-1-12-1-1234567890-123456789-1234567890-123456789');
    expect(userSidOf('Access is denied.')).toBeNull();
  });

  it('returns before the commands run, asks whoami once, and restricts each folder once, in order', async () => {
    const runner = recordingRunner(answers, false);
    const restrictor = createFolderRestrictor(runner.run, (message) => {
      throw new Error(`unexpected failure: ${message}`);
    });
    restrictor.restrict('C:\\Users\\An\\AppData\\Roaming\\Sổ Một Cửa');
    restrictor.restrict('E:\\SaoLuuSoMotCua');
    restrictor.restrict('c:\\users\\an\\appdata\\roaming\\sổ một cửa\\');
    // Nothing has run on the caller's turn: the commands start afterwards, in child processes.
    expect(runner.calls).toEqual([]);
    let settled = false;
    void restrictor.settled().then(() => (settled = true));
    for (let i = 0; i < 5 && !settled; i++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      runner.release();
    }
    await restrictor.settled();
    expect(runner.calls).toEqual([
      { program: WHOAMI, args: WHOAMI_ARGS },
      { program: ICACLS, args: icaclsArgs('C:\\Users\\An\\AppData\\Roaming\\Sổ Một Cửa', USER_SID) },
      { program: ICACLS, args: icaclsArgs('E:\\SaoLuuSoMotCua', USER_SID) },
    ]);
  });

  it('logs a folder it could not restrict (a FAT32 USB stick has no ACLs) and goes on with the next', async () => {
    const runner = recordingRunner((call) =>
      call.program === ICACLS && call.args[0] === 'F:\\SaoLuu' ? Promise.reject(new Error('F:\\SaoLuu: The request is not supported.')) : answers(call),
    );
    const logged: Array<{ message: string; error: unknown }> = [];
    const restrictor = createFolderRestrictor(runner.run, (message, error) => logged.push({ message, error }));
    restrictor.restrict('F:\\SaoLuu');
    restrictor.restrict('D:\\SoMotCua');
    await restrictor.settled();
    expect(logged).toHaveLength(1);
    expect(logged[0]?.message).toContain('Không giới hạn được quyền truy cập thư mục "F:\\SaoLuu"');
    expect(String(logged[0]?.error)).toContain('not supported');
    expect(runner.calls.at(-1)).toEqual({ program: ICACLS, args: icaclsArgs('D:\\SoMotCua', USER_SID) });
  });

  it('logs every folder when the SID cannot be read, and never runs icacls with a name', async () => {
    const runner = recordingRunner((call) => Promise.resolve(call.program === WHOAMI ? 'ERROR: Access is denied.' : ''));
    const logged: string[] = [];
    const restrictor = createFolderRestrictor(runner.run, (message) => logged.push(message));
    restrictor.restrict('D:\\SoMotCua');
    await restrictor.settled();
    expect(logged).toEqual(['Không giới hạn được quyền truy cập thư mục "D:\\SoMotCua" cho riêng người dùng này (icacls)']);
    expect(runner.calls.map((c) => c.program)).toEqual([WHOAMI]);
  });
});
