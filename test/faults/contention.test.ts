// Issue 15 §6: while another program holds the ledger's write lock (the command line importing a big
// file), an intake at the desk answers quickly "đang nhập dữ liệu, thử lại sau" — HTTP 503 on the web
// host, never a 500 after a five-second freeze — and goes in once the lock is released.
import fs from 'node:fs';
import path from 'node:path';
import { request } from 'node:http';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../../electron/hosts/web/server';
import { DESK_WRITE_WAIT_MS } from '../../electron/desk/desk-open';
import { dossierInput, testApi } from '../api/helpers';

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
    const staticDir = path.join(t.dir, 'renderer');
    fs.mkdirSync(staticDir, { recursive: true });
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const host = await startWebHost({ dispatch: t.api.dispatch, staticDir });
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
});
