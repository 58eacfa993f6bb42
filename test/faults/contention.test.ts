// Issue 15 §6: while another program holds the ledger's write lock (the command line importing a big
// file), an intake at the desk answers quickly "đang nhập dữ liệu, thử lại sau" — HTTP 503 on the web
// host, never a 500 after a five-second freeze — and goes in once the lock is released. The desk's idle
// checkpoint, retried all through such an import, never holds up the thread that answers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DESK_WRITE_WAIT_MS } from '../../electron/desk/desk-open';
import { CHECKPOINT_IDLE_MS } from '../../electron/desk/commit-keeper';
import { dossierInput, testApi } from '../api/helpers';
import { webHostOn } from './web-host-on';
import { REPO_ROOT } from '../cli/helpers';

/**
 * Another program writing to the ledger, as `import` on the command line does: a real process holding
 * the write lock (BEGIN IMMEDIATE, rows written) for `holdMs`, then rolling back. Resolves once it holds
 * the lock; `done` once it has ended.
 */
async function otherProgramWriting(file: string, holdMs: number): Promise<{ done: Promise<number | null> }> {
  const code = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN IMMEDIATE');
    db.exec('CREATE TABLE nhap_thu(x TEXT)');
    const insert = db.prepare('INSERT INTO nhap_thu(x) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('dòng ' + i);
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('ROLLBACK'); db.close(); }, Number(process.argv[2]));
  `;
  const child = spawn(process.execPath, ['-e', code, file, String(holdMs)], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => c.toString().includes('locked') && resolve());
    child.on('close', (code) => reject(new Error(`the writing process ended (${code}) before it held the lock`)));
  });
  return { done };
}

function post(port: number, token: string, command: string, body: unknown): Promise<{ status: number; json: { ok: boolean; error?: { code: string; message: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: `/api/${command}`, headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-somc-token': token } },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as never }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('an intake while another program writes to the ledger', () => {
  it('waits less than a second, then says the ledger is busy importing (503); after the import it goes in', async () => {
    expect(DESK_WRITE_WAIT_MS).toBeLessThan(1000);
    const t = await testApi('2024-03-04 09:00');
    const host = await webHostOn(t);
    // What `import` on the command line holds while it writes: the ledger's write lock, from another connection.
    const importer = new Database(t.file);
    try {
      importer.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      const busy = await post(host.port, host.token, 'dossier.create', dossierInput('Nguyễn Văn Chờ', '2024-03-04 09:00'));
      const waited = performance.now() - started;
      expect(busy.status).toBe(503);
      expect(busy.json.error?.code).toBe('busy');
      expect(busy.json.error?.message).toContain('đang nhập dữ liệu, thử lại sau');
      expect(busy.json.error?.message).not.toMatch(/database is locked|SqliteError/);
      // Not the five-second freeze of SQLite's default wait (a loose bound: the machine may be loaded).
      expect(waited).toBeLessThan(3000);
      importer.exec('COMMIT');
      const done = await post(host.port, host.token, 'dossier.create', dossierInput('Nguyễn Văn Chờ', '2024-03-04 09:00'));
      expect(done.status).toBe(200);
    } finally {
      if (importer.inTransaction) importer.exec('ROLLBACK');
      importer.close();
      await host.close();
    }
  });

  it('with a real process importing: the idle checkpoint never stalls the desk, and every intake is answered within 1 s (503, then 200)', async () => {
    const t = await testApi('2024-03-04 09:00');
    const host = await webHostOn(t);
    try {
      // An intake just before: the desk's checkpoint is due once it has been quiet for a moment.
      expect((await post(host.port, host.token, 'dossier.create', dossierInput('Nguyễn Văn Trước', '2024-03-04 09:00'))).status).toBe(200);
      const importer = await otherProgramWriting(t.file, 9000);
      // The checkpoint meets the import's lock (at least twice in this window): the thread that answers the desk must not wait for it.
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_IDLE_MS * 2 + 600));
      delay.disable();
      const stalledMs = delay.max / 1e6;
      expect(stalledMs).toBeLessThan(300);
      const answers: Array<{ status: number; ms: number }> = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const reply = await post(host.port, host.token, 'dossier.create', dossierInput(`Nguyễn Văn Chờ ${i}`, '2024-03-04 09:00'));
        answers.push({ status: reply.status, ms: performance.now() - started });
        expect(reply.json.error?.code).toBe('busy');
        expect(reply.json.error?.message).toContain('đang nhập dữ liệu, thử lại sau');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(answers.map((a) => a.status)).toEqual([503, 503, 503, 503, 503]);
      for (const a of answers) expect(a.ms).toBeLessThan(1000);
      expect(await importer.done).toBe(0);
      const started = performance.now();
      const after = await post(host.port, host.token, 'dossier.create', dossierInput('Nguyễn Văn Sau', '2024-03-04 09:00'));
      expect(after.status).toBe(200);
      expect(performance.now() - started).toBeLessThan(1000);
      // Once the import is over, the checkpoint retried meanwhile empties the -wal.
      await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_IDLE_MS + 700));
      expect(fs.statSync(`${t.file}-wal`).size).toBe(0);
    } finally {
      await host.close();
    }
  }, 30_000);
});
