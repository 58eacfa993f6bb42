// The example ledger imported through the command line gives exactly the expected figures.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CSV, FIXTURE_EXPECTED, REPO_ROOT, cli, initLedger, tempFolder } from './helpers';

interface ExpectedFigures {
  period: { from: string; to: string };
  total: Record<string, number>;
  by_field: Record<string, Record<string, number>>;
  rates: Record<string, number>;
}

const expected = JSON.parse(readFileSync(FIXTURE_EXPECTED, 'utf8')) as ExpectedFigures;

function byFieldObject(rows: { field: string }[]): Record<string, Record<string, number>> {
  return Object.fromEntries(rows.map(({ field, ...figures }) => [field, figures as Record<string, number>]));
}

describe('huong-huu-2024-q1 through the command line', () => {
  it('report --period 2024-Q1 --format json gives the expected figures', async () => {
    const db = await initLedger(tempFolder());
    const imported = await cli('import', '--db', db, FIXTURE_CSV);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toContain('thêm mới 78');
    const report = await cli('report', '--db', db, '--period', '2024-Q1', '--format', 'json');
    expect(report.code, report.stderr).toBe(0);
    const json = JSON.parse(report.stdout) as {
      period: { from: string; to: string; label: string; rule: string };
      total: Record<string, number>;
      by_field: { field: string }[];
      rates: Record<string, number | null>;
    };
    expect(json.period).toEqual({ ...expected.period, label: 'Quý I năm 2024', rule: 'nd09' });
    expect(json.total).toEqual(expected.total);
    // The contract (interchange.md §2) has by_field as an array in catalogue order; the fixture keys it by field.
    expect(json.by_field.map((r) => r.field)).toEqual(Object.keys(expected.by_field));
    expect(byFieldObject(json.by_field)).toEqual(expected.by_field);
    for (const [key, value] of Object.entries(expected.rates)) expect(json.rates[key]).toBe(value);
  });

  it('works as a real process through npm run cli', () => {
    const folder = tempFolder();
    const db = join(folder, 'so.db');
    const npm = (...args: string[]) =>
      execFileSync('npm', ['run', '--silent', 'cli', '--', ...args], { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    npm('init', '--db', db, '--unit-name', 'UBND xã Hương Hữu');
    npm('import', '--db', db, FIXTURE_CSV);
    const json = JSON.parse(npm('report', '--db', db, '--period', '2024-Q1')) as { total: Record<string, number> };
    expect(json.total).toEqual(expected.total);
  });
});
