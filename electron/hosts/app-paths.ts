// Where the app keeps its ledger when no file is named: the same folder Electron's
// app.getPath('userData') gives ("<appData>/Sổ Một Cửa"), so the web fallback opens the desk's own ledger.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PRODUCT_NAME = 'Sổ Một Cửa';
export const LEDGER_FILE_NAME = 'so-mot-cua.db';

/** The repository (or packaged app) root: two levels above this module, also once bundled into dist/electron. */
export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? path.join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? path.join(homedir(), '.config');
}

export function defaultLedgerFile(): string {
  return path.join(appDataDir(), PRODUCT_NAME, LEDGER_FILE_NAME);
}

export function rendererDir(): string {
  return path.join(APP_ROOT, 'dist', 'renderer');
}

export function appVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}
