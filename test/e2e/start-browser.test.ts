// `npm start` without Electron's binary (this machine skips its download): start.ts says why, starts the
// loopback web host and opens the system's browser on the address it printed. The system's opener
// (xdg-open here) is replaced on PATH by a script that records the address it was given; the test then
// opens that very address in Chromium (en-US, at 1366×768 and 1024×768) and finds the app.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { CHROMIUM, DESK_SIZES, SCREENS_DIR } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

async function until<T>(what: string, read: () => T | null, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = read();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('npm start without Electron', () => {
  it('opens the system browser on the printed address', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'somc-start-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const bin = path.join(dir, 'bin');
    const opened = path.join(dir, 'opened.txt');
    mkdirSync(bin);
    writeFileSync(path.join(bin, 'xdg-open'), `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`);
    chmodSync(path.join(bin, 'xdg-open'), 0o755);

    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/hosts/start.ts', '--db', path.join(dir, 'so.db'), '--static', inject('rendererDir')], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}`, ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    cleanups.push(() => child.kill('SIGTERM'));

    const url = await until('the browser to be opened', () => (existsSync(opened) ? readFileSync(opened, 'utf8') : null));
    expect(out).toContain('Không mở được ứng dụng máy tính');
    expect(out).toContain(url); // the very address printed
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    cleanups.push(() => void browser.close());
    // the printed address at both screen sizes, the browser in en-US: the first-run wizard, whole, in Vietnamese
    for (const viewport of DESK_SIZES) {
      const page = await browser.newPage({ viewport, locale: 'en-US' });
      await page.goto(url);
      await page.getByRole('heading', { name: 'Đơn vị sử dụng sổ' }).waitFor();
      expect(await page.evaluate<string>('navigator.language')).toBe('en-US');
      const card = await page.locator('.wizard').boundingBox();
      expect(card && card.x >= 0 && card.y >= 0 && card.x + card.width <= viewport.width && card.y + card.height <= viewport.height, `wizard inside ${viewport.width}×768`).toBe(true);
      mkdirSync(SCREENS_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENS_DIR, `12-npm-start-${viewport.width}.png`) });
      await page.close();
    }
  });
});
