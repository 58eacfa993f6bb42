// Issue 15 §5: a full disk or a read-only ledger is said to be one ("ổ đĩa đầy" / "không có quyền ghi"),
// with what to do and never a restore; every SQLite error reaches the officer in Vietnamese without a
// stack trace. The first tests make SQLite raise its real errors (a page limit, a held lock, a file-size
// limit on a real process); the last ones put a real ledger on a real small file system (tmpfs), filled
// up or remounted read-only — they need the right to mount, which CI's root container has (they are
// skipped, and say so, where it is missing).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from '../../electron/api/dispatch';
import { openDeskLedger } from '../../electron/desk/desk-ledger';
import { freeBytesIn, openLedger, sqliteErrorText } from '../../electron/ledger';
import { diagnoseStartup } from '../../electron/reliability/startup-diagnosis';
import { FIXTURE_CSV, REPO_ROOT, cli, initLedger, tempFolder } from '../cli/helpers';
import { createOldLedger } from '../crash/fixtures';

const NOW = Date.UTC(2024, 2, 14, 3);
/** SQLite's own words, or a stack trace: never shown to the officer. */
const ENGLISH = /database|disk is full|disk I\/O|readonly|locked|SqliteError|\n\s+at /;

function openDesk(ledgerFile: string) {
  const errors: unknown[] = [];
  const desk = openDeskLedger({ ledgerFile, hostActor: 'kiểm thử', appVersion: 'test', clock: () => NOW, backgroundDelayMs: -1 }, (e) => errors.push(e));
  return { desk, errors };
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** A ledger connection whose file may not grow: SQLite answers SQLITE_FULL as on a full disk. */
function fullLedger(): Database.Database {
  const db = openLedger(join(tempFolder(), 'so.db'));
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  return db;
}

const fillSettings = (db: Database.Database) =>
  db.transaction(() => {
    db.exec('CREATE TABLE IF NOT EXISTS filler(x TEXT)');
    for (let i = 0; i < 2000; i++) db.prepare('INSERT INTO filler(x) VALUES (?)').run('y'.repeat(500));
  })();

describe('SQLite errors in Vietnamese', () => {
  it('a full disk, a read-only ledger, a held lock and a constraint each get their own words, with no English', () => {
    const full = errorOf(() => fillSettings(fullLedger()));
    expect((full as { code: string }).code).toBe('SQLITE_FULL');
    const readOnlyDb = openLedger(join(tempFolder(), 'so.db'));
    readOnlyDb.pragma('query_only = 1');
    const readOnly = errorOf(() => fillSettings(readOnlyDb));
    const file = join(tempFolder(), 'so.db');
    openLedger(file).close();
    const holder = new Database(file);
    holder.exec('BEGIN IMMEDIATE');
    const busy = errorOf(() => fillSettings(openLedger(file, { busyTimeoutMs: 0 })));
    holder.exec('ROLLBACK');
    const constraint = errorOf(() => new Database(file).exec('CREATE TABLE c(x NOT NULL); INSERT INTO c VALUES (NULL)'));
    const texts = [full, readOnly, busy, constraint].map((e) => sqliteErrorText(e));
    expect(texts[0]).toContain('Ổ đĩa đầy');
    expect(texts[0]).toContain('không cần khôi phục bản sao lưu');
    expect(texts[1]).toContain('Không có quyền ghi');
    expect(texts[2]).toContain('thử lại sau');
    expect(texts[3]).toContain('chưa ghi gì');
    for (const text of texts) {
      expect(text).not.toMatch(/database|disk is full|readonly|locked|constraint failed|\n\s+at /);
    }
    expect(sqliteErrorText(new Error('not sqlite'))).toBeNull();
  });

  it('the API answers a real SQLITE_FULL in Vietnamese, as a refusal, never as an internal error', async () => {
    const db = fullLedger();
    const internal: unknown[] = [];
    const handlers = { 'app.info': () => fillSettings(db) } as unknown as Handlers;
    const dispatch = createDispatcher(handlers, (e) => internal.push(e));
    const result = await dispatch('app.info', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('rejected');
    expect(result.error.message).toContain('Ổ đĩa đầy');
    expect(result.error.message).not.toContain('disk is full');
  });
});

describe('SQLite errors while the desk opens or backs up the ledger', () => {
  it('an upgrade while another program holds the write lock: blocked with "đang bận", check again later, no restore and no English', async () => {
    const file = join(tempFolder(), 'so.db');
    createOldLedger(file, 20);
    // What `import` on the command line holds while it writes.
    const importer = new Database(file);
    importer.exec('BEGIN IMMEDIATE');
    const { desk, errors } = openDesk(file);
    try {
      await desk.settled();
      const state = desk.state();
      expect(state.kind).toBe('blocked');
      if (state.kind !== 'blocked') return;
      expect(state.failure).toContain('đang bận');
      expect(state.failure).toContain('Kiểm tra lại');
      expect(state.failure).not.toMatch(/khôi phục|Lỗi không mong đợi/);
      expect(state.failure).not.toMatch(ENGLISH);
      expect(state.diagnosis.problems.flatMap((p) => p.actions.map((a) => a.kind))).not.toContain('restore-backup');
      expect(errors).toEqual([]);
      importer.exec('ROLLBACK');
      await desk.recheck();
      expect(desk.state().kind).toBe('open');
    } finally {
      if (importer.inTransaction) importer.exec('ROLLBACK');
      importer.close();
      desk.close();
    }
  }, 30_000);

  it.skipIf(process.platform === 'win32')('a backup --out that SQLite cannot write (a real process under a file-size limit) is refused in Vietnamese, without a stack trace', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    expect((await cli('import', '--db', db, FIXTURE_CSV)).code).toBe(0);
    const out = join(folder, 'ban-sao.db');
    // 200 KiB per file for this process: the copy of a ~450 KB ledger cannot be written.
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn('bash', ['-c', 'ulimit -f 200 && exec "$0" "$@"', process.execPath, '--import', 'tsx', 'electron/cli/main.ts', 'backup', '--db', db, '--out', out], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Không sao lưu được');
    expect(result.stderr).toContain('lỗi đọc ghi ổ đĩa');
    expect(result.stderr).not.toMatch(ENGLISH);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(folder).filter((n) => n.includes('dang-ghi'))).toEqual([]);
  }, 60_000);
});

/** A tmpfs of `size` mounted at a new folder, or null when this process may not mount. */
function tmpfs(size: string): string | null {
  const at = mkdtempSync(join(tmpdir(), 'somc-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'ignore' });
    mounts.push(at);
    return at;
  } catch {
    rmSync(at, { recursive: true, force: true });
    return null;
  }
}
const mounts: string[] = [];
afterAll(() => {
  for (const at of mounts) {
    execFileSync('umount', [at]);
    rmSync(at, { recursive: true, force: true });
  }
});

function fillUp(folder: string): void {
  try {
    execFileSync('dd', ['if=/dev/zero', `of=${join(folder, 'filler')}`, 'bs=64k'], { stdio: 'ignore' });
  } catch {
    // dd stops with "No space left on device": that is the point.
  }
}

/** Fills the disk but for about `bytes`. */
function leaveFree(folder: string, bytes: number): void {
  const free = freeBytesIn(folder) ?? 0;
  execFileSync('dd', ['if=/dev/zero', `of=${join(folder, 'filler')}`, 'bs=4096', `count=${Math.floor((free - bytes) / 4096)}`], { stdio: 'ignore' });
}

const canMount = (() => {
  const probe = tmpfs('64k');
  return probe !== null;
})();

describe.skipIf(!canMount)('a ledger on a real full or read-only disk', () => {
  it('a full disk: the start-up check says "ổ đĩa đầy" and what to do, and offers no restore even with a good backup', async () => {
    const disk = tmpfs('3m');
    if (disk === null) throw new Error('mount failed');
    const db = join(disk, 'so.db');
    const made = await initLedger(tempFolder());
    const importOk = await cli('import', '--db', made, FIXTURE_CSV);
    expect(importOk.code, importOk.stderr).toBe(0);
    copyFileSync(made, db);
    mkdirSync(join(disk, 'sao-luu'));
    copyFileSync(made, join(disk, 'sao-luu', 'so.sao-luu.2024-03-14_09-00-00.hang-ngay.db'));
    fillUp(disk);
    const diagnosis = diagnoseStartup({ ledgerFile: db, now: Date.UTC(2024, 2, 14, 3), appVersion: 'test' });
    expect(diagnosis.status).toBe('blocked');
    expect(diagnosis.problems.map((p) => p.kind)).toEqual(['disk-full']);
    expect(diagnosis.problems[0]?.actions.map((a) => a.kind)).not.toContain('restore-backup');
    const check = await cli('check', '--db', db);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('Ổ đĩa chứa sổ dữ liệu');
    expect(check.stderr).toContain('Giải phóng dung lượng');
    expect(check.stderr).not.toMatch(/bị hỏng:|Khôi phục|restore --db/);
  });

  it('an upgrade that fills an almost full disk: the desk says "ổ đĩa đầy", offers no restore, and no English', async () => {
    const disk = tmpfs('16m');
    if (disk === null) throw new Error('mount failed');
    const file = join(disk, 'so.db');
    const made = join(tempFolder(), 'cu.db');
    createOldLedger(made, 3000);
    copyFileSync(made, file);
    // The backup before the upgrade goes elsewhere: it is the upgrade itself that meets the full disk.
    writeFileSync(`${file}.sao-luu.json`, JSON.stringify({ directories: [tempFolder()], keep: 3 }));
    leaveFree(disk, 1.5 * 1024 * 1024);
    expect(diagnoseStartup({ ledgerFile: file, now: NOW, appVersion: 'test' }).problems.map((p) => p.kind)).toContain('upgrade-pending');
    const { desk, errors } = openDesk(file);
    try {
      await desk.settled();
      const state = desk.state();
      expect(state.kind).toBe('blocked');
      if (state.kind !== 'blocked') return;
      expect(state.failure).toBeNull();
      expect(state.diagnosis.problems.map((p) => p.kind)).toEqual(['disk-full']);
      expect(state.diagnosis.problems[0]?.message).toContain('đã đầy');
      expect(state.diagnosis.problems.flatMap((p) => p.actions.map((a) => a.kind))).not.toContain('restore-backup');
      expect(errors).toEqual([]);
    } finally {
      desk.close();
    }
  }, 60_000);

  it('an I/O error on a full disk at the desk is told as a full disk, not as a pulled-out USB drive', async () => {
    const disk = tmpfs('3m');
    if (disk === null) throw new Error('mount failed');
    const file = await initLedger(disk);
    fillUp(disk);
    // A new connection must make its -shm: on a full disk SQLite answers SQLITE_IOERR_SHMSIZE.
    const handlers = {
      'app.info': () => {
        const db = new Database(file);
        try {
          return db.prepare('SELECT count(*) FROM dossiers').get();
        } finally {
          db.close();
        }
      },
    } as unknown as Handlers;
    const result = await createDispatcher(handlers, () => undefined, file)('app.info', {});
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('Ổ đĩa đầy');
    expect(result.error.message).toMatch(/mã lỗi: SQLITE_IOERR/);
    expect(result.error.message).not.toContain("USB");
    expect(result.error.message).not.toMatch(ENGLISH);
  });

  it('a backup onto a full disk (backup --out, the automatic backup) says "ổ đĩa đã đầy" in Vietnamese', async () => {
    const disk = tmpfs('3m');
    if (disk === null) throw new Error('mount failed');
    const folder = tempFolder();
    const db = await initLedger(folder);
    expect((await cli('import', '--db', db, FIXTURE_CSV)).code).toBe(0);
    fillUp(disk);
    const out = await cli('backup', '--db', db, '--out', join(disk, 'ban-sao.db'));
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('ổ đĩa đã đầy');
    expect(out.stderr).not.toMatch(ENGLISH);
    mkdirSync(join(disk, 'usb'));
    writeFileSync(`${db}.sao-luu.json`, JSON.stringify({ directories: [join(disk, 'usb')], keep: 3 }));
    const auto = await cli('backup', '--db', db, '--auto');
    expect(auto.code).toBe(1);
    expect(auto.stderr).toContain(`Không sao lưu được vào "${join(disk, 'usb')}": ổ đĩa đã đầy`);
    expect(auto.stderr).not.toMatch(ENGLISH);
  });

  it('a read-only disk: the start-up check and a write say "không có quyền ghi", without a stack trace', async () => {
    const disk = tmpfs('8m');
    if (disk === null) throw new Error('mount failed');
    const db = await initLedger(disk);
    writeFileSync(join(disk, 'keep.txt'), 'x');
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    const diagnosis = diagnoseStartup({ ledgerFile: db, now: Date.UTC(2024, 2, 14, 3), appVersion: 'test' });
    expect(diagnosis.problems.map((p) => p.kind)).toContain('read-only-ledger');
    expect(diagnosis.problems.flatMap((p) => p.actions.map((a) => a.kind))).not.toContain('restore-backup');
    const imported = await cli('import', '--db', db, FIXTURE_CSV);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('Không có quyền ghi');
    expect(imported.stderr).not.toMatch(/SqliteError|\n\s+at |Lỗi không mong đợi/);
  });
});
