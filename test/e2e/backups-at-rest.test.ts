// Issue 15 §7 and §1 in the browser (en-US), at 1366×768 and 1024×768. Thiết lập › Sao lưu offers an
// encrypted copy for taking out of the office: the passphrase typed twice (a short or mismatched one is
// refused on the screen, nothing written), a folder, then a package with no readable personal data that
// `restore-package` brings back. Dossiers found missing after a -wal was deleted stay on a banner,
// through reloads, until the operator acknowledges them. Screenshots: /tmp/screens/i15-*.png.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from '../cli/helpers';
import { runChild } from '../crash/spawn-child';
import { DESK_SIZES, type TestApp, startApp } from './harness';
import { cutOrOutside, noSideScroll } from './layout-checks';
import { earlierRun, intake } from './startup-ledgers';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

/** Elements of the content reaching past the window's right edge, or whose text is cut. */
describe.each(DESK_SIZES)('an encrypted backup from Thiết lập › Sao lưu at $width×$height, browser in en-US', (size) => {
  it('refuses a short or mismatched passphrase on the screen, writes an unreadable copy to the folder, and restore-package brings it back', async () => {
    app = await startApp({ now: '2024-04-02 09:00', configured: true, locale: 'en-US', viewport: size });
    const { page } = app;
    await app.call('dossier.create', intake('Nguyễn Thị Bảo Mật', '2024-04-02 08:30'));
    const usb = path.join(app.dir, 'usb');
    mkdirSync(usb);

    await page.goto(`${app.host.url}#/thiet-lap/sao-luu`);
    const card = page.locator('section', { has: page.getByRole('heading', { name: 'Sao lưu mã hóa (mang ra khỏi máy)' }) });
    await card.waitFor();
    const first = card.getByLabel('Mật khẩu của bản sao');
    const again = card.getByLabel('Nhập lại mật khẩu');
    expect(await first.getAttribute('type')).toBe('password');
    await card.getByLabel('Thư mục lưu bản sao (trên máy đang chạy Sổ Một Cửa)').fill(usb);

    await first.fill('ngắn');
    await again.fill('ngắn');
    await card.getByRole('button', { name: 'Sao lưu mã hóa' }).click();
    await card.getByRole('alert').filter({ hasText: 'Mật khẩu phải có ít nhất 8 ký tự.' }).waitFor();
    await first.fill('mật khẩu cất USB');
    await again.fill('mật khẩu cất USb');
    expect(await card.getByText('Chưa khớp.').count()).toBe(1);
    await card.getByRole('button', { name: 'Sao lưu mã hóa' }).click();
    await card.getByRole('alert').filter({ hasText: 'Hai lần nhập mật khẩu chưa khớp nhau.' }).waitFor();
    expect(readdirSync(usb)).toEqual([]);

    await again.fill('mật khẩu cất USB');
    await card.getByRole('button', { name: 'Sao lưu mã hóa' }).click();
    const result = card.getByTestId('encrypted-backup-result');
    await result.waitFor();
    await app.screenshot(`i15-encrypted-backup-${size.width}`, true);
    expect(await noSideScroll(app)).toBe(true);
    expect(await cutOrOutside(app, '.content input:not([type="radio"]):not([type="file"]), .content button')).toEqual([]);
    // The passphrase does not stay on the screen.
    expect(await first.inputValue()).toBe('');

    const written = (await result.getByTestId('encrypted-backup-path').textContent()) ?? '';
    expect(path.dirname(written)).toBe(usb);
    expect(readdirSync(usb)).toEqual([path.basename(written)]);
    const bytes = readFileSync(written);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(bytes.includes(Buffer.from('Bảo Mật', 'utf8'))).toBe(false);

    const passphraseFile = path.join(app.dir, 'mat-khau.txt');
    writeFileSync(passphraseFile, 'mật khẩu cất USB');
    const restored = path.join(app.dir, 'may-moi', 'so.db');
    mkdirSync(path.dirname(restored));
    const back = await cli('restore-package', '--db', restored, written, '--passphrase-file', passphraseFile);
    expect(back.code, back.stderr).toBe(0);
    const check = await cli('check', '--db', restored);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain('1 hồ sơ');
  });
});

/** "YYYY-MM-DD HH:MM" in Vietnam of the computer's clock (the killed host below logs with it). */
const vietnamNow = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

describe('dossiers found missing after the -wal was deleted', () => {
  it('stay on a banner through a reload until the operator acknowledges them', async () => {
    const now = vietnamNow();
    app = await startApp({
      now,
      locale: 'en-US',
      viewport: { width: 1366, height: 768 },
      prepare: async (file) => {
        await earlierRun(file, now, async (run) => {
          await run.call('dossier.create', intake('Nguyễn Văn Trước', now));
        });
        // A host killed while logging (its intakes acknowledged), then its -wal deleted.
        let acks = 0;
        const killed = await runChild(['log', file, 'E', '5'], { trigger: (e) => e.kind === 'ack' && ++acks === 10, delayMs: 0 });
        expect(killed.killed).toBe(true);
        rmSync(`${file}-wal`);
      },
    });
    const { page } = app;
    const banner = page.getByRole('alert', { name: 'Sổ có thể thiếu hồ sơ đã ghi' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/thiếu ít nhất \d+ thay đổi đã được ghi và xác nhận/);
    await app.screenshot('i15-loss-banner');
    await page.reload();
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Đã kiểm tra và nhập lại hồ sơ thiếu' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.shell').waitFor();
    expect(await banner.count()).toBe(0);
    expect((await app.call('startup.status', {})).lossWarnings).toEqual([]);
  });
});
