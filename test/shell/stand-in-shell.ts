// The built main process (build/bundle-main.ts, the same dist/electron/main.js the installer ships) run in
// Node against a stand-in for the `electron` module (electron-stand-in.mjs), in an app folder laid out like
// the packaged app (app.getAppPath() holding dist/, assets/, build/, node_modules/). The tests play
// Electron's part through `ask` and read what the app asked of it through `recorded`.
import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const REGISTER = pathToFileURL(path.join(import.meta.dirname, 'register-stand-in.mjs')).href;
export const PRODUCT_DIR = 'Sổ Một Cửa';

interface StandInRecord {
  kind: string;
  data: unknown;
}

export interface RunningShell {
  child: ChildProcess;
  records: StandInRecord[];
  ask<T>(cmd: string, extra?: Record<string, unknown>): Promise<T>;
  recorded(kind: string): unknown[];
  exited: Promise<number | null>;
}

/** A temporary app folder like resources/app.asar: the bundle in dist/electron, the rest linked. */
export function appFolder(work: string): string {
  const appPath = path.join(work, 'app');
  mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
  mkdirSync(path.join(appPath, 'build'), { recursive: true });
  for (const entry of ['package.json', 'assets', 'node_modules']) symlinkSync(path.join(ROOT, entry), path.join(appPath, entry));
  symlinkSync(path.join(ROOT, 'build', 'icon.png'), path.join(appPath, 'build', 'icon.png'));
  writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Sổ Một Cửa</title>\n');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'build', 'bundle-main.ts'), '--out', path.join(appPath, 'dist', 'electron')], { cwd: ROOT, stdio: 'pipe' });
  return appPath;
}

export function launch(appPath: string, appData: string, env: Record<string, string> = {}): RunningShell {
  const child = fork(path.join(appPath, 'dist', 'electron', 'main.js'), [], {
    execArgv: ['--import', REGISTER],
    env: { ...process.env, STANDIN_APP_PATH: appPath, STANDIN_APPDATA: appData, STANDIN_TEMP: path.join(appData, 'temp'), ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const records: StandInRecord[] = [];
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  child.on('message', (message: { type: string; kind?: string; data?: unknown; id?: number; result?: unknown; error?: string }) => {
    if (message.type === 'record') records.push({ kind: message.kind ?? '', data: message.data });
    else if (message.type === 'reply' && message.id !== undefined) {
      const w = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) w?.reject(new Error(message.error));
      else w?.resolve(message.result);
    }
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    records,
    exited,
    recorded: (kind) => records.filter((r) => r.kind === kind).map((r) => r.data),
    ask<T>(cmd: string, extra: Record<string, unknown> = {}) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        if (!child.connected) reject(new Error(`main process gone: ${stderr}`));
        else child.send({ id, cmd, ...extra });
      });
    },
  };
}

export async function until(check: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A temporary folder holding the built app (made once for the file), removed after the file's tests. */
export function builtApp(): { readonly work: string; readonly appPath: string } {
  const work = mkdtempSync(path.join(tmpdir(), 'somc-shell-'));
  let appPath = '';
  beforeAll(() => {
    appPath = appFolder(work);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  return {
    work,
    get appPath() {
      return appPath;
    },
  };
}
