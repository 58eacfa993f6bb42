// Runs the command line in-process (same code path as `npm run cli`) on ledgers in temporary folders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { FIXTURE_CSV, FIXTURE_EXPECTED } from '../support/domain-fixtures';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export { FIXTURE_CSV, FIXTURE_EXPECTED };

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The command line run in-process with the given clock, its output collected line by line. */
export function cliWithClock(now: () => number): (...argv: string[]) => Promise<CliResult> {
  return async (...argv) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, {
      out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
      err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
      now,
    });
    return { code, stdout, stderr };
  };
}

/** The command line on 14/03/2024 10:00 (the fixture quarter). */
export const cli = cliWithClock(() => Date.UTC(2024, 2, 14, 3, 0));

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'so-mot-cua-cli-'));
  folders.push(folder);
  return folder;
}

export async function initLedger(folder: string): Promise<string> {
  const db = join(folder, 'so.db');
  const result = await cli('init', '--db', db, '--unit-name', 'UBND xã Hương Hữu', '--unit-code', '000.00.21.H57');
  if (result.code !== 0) throw new Error(result.stderr);
  return db;
}

/** The command line with the clock at `now` (epoch ms) instead of the default 14/03/2024 10:00. */
export async function cliAt(now: number, ...argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
    now: () => now,
  });
  return { code, stdout, stderr };
}
