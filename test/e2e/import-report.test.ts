// The example ledger: imported with a dry run first, then for real; the Q1 2024 report on screen, a
// figure opened to the exact dossiers behind it, and the report exported as PDF.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/text/csv';
import { type TestApp, startApp } from './harness';
import { FIXTURE_CSV, FIXTURE_EXPECTED } from '../support/domain-fixtures';

const FIXTURE = FIXTURE_CSV;
const EXPECTED = JSON.parse(readFileSync(FIXTURE_EXPECTED, 'utf8')) as {
  total: Record<string, number>;
  by_field: Record<string, Record<string, number>>;
};

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function importFixture(a: TestApp, navigate = true): Promise<void> {
  const { page } = a;
  if (navigate) await page.goto(`${a.host.url}#/thiet-lap/nhap`);
  await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(FIXTURE);
  await page.getByRole('button', { name: 'Chạy thử' }).click();
  await page.getByTestId('import-plan').waitFor();
}

describe('the example ledger', () => {
  it('imports with a dry run that writes nothing, then for real', async () => {
    app = await startApp({ now: '2024-03-15 08:00', configured: true });
    await importFixture(app);
    const { page } = app;
    expect(await page.getByTestId('count-new').textContent()).toBe('78');
    expect(await page.getByTestId('count-rejected').textContent()).toBe('0');
    expect(await page.getByRole('status').filter({ hasText: 'chưa ghi gì' }).count()).toBe(1);
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(0);
    await app.screenshot('12-import-dry-run');
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-outcome').waitFor();
    expect(await page.getByTestId('import-outcome').textContent()).toContain('thêm mới 78');
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(78);
    await app.screenshot('13-import-done');

    // The same file again: everything unchanged, nothing to write.
    await importFixture(app, false);
    await page.getByTestId('count-unchanged').filter({ hasText: '78' }).waitFor();
    expect(await page.getByTestId('count-unchanged').textContent()).toBe('78');
    expect(await page.getByRole('button', { name: 'Nhập vào sổ' }).isDisabled()).toBe(true);
  });

  it('shows the Q1 2024 report; a figure opens exactly its dossiers; the PDF exports', async () => {
    app = await startApp({ now: '2024-03-15 08:00', configured: true });
    await importFixture(app);
    const { page } = app;
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-outcome').waitFor();

    await page.keyboard.press('Alt+4');
    await page.getByLabel('Năm').selectOption('2024');
    await page.getByLabel('Kỳ báo cáo').selectOption('Q1');
    await page.getByLabel('Cách tính kỳ').selectOption('nd09');
    await page.getByTestId('report-period').filter({ hasText: 'Quý I năm 2024' }).waitFor();
    const figure = (field: string, key: string) => page.locator(`[data-cell="${field}|${key}"]`);
    await figure('total', 'received').filter({ hasText: String(EXPECTED.total.received) }).waitFor();
    for (const [key, value] of Object.entries(EXPECTED.total)) expect(await figure('total', key).textContent(), key).toBe(String(value));
    for (const [field, row] of Object.entries(EXPECTED.by_field)) {
      for (const [key, value] of Object.entries(row)) expect(await figure(field, key).textContent(), `${field} ${key}`).toBe(String(value));
    }
    await app.screenshot('14-report');

    // The dossiers behind "Hộ tịch — pending in time" (10): those of the Hộ tịch procedures without a
    // result date in the file, read straight from the CSV and the catalogue.
    const catalogue = await app.call('catalogue.list', { on: '2024-03-14' });
    const field = new Map(catalogue.procedures.map((p) => [p.code, p.field]));
    const rows = parseCsv(readFileSync(FIXTURE, 'utf8')).slice(1);
    const expected = rows.filter((r) => field.get(r.cells[1] ?? '') === 'Hộ tịch' && (r.cells[5] ?? '') === '').map((r) => r.cells[0]);
    expect(expected).toHaveLength(EXPECTED.by_field['Hộ tịch']?.pending_in_time ?? -1);
    await figure('Hộ tịch', 'pending_in_time').click();
    await page.getByTestId('cell-list').waitFor();
    expect(await page.getByTestId('cell-count').textContent()).toBe(String(expected.length));
    const shown = await page.getByTestId('cell-code').allTextContents();
    expect([...shown].sort()).toEqual([...expected].sort());
    await app.screenshot('15-report-drilldown');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất PDF' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Bao-cao-2024-Q1-nd09.pdf');
    const saved = path.join(app.dir, 'bao-cao.pdf');
    await file.saveAs(saved);
    const bytes = readFileSync(saved);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
  });
});
