// The decision step of a province's list on screen (issue 13): a row that may be a dossier logged here
// (same name only) is listed with its candidate; the clerk says it is that dossier, runs the dry run
// again (it becomes a match, nothing left to decide) and imports; the new row goes in, ours is not doubled.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';
import { PROVINCE_LIST } from './province-lists';
import { intakeInput } from '../support/intake-input';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

async function setUp() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'somc-tinh-')), 'danh-sach-tinh.csv');
  writeFileSync(file, PROVINCE_LIST);
  const started = await startApp({ now: '2024-03-06 08:00', configured: true, viewport: { width: 1366, height: 768 } });
  app = started;
  const ours = await started.call('dossier.create', intakeInput('1.001193', '2024-03-05 14:00', 'Lê Văn Cường'));
  return { file, ours, started };
}

describe('deciding the unsure matches of a province list on screen', () => {
  it('lists the candidate, takes "là hồ sơ …", reruns the dry run and imports', async () => {
    const { file, ours, started } = await setUp();
    const { page } = started;
    await page.goto(`${started.host.url}#/thiet-lap/nhap`);
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(file);
    await page.getByRole('button', { name: 'Chạy thử', exact: true }).click();
    const table = page.getByTestId('decision-table');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain('000.00.21.H57-240305-0203');
    expect(text).toContain(`Là hồ sơ ${ours.code} — Lê Văn Cường, tiếp nhận 05/03/2024 14:00 (chỉ trùng họ tên)`);
    expect(await page.getByRole('button', { name: /Chạy thử lại với 0 quyết định/ }).isDisabled()).toBe(true);
    await page.getByRole('radio', { name: new RegExp(`Là hồ sơ ${ours.code.replace(/\./g, '\\.')}`) }).check();
    await table.scrollIntoViewIfNeeded();
    await started.screenshot('i13-decisions-1366');
    await page.getByRole('button', { name: 'Chạy thử lại với 1 quyết định' }).click();
    await page.getByText('Ghép với hồ sơ đã ghi tại đây: 1; chờ quyết định (chưa ghi): 0.').waitFor();
    expect(await page.getByTestId('decision-table').count()).toBe(0);
    expect(await page.getByTestId('count-new').textContent()).toBe('1');
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    const outcome = page.getByTestId('import-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('thêm mới 1');
    expect(await outcome.textContent()).toContain('ghép với hồ sơ đã có 1');
    await started.screenshot('i13-decisions-done-1366');
    expect((await started.call('dossier.count', { filter: {} })).count).toBe(2);
    expect((await started.call('dossier.get', { id: ours.id })).code).toBe(ours.code);
  });

  it('takes "hồ sơ mới": the row goes in as a dossier of its own', async () => {
    const { file, started } = await setUp();
    const { page } = started;
    await page.goto(`${started.host.url}#/thiet-lap/nhap`);
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(file);
    await page.getByRole('button', { name: 'Chạy thử', exact: true }).click();
    await page.getByTestId('decision-table').waitFor();
    await page.getByRole('radio', { name: /Hồ sơ mới/ }).check();
    await page.getByRole('button', { name: 'Chạy thử lại với 1 quyết định' }).click();
    await page.getByTestId('count-new').filter({ hasText: /^2$/ }).waitFor();
    expect(await page.getByTestId('decision-table').count()).toBe(0);
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-outcome').filter({ hasText: 'thêm mới 2' }).waitFor();
    expect((await started.call('dossier.count', { filter: {} })).count).toBe(3);
  });
});
