// Moving to a new PC without the command line, in the browser (en-US) at 1366×768 and 1024×768: the old
// PC's encrypted backup (a full package written by its Thiết lập › Sao lưu) is restored (a) from Thiết
// lập › Sao lưu over the ledger in use, and (b) from the first-run wizard of an empty data folder instead
// of setting up; also (c) from the start-up screen of a ledger lost while its backups remain. A wrong passphrase is said at its box, nothing written; the preview shows what the copy
// holds; after the restore the desk works on the old PC's ledger. Screenshots: /tmp/screens/restore-somc-*.png.
import { mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';
import { createAppApi } from '../../electron/api';
import { OPERATOR, type TestApp, UNIT, epochOfLocal, startApp } from './harness';
import { earlierRun, intake } from './startup-ledgers';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
] as const;

const PASSPHRASE = 'mật khẩu máy cũ 2024';
const PIN = '583941';

let oldPcDir = '';
let packageFile = '';

/** The old PC: three dossiers, two officers, 2024-Q1 signed by the chairman; then its encrypted backup. */
beforeAll(async () => {
  oldPcDir = mkdtempSync(path.join(tmpdir(), 'somc-may-cu-'));
  const api = createAppApi({ ledgerFile: path.join(oldPcDir, 'so.db'), actor: 'máy cũ', host: { kind: 'web' }, appVersion: 'e2e', clock: () => epochOfLocal('2024-04-02 09:00'), backgroundDelayMs: -1 });
  const call = async <C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>> => {
    const result = await api.dispatch(command, input);
    if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    return result.value as CommandOutput<C>;
  };
  try {
    await call('operators.add', { name: OPERATOR });
    await call('setup.complete', UNIT);
    await call('operators.add', { name: 'Trần Văn Bình' });
    await call('dossier.create', intake('Nguyễn Văn Máy Cũ', '2024-03-11 09:00'));
    await call('dossier.create', intake('Lê Thị Máy Cũ', '2024-03-12 09:00'));
    await call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
    await call('report.signOff', { period: '2024-Q1', rule: 'nd09', signerName: 'Hồ Văn Ẩn', pin: PIN });
    await call('dossier.create', intake('Phạm Văn Máy Cũ', '2024-04-02 08:30'));
    const usb = path.join(oldPcDir, 'usb');
    mkdirSync(usb);
    packageFile = (await call('handoff.export', { kind: 'full', folder: usb, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE })).path;
  } finally {
    api.close();
  }
});
afterAll(() => rmSync(oldPcDir, { recursive: true, force: true }));

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const noSideScroll = (a: TestApp) =>
  a.page.evaluate<boolean>(`(() => {
    const content = document.querySelector('.content');
    return document.documentElement.scrollWidth <= window.innerWidth && (!content || content.scrollWidth <= content.clientWidth);
  })()`);

/** Elements of the dialog reaching past its right edge, or whose text is cut. */
const cutInDialog = (a: TestApp) =>
  a.page.evaluate<string[]>(`(() => {
    const dialog = document.querySelector('dialog[open]');
    if (!dialog) return ['no dialog'];
    const right = dialog.getBoundingClientRect().right;
    return [...dialog.querySelectorAll('button, input:not([type="file"]), dd, p, label')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .filter((el) => el.getBoundingClientRect().right > right + 0.5 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => (el.id || el.className || el.tagName) + ': ' + (el.textContent || '').trim().slice(0, 40));
  })()`);

