// One app per test: a fresh ledger in a temporary folder, the real API behind the real loopback web host,
// a clock fixed at a chosen Vietnam local time (then running), and Debian's Chromium with a fresh profile.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { inject } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';
import { parseLocalDateTime } from '../../shared/time/local-time';
import { type AppApi, createAppApi } from '../../electron/api';
import { type WebHost, startWebHost } from '../../electron/hosts/web/server';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENS_DIR = '/tmp/screens';

/** The two screens every desk must fit: a 1366×768 laptop and a 1024×768 office monitor. */
export const DESK_SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;
/** The shared domain folder sits beside the repository. */

export function epochOfLocal(text: string): number {
  const t = parseLocalDateTime(text);
  if (!t) throw new Error(`bad local time ${text}`);
  return (t.day * 1440 + t.minute - 7 * 60) * 60_000;
}

export interface TestApp {
  dir: string;
  ledgerFile: string;
  api: AppApi;
  host: WebHost;
  context: BrowserContext;
  page: Page;
  call<C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>>;
  /** A PNG in /tmp/screens; `whole` lets the scrolling content grow to show the full screen. */
  screenshot(name: string, whole?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Vietnam local "YYYY-MM-DD HH:MM" the clock starts at. */
  now: string;
  /** Complete the first-run wizard through the API before the page opens (with OPERATOR at the desk). */
  configured?: boolean;
  /** Makes the ledger file before the app opens it (a damaged ledger, one from a newer app …). */
  prepare?: (ledgerFile: string) => void | Promise<void>;
  /** What to wait for once the page is open; default: the app or the first-run wizard. */
  waitFor?: string;
  /** The browser's language (default vi-VN); en-US proves the app's dates do not follow it. */
  locale?: string;
  /** Default 1366×860. */
  viewport?: { width: number; height: number };
}

/** The desk operator of a configured test app: every change is recorded with this name. */
export const OPERATOR = 'Cán bộ kiểm thử';

export const UNIT = {
  unitName: 'UBND xã Hương Hữu',
  unitCode: '000.00.21.H57',
  receivingUnit: 'UBND huyện Nam Đông',
  parentBody: 'Ủy ban nhân dân huyện Nam Đông',
  placeName: '',
  deskNumber: 1,
  extraWorkingDays: 0,
};

export async function startApp(options: StartOptions): Promise<TestApp> {
  const dir = mkdtempSync(path.join(tmpdir(), 'somc-e2e-'));
  const ledgerFile = path.join(dir, 'so.db');
  const start = Date.now();
  const fixed = epochOfLocal(options.now);
  await options.prepare?.(ledgerFile);
  // The browser first, as the desktop app shows its window first: the page then meets the ledger as it
  // opens (an upgrade in progress shows its screen).
  const profile = path.join(dir, 'chromium-profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', `--lang=${options.locale ?? 'vi'}`],
    viewport: options.viewport ?? { width: 1366, height: 860 },
    locale: options.locale ?? 'vi-VN',
    acceptDownloads: true,
  });
  const api = createAppApi({ ledgerFile, actor: 'kiểm thử e2e', host: { kind: 'web' }, appVersion: 'e2e', clock: () => fixed + (Date.now() - start) });
  const call = async <C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>> => {
    const result = await api.dispatch(command, input);
    if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    return result.value as CommandOutput<C>;
  };
  if (options.configured) {
    await call('operators.add', { name: OPERATOR });
    await call('setup.complete', UNIT);
  }
  const host = await startWebHost({ dispatch: api.dispatch, staticDir: inject('rendererDir') });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.openUrl);
  await page.locator(options.waitFor ?? '.shell, .wizard').first().waitFor();
  return {
    dir,
    ledgerFile,
    api,
    host,
    context,
    page,
    call,
    async screenshot(name, whole = false) {
      mkdirSync(SCREENS_DIR, { recursive: true });
      // Inline styles set through the CSSOM are allowed by the page's CSP (a <style> tag would not be).
      const grow = (on: boolean) =>
        page.evaluate(
          `for (const [sel, prop, val] of [['.shell', 'height', 'auto'], ['.content', 'overflow', 'visible']]) {
             const el = document.querySelector(sel);
             if (el) ${on ? "el.style.setProperty(prop, val, 'important')" : 'el.style.removeProperty(prop)'};
           }`,
        );
      if (whole) await grow(true);
      await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
      if (whole) await grow(false);
    },
    async close() {
      await context.close();
      await host.close();
      api.close();
      rmSync(dir, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`Lỗi trong trang: ${errors.join('; ')}`);
    },
  };
}
