// A large ledger file imported from the screen in the web host: the worker's progress shows as a bar
// with what is being done; "Hủy" while it checks leaves the ledger exactly as it was; run again to
// the end, every row is written.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../shared/time/day';
import { importFile } from '../../bench/measure/import';
import { ledgerFingerprint } from '../api/helpers';
import { type TestApp, startApp } from './harness';

const ROWS = 20_000;

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function dryRun(a: TestApp, file: string): Promise<void> {
  const { page } = a;
  await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(file);
  await page.getByRole('button', { name: 'Chạy thử' }).click();
  await page.getByTestId('import-plan').waitFor({ timeout: 120_000 });
  expect(await page.getByTestId('count-new').textContent()).toBe(String(ROWS));
}

describe('importing a large file from the screen', () => {
  it('shows the progress, cancels before writing (nothing written), then imports to the end', async () => {
    app = await startApp({ now: '2024-03-15 08:00', configured: true, viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const { page } = app;
    const file = path.join(app.dir, 'so-xa-cu.csv');
    writeFileSync(file, importFile(app.api.ledger.session(), parseIsoDate('2024-03-15')!, ROWS));
    await page.goto(`${app.host.url}#/thiet-lap/nhap`);
    await dryRun(app, file);
    const before = ledgerFingerprint(app.ledgerFile);

    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    const bar = page.getByTestId('job-progress');
    await bar.waitFor();
    await page.getByTestId('job-label').filter({ hasText: /^Đang (đọc tệp|kiểm tra dòng)/ }).waitFor();
    await app.screenshot('import-progress-1366');
    await bar.getByRole('button', { name: 'Hủy' }).click();
    await page.getByText('Đã hủy nhập: chưa ghi gì vào sổ.').waitFor({ timeout: 60_000 });
    expect(await bar.count()).toBe(0);
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(0);
    expect(ledgerFingerprint(app.ledgerFile)).toBe(before);

    await dryRun(app, file);
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await bar.waitFor();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.getByTestId('job-label').filter({ hasText: /^Đang kiểm tra dòng [\d.]+\/20\.000/ }).waitFor({ timeout: 60_000 });
    await app.screenshot('import-progress-1024');
    await page.getByTestId('import-outcome').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('import-outcome').textContent()).toContain(`thêm mới ${ROWS}`);
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(ROWS);
  });
});
