// Every command that names a period reads --period-rule the same way: a rule it does not know is refused
// in Vietnamese, with exit code 2, and nothing is written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, initLedger, tempFolder } from './helpers';

const COMMANDS: string[][] = [
  ['report', '--period', '2024-Q1'],
  ['export-list', '--period', '2024-Q1', '--kind', 'lien-thong', '--out', 'OUT'],
  ['provincial-pending', '--period', '2024-Q1'],
  ['sign-off', '--period', '2024-Q1', '--signer', 'Nguyễn Văn A'],
  ['period-status', '--period', '2024-Q1'],
];

describe('--period-rule on the command line', () => {
  it.each(COMMANDS)('%s refuses a rule it does not know, writing nothing', async (command, ...rest) => {
    const dir = tempFolder();
    const db = await initLedger(dir);
    const out = join(dir, 'ds.xlsx');
    const run = await cli(command, '--db', db, ...rest.map((a) => (a === 'OUT' ? out : a)), '--period-rule', 'quy');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--period-rule chỉ nhận nd09 hoặc calendar.');
    expect(existsSync(out)).toBe(false);
  });

  it('export-list takes a rule it knows', async () => {
    const dir = tempFolder();
    const db = await initLedger(dir);
    const out = join(dir, 'ds.xlsx');
    const run = await cli('export-list', '--db', db, '--period', '2024-Q1', '--kind', 'lien-thong', '--out', out, '--period-rule', 'calendar');
    expect(run.code).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});
