// Issue 15 §2, on the Báo cáo screen at 1366×768 and 1024×768: Quý I 2024 was signed by Hồ Văn Ẩn, then a
// copy of the ledger from before that sign-off was put back outside the app and a dossier changed. Signing
// the period again shows, with the new sign-off, the earlier one and the cells that differ (the API's
// answer carries them too), as its report prints them.
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';
import { createAppApi } from '../../electron/api';
import { DESK_SIZES, type TestApp, epochOfLocal, startApp } from './harness';
import { earlierRun, intake } from './startup-ledgers';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const PIN = '583941';
const Q1 = { period: '2024-Q1', rule: 'nd09' as const };

async function ledgerThatLostItsSignoff(file: string): Promise<void> {
  const before = `${file}.truoc-ky.db`;
  await earlierRun(file, '2024-03-15 08:00', async (run) => {
    for (const [name, at] of [['Người Một', '2024-03-11 08:00'], ['Người Hai', '2024-03-12 09:00'], ['Người Ba', '2024-03-13 10:00']] as const) {
      await run.call('dossier.create', intake(name, at));
    }
    await run.call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
    const copy = await run.call('backup.create', {});
    writeFileSync(before, Buffer.from(copy.file?.contentBase64 ?? '', 'base64'));
    run.setNow('2024-04-02 09:00');
    await run.call('report.signOff', { ...Q1, signerName: 'Hồ Văn Ẩn', pin: PIN });
  });
  // Outside the app: the copy from before the sign-off put back (the desk's commit mark with it).
  for (const leftover of [`${file}-wal`, `${file}-shm`, `${file}.dau-moc.json`]) rmSync(leftover, { force: true });
  copyFileSync(before, file);
  // The desk opens it again, and a pending dossier of Q1 gets its result on the period's last day.
  const api = createAppApi({ ledgerFile: file, actor: 'lần chạy trước', host: { kind: 'web' }, appVersion: '0.1.0', clock: () => epochOfLocal('2024-04-02 09:30'), backgroundDelayMs: -1 });
  const call = async <C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>> => {
    const result = await api.dispatch(command, input);
    if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    return result.value as CommandOutput<C>;
  };
  try {
    const pending = await call('report.cell', { ...Q1, key: 'pending', field: null });
    const first = pending.items[0];
    if (!first) throw new Error('no pending dossier');
    const d = await call('dossier.get', { id: first.id });
    await call('dossier.act', { id: d.id, expectedVersion: d.version, action: { kind: 'result_ready', on: '2024-03-14', lateCause: '', digitisedResult: false, storedResult: false } });
  } finally {
    api.close();
  }
}

describe.each(DESK_SIZES)('signing again a period whose sign-off was lost, at $width×$height', (size) => {
  it('shows the earlier sign-off and the changed cells as the period’s correction', async () => {
    app = await startApp({ now: '2024-04-03 10:30', viewport: size, prepare: ledgerThatLostItsSignoff });
    const { page } = app;
    await page.keyboard.press('Alt+4');
    await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption('Q1');
    await page.getByTestId('report-period').filter({ hasText: 'Quý I năm 2024' }).waitFor();
    expect(await page.getByTestId('signed').count()).toBe(0);
    await page.locator('#sign-name').fill('Lê Văn Hùng');
    await page.locator('#sign-pin').fill(PIN);
    await page.getByRole('button', { name: 'Ký duyệt và khóa số liệu' }).click();
    const revision = page.getByTestId('signoff-revision');
    await revision.waitFor();
    expect(await revision.textContent()).toMatch(/Ký duyệt lại: lần ký duyệt của Hồ Văn Ẩn lúc 09:00 ngày 02\/04\/2024 không còn trong sổ; số liệu ký lại khác \d+ ô/);
    await revision.getByText(/^Xem \d+ ô số liệu khác lần ký trước$/).click();
    await revision.getByRole('row').filter({ hasText: '(11) Số hồ sơ đang giải quyết — Tổng số' }).filter({ hasText: 'Tổng cộng' }).filter({ hasText: '3 → 2' }).waitFor();
    await revision.scrollIntoViewIfNeeded();
    await app.screenshot(`signoff-revision-${size.width}`);

    const view = await app.call('report.compile', Q1);
    expect(view.signoff?.signer).toBe('Lê Văn Hùng');
    expect(view.revisions).toHaveLength(1);
    expect(view.revisions[0]).toMatchObject({ previousSigner: 'Hồ Văn Ẩn', cells: expect.arrayContaining([{ row: 'Tổng cộng', column: '(11) Số hồ sơ đang giải quyết — Tổng số', before: 3, after: 2 }]) });
  });
});
