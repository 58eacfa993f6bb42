// Start-up never waits for the ledger's size or its backup: the web host (`npm run web`: a new process
// running the bundled host, dist/electron/web-host.js) on a ledger of 100 000 dossiers (the bench generator's) whose daily backup is
// due shows its first screen within the budget of issue 14 (2 s at 100k), before the backup exists; the
// backup is then taken in the background, while the screen keeps answering, and is a whole ledger.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { generateLedger } from '../../bench/generate/generate-ledger';
import { openLedger } from '../../electron/ledger';
import { probeLedgerFile } from '../../electron/reliability/ledger-probe';
import { addOperator } from '../../electron/security/operators';
import { CHROMIUM } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOSSIERS = 100_000;
/**
 * Issue 14: under 2 s at 100k dossiers, for the host's cold start to its first answered dossier.list
 * (as the bench measures it) and for the page, once addressed, to show its first screen.
 */
const BUDGET_MS = 2_000;

const dir = mkdtempSync(path.join(tmpdir(), 'somc-e2e-100k-'));
const ledgerFile = path.join(dir, 'so.db');
const backupDir = path.join(dir, 'sao-luu');
let host: ChildProcess | null = null;
let context: BrowserContext | null = null;

function dailyBackups(): string[] {
  return existsSync(backupDir) ? readdirSync(backupDir).filter((f) => f.endsWith('.hang-ngay.db')) : [];
}

function addressOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${err}`)));
  });
}

beforeAll(() => {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'build', 'bundle-main.ts')], { cwd: ROOT, stdio: 'pipe' });
  generateLedger({ file: ledgerFile, dossiers: DOSSIERS });
  // One desk operator, as after the first day: the desk opens on the screen of work, not the chooser.
  const db = openLedger(ledgerFile, { mustExist: true });
  try {
    addOperator(db, 'Cán bộ kiểm thử', { actor: 'kiểm thử e2e', at: new Date('2026-06-30T02:00:00Z') });
  } finally {
    db.close();
  }
}, 600_000);

afterAll(async () => {
  await context?.close();
  if (host && host.exitCode === null) {
    const exited = new Promise((resolve) => host?.once('exit', resolve));
    host.kill('SIGTERM');
    await exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('start-up on a ledger of 100 000 dossiers whose daily backup is due', () => {
  it('shows the first screen within the budget, then takes the backup in the background while answering', async () => {
    expect(dailyBackups()).toEqual([]);
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--lang=vi'],
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
    });
    const page = context.pages()[0] ?? (await context.newPage());

    const started = performance.now();
    host = spawn(process.execPath, [path.join(ROOT, 'dist', 'electron', 'web-host.js'), '--db', ledgerFile, '--static', inject('rendererDir')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const openUrl = await addressOf(host);
    const { origin, hash } = new URL(openUrl);
    const firstPage = await fetch(`${origin}/api/dossier.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-somc-token': hash.replace('#token=', '') },
      body: JSON.stringify({ filter: {}, after: null, offset: 0, limit: 100 }),
    });
    expect(firstPage.status).toBe(200);
    const firstAnswerMs = performance.now() - started;
    const opened = performance.now();
    await page.goto(openUrl);
    await page.locator('.shell').first().waitFor();
    const firstScreenMs = performance.now() - opened;
    const backupsAtFirstScreen = dailyBackups();

    // The ledger answers at once, while the full check and the backup run in a worker.
    await page.keyboard.press('Alt+2');
    await page.getByTestId('ledger-count').filter({ hasText: '100.000 hồ sơ' }).waitFor();

    const deadline = Date.now() + 240_000;
    while (dailyBackups().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const [backup] = dailyBackups();
    expect(backup, 'the daily backup, taken in the background').toBeDefined();
    expect(probeLedgerFile(path.join(backupDir, backup!), { thorough: true })).toMatchObject({ status: 'ok', dossiers: DOSSIERS });

    // Still answering after it: a search on the ledger page.
    await page.getByRole('searchbox').fill('nguyen');
    await page.getByTestId('ledger-count').filter({ hasNotText: '100.000 hồ sơ' }).waitFor();

    expect(backupsAtFirstScreen, 'no backup was taken before the first screen').toEqual([]);
    const timings = `first dossier.list ${Math.round(firstAnswerMs)} ms after the spawn, first screen ${Math.round(firstScreenMs)} ms after opening the page`;
    expect(firstAnswerMs, timings).toBeLessThan(BUDGET_MS);
    expect(firstScreenMs, timings).toBeLessThan(BUDGET_MS);
  }, 400_000);
});
