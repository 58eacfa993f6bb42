// Cold start of the loopback web host (`npm run web`): a new process on the ledger file, timed from the
// spawn to the first successful API answer — the first page of the ledger (dossier.list), which is what
// the app asks for when it opens. The renderer's files are not part of it: a placeholder page stands in.
// Like `npm run web`, the host runs bundled (dist/electron/web-host.js, built before the clock starts),
// so the time is the host's own start, not transpiling TypeScript.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nowMs } from '../stats';
import { type Optional, REPO_ROOT } from './optional';

const HOST_BUNDLE = path.join('dist', 'electron', 'web-host.js');
const TOKEN_HEADER = 'x-somc-token';
const TIMEOUT_MS = 60_000;

function addressOf(child: ChildProcess): Promise<{ url: string; token: string }> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`web host printed no address within ${TIMEOUT_MS} ms: ${err}`)), TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)#token=([0-9a-f]+)/.exec(out);
      if (m?.[1] && m[2]) {
        clearTimeout(timer);
        resolve({ url: m[1], token: m[2] });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}: ${err.trim()}`));
    });
  });
}

async function firstPage(url: string, token: string): Promise<void> {
  const response = await fetch(`${url}api/dossier.list`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify({ filter: {}, after: null, offset: 0, limit: 100 }),
  });
  const body = (await response.json()) as { ok?: boolean; value?: { items?: unknown[] }; error?: { message?: string } };
  if (!response.ok || body.ok !== true) throw new Error(`dossier.list answered ${response.status}: ${body.error?.message ?? ''}`);
}

export async function measureWebColdStart(ledgerFile: string, dir: string): Promise<Optional> {
  const staticDir = fs.mkdtempSync(path.join(dir, 'renderer-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Sổ Một Cửa</title>\n');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'build', 'bundle-main.ts')], { cwd: REPO_ROOT, stdio: 'pipe' });
  const start = nowMs();
  // the same Node as the bench, the bundled host as `npm run web` runs it
  const child = spawn(process.execPath, [path.join(REPO_ROOT, HOST_BUNDLE), '--db', ledgerFile, '--static', staticDir, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const { url, token } = await addressOf(child);
    await firstPage(url, token);
    return { available: true, ms: nowMs() - start, note: 'spawn → first dossier.list page' };
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(staticDir, { recursive: true, force: true });
  }
}
