// The loopback web host: loopback only, the token on every API call, the host name checked, the CSP on
// every page, nothing served outside the renderer folder.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { startWebHost } from '../../electron/hosts/web/server';
import { testApi } from './helpers';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, method: string, pathname: string, headers: Record<string, string> = {}, body?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path: pathname, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

async function hostOver(dir: string) {
  const t = await testApi('2024-03-04 09:00');
  const staticDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Sổ Một Cửa</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(t.dir, 'secret.txt'), dir);
  const host = await startWebHost({ dispatch: t.api.dispatch, staticDir });
  return { t, host };
}

describe('the web host', () => {
  it('listens on 127.0.0.1 only and serves pages with the strict CSP', async () => {
    const { host } = await hostOver('x');
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(host.openUrl).toBe(`${host.url}#token=${host.token}`);
      expect(host.token).toMatch(/^[0-9a-f]{64}$/);
      const page = await send(host.port, 'GET', '/', { host: `127.0.0.1:${host.port}` });
      expect(page.status).toBe(200);
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      const script = await send(host.port, 'GET', '/assets/app.js', { host: `localhost:${host.port}` });
      expect(script.status).toBe(200);
      expect(script.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      await host.close();
    }
  });

  it('refuses API calls without the session token, and requests for another host name', async () => {
    const { t, host } = await hostOver('x');
    try {
      const headers = { host: `127.0.0.1:${host.port}`, 'content-type': 'application/json' };
      const none = await send(host.port, 'POST', '/api/app.info', headers, '{}');
      expect(none.status).toBe(401);
      expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
      expect(JSON.parse(none.body).error.message).toContain('mã phiên làm việc');
      const wrong = await send(host.port, 'POST', '/api/app.info', { ...headers, 'x-somc-token': 'f'.repeat(64) }, '{}');
      expect(wrong.status).toBe(401);
      const good = await send(host.port, 'POST', '/api/app.info', { ...headers, 'x-somc-token': host.token }, '{}');
      expect(good.status).toBe(200);
      expect(JSON.parse(good.body)).toMatchObject({ ok: true, value: { host: 'web', configured: true } });
      const rebinding = await send(host.port, 'POST', '/api/app.info', { ...headers, host: `evil.example:${host.port}`, 'x-somc-token': host.token }, '{}');
      expect(rebinding.status).toBe(421);
      const notJson = await send(host.port, 'POST', '/api/app.info', { ...headers, 'x-somc-token': host.token }, '{nope');
      expect(notJson.status).toBe(400);
      expect(JSON.parse(notJson.body).error.message).toContain('không phải JSON');
      const unknown = await send(host.port, 'POST', '/api/ledger.drop', { ...headers, 'x-somc-token': host.token }, '{}');
      expect(unknown.status).toBe(404);
      expect(JSON.parse(unknown.body).error.message).toContain('Không có lệnh');
      expect((await t.call('app.info', {})).configured).toBe(true);
    } finally {
      await host.close();
    }
  });

  it('serves nothing outside the renderer folder', async () => {
    const { host } = await hostOver('bí mật');
    try {
      for (const p of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/../../secret.txt', '/so.db']) {
        const reply = await send(host.port, 'GET', p, { host: `127.0.0.1:${host.port}` });
        expect(reply.status, p).toBe(404);
        expect(reply.body).not.toContain('bí mật');
      }
    } finally {
      await host.close();
    }
  });
});
