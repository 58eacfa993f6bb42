// Sổ theo dõi on a ledger of 120 000 dossiers: the list draws only the rows in view, and End jumps to the
// oldest dossier at once (pages are loaded by position, not one after another).
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const ROWS = 120_000;

/** Bulk rows straight into the dossiers table (one statement), oldest first, 150 a day from 2019. */
function fill(file: string): void {
  const db = new Database(file);
  try {
    db.exec(`
      WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${ROWS}),
      r AS (SELECT i, date('2019-01-01', '+' || (i / 150) || ' days') AS d FROM n)
      INSERT INTO dossiers (id, code, version, desk, procedure_code, procedure_name, field, channel, received_at, received_day,
        time_value, time_unit, cutoff_minute, extra_working_days, base_due_day, due_day, ended_day, ending,
        applicant_name, created_at, updated_at, created_by, updated_by)
      SELECT printf('%08x-0000-4000-8000-%012x', i, i), printf('LON-%06d', i), 1, 1, '1.004884', 'Đăng ký lại khai sinh', 'Hộ tịch',
        'truc_tiep', d || printf(' %02d:%02d', 7 + (i % 9), i % 60), CAST(julianday(d) - 2440587.5 AS INTEGER),
        5, 'working_days', NULL, 0, CAST(julianday(d) - 2440587.5 AS INTEGER) + 7, CAST(julianday(d) - 2440587.5 AS INTEGER) + 7,
        CAST(julianday(d) - 2440587.5 AS INTEGER) + 5, 'giai_quyet', printf('Công dân số %d', i),
        '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'nạp thử', 'nạp thử'
      FROM r;
    `);
  } finally {
    db.close();
  }
}

/** The last line of the ledger page: the earliest reception (ties: the first inserted). */
function oldestCode(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT code FROM dossiers ORDER BY received_at, row_id LIMIT 1').pluck().get() as string;
  } finally {
    db.close();
  }
}

describe('a ledger of 120 000 dossiers', () => {
  it('scrolls virtually and jumps to the oldest line with End', async () => {
    app = await startApp({ now: '2024-03-20 09:00', configured: true });
    fill(app.ledgerFile);
    const { page } = app;
    await page.keyboard.press('Alt+2');
    await page.getByTestId('ledger-count').filter({ hasText: '120.000 hồ sơ' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'LON-120000' }).waitFor();
    expect(await page.getByRole('row').count()).toBeLessThan(60);
    await page.getByRole('grid').focus();
    const oldest = oldestCode(app.ledgerFile);
    await page.keyboard.press('End');
    await page.locator('.vrow-selected').filter({ hasText: oldest }).waitFor();
    expect(await page.getByRole('row').count()).toBeLessThan(60);
    expect(await page.locator('.vrow-selected').getAttribute('aria-rowindex')).toBe(String(ROWS));
    await app.screenshot('31-ledger-120k-end');
    await page.keyboard.press('Home');
    await page.locator('.vrow-selected').filter({ hasText: 'LON-120000' }).waitFor();
    await page.getByRole('searchbox').fill('cong dan so 77777');
    await page.getByTestId('ledger-count').filter({ hasText: /^1 hồ sơ$/ }).waitFor();
    expect(await page.getByRole('row').first().textContent()).toContain('LON-077777');
  });
});