/** In the open dialog: the file, a wrong passphrase said at its box, then the right one and the preview. */
async function openWithPassphrase(a: TestApp, tag: string) {
  const dialog = a.page.getByRole('dialog', { name: 'Khôi phục từ bản sao lưu mã hóa' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Mở và xem trước (chưa ghi gì)' }).click();
  await dialog.getByRole('alert').filter({ hasText: 'Hãy chọn tệp bản sao lưu mã hóa (.somc).' }).waitFor();
  await dialog.getByLabel('Chọn bản sao lưu mã hóa').setInputFiles(packageFile);
  const passphrase = dialog.getByLabel('Mật khẩu của bản sao lưu');
  expect(await passphrase.getAttribute('type')).toBe('password');
  await passphrase.fill('mật khẩu sai hẳn');
  await dialog.getByRole('button', { name: 'Mở và xem trước (chưa ghi gì)' }).click();
  const problem = dialog.locator('#encrypted-restore-passphrase-error');
  await problem.waitFor();
  expect(await problem.textContent()).toContain('Mật khẩu không đúng');
  expect(await problem.textContent()).toContain('Không có gì được ghi vào sổ.');
  expect(await passphrase.getAttribute('aria-invalid')).toBe('true');
  await a.screenshot(`restore-somc-${tag}-wrong-passphrase-${a.page.viewportSize()?.width ?? 0}`);

  await passphrase.fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Mở và xem trước (chưa ghi gì)' }).click();
  const preview = dialog.getByTestId('encrypted-restore-preview');
  await preview.waitFor();
  const text = (await preview.textContent()) ?? '';
  expect(text).toContain('UBND xã Hương Hữu');
  expect(text).toContain('bàn tiếp nhận số 1');
  expect(text).toContain('3 hồ sơ');
  expect(text).toMatch(/\d{2}:\d{2} ngày 02\/04\/2024/);
  expect(text).toContain(`${OPERATOR}, Trần Văn Bình`);
  expect(text).toContain('Quý I năm 2024');
  return { dialog, preview, text };
}

/** Two officers came back with the ledger: the desk asks who is working. */
async function chooseOfficer(a: TestApp) {
  await a.page.getByRole('heading', { name: 'Ai đang làm việc ở bàn này?' }).waitFor();
  await a.page.getByRole('button', { name: 'Trần Văn Bình' }).click();
}

describe.each(SIZES)('restoring an encrypted backup at $width×$height, browser in en-US', (size) => {
  it('(a) from Thiết lập › Sao lưu, over the ledger in use (kept aside)', async () => {
    app = await startApp({ now: '2024-04-03 08:00', configured: true, locale: 'en-US', viewport: size });
    const { page } = app;
    await app.call('dossier.create', intake('Đỗ Thị Máy Mới', '2024-04-03 07:30'));
    await page.goto(`${app.host.url}#/thiet-lap/sao-luu`);
    await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu mã hóa (.somc)…' }).click();
    const { dialog, text } = await openWithPassphrase(app, 'settings');
    expect(text).toContain('Sổ đang dùng trên máy này (UBND xã Hương Hữu, 1 hồ sơ) được sao lưu trước rồi giữ lại thành một tệp riêng');
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(1);
    await app.screenshot(`restore-somc-settings-preview-${size.width}`);
    expect(await cutInDialog(app)).toEqual([]);

    await dialog.getByRole('button', { name: 'Khôi phục sổ từ bản sao lưu này' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Đã khôi phục sổ: 3 hồ sơ.').waitFor();
    // The officer at the desk is one of the restored ledger's too: still working.
    expect(await page.getByLabel('Cán bộ đang làm việc').inputValue()).toBe(OPERATOR);
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(3);
    expect((await app.call('report.compile', { period: '2024-Q1', rule: 'nd09' })).signoff).toMatchObject({ signer: 'Hồ Văn Ẩn' });
    // The ledger in use before is kept aside, and backed up first.
    const backups = (await app.call('backup.settings', {})).backups;
    expect(backups.some((b) => b.reasonLabel.includes('khôi phục') && b.dossiers === 1)).toBe(true);
    await app.screenshot(`restore-somc-settings-done-${size.width}`, true);
    expect(await noSideScroll(app)).toBe(true);
  });

  it('(b) on the first run of an empty data folder, instead of setting up', async () => {
    app = await startApp({ now: '2024-04-03 08:00', locale: 'en-US', viewport: size });
    const { page } = app;
    await page.getByRole('heading', { name: 'Đơn vị sử dụng sổ' }).waitFor();
    const offer = page.getByRole('complementary', { name: 'Khôi phục từ máy cũ' });
    expect(await offer.textContent()).toContain('Đã có bản sao lưu từ máy cũ?');
    await app.screenshot(`restore-somc-wizard-${size.width}`);
    await offer.getByRole('button', { name: 'Khôi phục…' }).click();
    const { dialog, text } = await openWithPassphrase(app, 'wizard');
    expect(text).toContain('Máy này chưa có hồ sơ nào');
    await app.screenshot(`restore-somc-wizard-preview-${size.width}`);
    expect(await cutInDialog(app)).toEqual([]);

    await dialog.getByRole('button', { name: 'Khôi phục sổ từ bản sao lưu này' }).click();
    await dialog.waitFor({ state: 'detached' });
    await chooseOfficer(app);
    await page.locator('.shell').waitFor();
    expect(await page.locator('.topbar').textContent()).toContain('UBND xã Hương Hữu');
    expect(await page.getByLabel('Cán bộ đang làm việc').inputValue()).toBe('Trần Văn Bình');
    expect((await app.call('app.info', {})).configured).toBe(true);
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(3);
    await page.goto(`${app.host.url}#/so-theo-doi`);
    await page.getByText('Phạm Văn Máy Cũ').first().waitFor();
    await app.screenshot(`restore-somc-wizard-done-${size.width}`);
    expect(await noSideScroll(app)).toBe(true);
  });

  it('(c) from the start-up screen when the ledger is missing but backups are known', async () => {
    app = await startApp({
      now: '2024-04-03 08:00',
      locale: 'en-US',
      viewport: size,
      waitFor: '.startup',
      prepare: async (file) => {
        await earlierRun(file, '2024-04-03 07:00', async (run) => {
          await run.call('dossier.create', intake('Đỗ Thị Sổ Mất', '2024-04-03 06:30'));
        });
        renameSync(file, `${file}.mat`);
      },
    });
    const { page } = app;
    await page.getByRole('heading', { name: 'Không tìm thấy sổ dữ liệu' }).waitFor();
    await page.getByText('Khôi phục từ bản sao lưu mã hóa (.somc), ví dụ bản mang từ máy cũ:').waitFor();
    await app.screenshot(`restore-somc-startup-${size.width}`, true);
    await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu mã hóa…' }).click();
    const { dialog, text } = await openWithPassphrase(app, 'startup');
    expect(text).toContain('Sổ dữ liệu trên máy này chưa mở được');
    expect(await cutInDialog(app)).toEqual([]);
    await dialog.getByRole('button', { name: 'Khôi phục sổ từ bản sao lưu này' }).click();
    await dialog.waitFor({ state: 'detached' });
    await chooseOfficer(app);
    await page.locator('.shell').waitFor();
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(3);
    expect((await app.call('startup.status', {})).phase).toBe('ready');
  });
});
