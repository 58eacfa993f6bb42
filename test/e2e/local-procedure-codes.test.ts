// Issue 12, in Chromium at 1366×768 and 1024×768: a procedure without a national code ("Chứng thực di
// chúc", kept in the ledger under a made-up key "XA-…") is received, opened, listed in the catalogue,
// has its papers edited and a new one is added, and no screen or message ever shows the made-up key.
import { afterEach, describe, expect, it } from 'vitest';
import { DESK_SIZES, type TestApp, startApp } from './harness';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const bodyText = (a: TestApp) => a.page.locator('body').innerText();

describe.each(DESK_SIZES)('a procedure without a national code at $width×$height', (size) => {
  const tag = `${size.width}`;

  it('is received and opened without a made-up code', async () => {
    app = await startApp({ now: '2026-03-04 09:00', configured: true, locale: 'en-US', viewport: size });
    const { page } = app;
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.keyboard.type('chung thuc di chuc');
    await page.locator('#procedure-options li').first().filter({ hasText: 'Chứng thực di chúc' }).waitFor();
    expect(await bodyText(app)).not.toContain('XA-');
    await page.keyboard.press('Enter');
    await page.getByLabel('Họ và tên').fill('Phan Văn Lợi');
    await page.keyboard.press('Control+s');
    await page.getByTestId('saved-code').waitFor();
    await app.screenshot(`local-procedure-intake-${tag}`);
    expect(await bodyText(app)).not.toContain('XA-');
    const [saved] = (await app.call('dossier.list', { filter: {}, after: null, offset: 0, limit: 1 })).items;
    expect(saved?.procedureCode).toBe('XA-chung-thuc-di-chuc'); // the key stays inside the ledger

    await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
    await page.locator('.timeline').waitFor();
    expect(await bodyText(app)).toContain('Chứng thực di chúc');
    expect(await bodyText(app)).not.toContain('XA-');
  });

  it('is listed, edited and added in the catalogue without a made-up code', async () => {
    app = await startApp({ now: '2026-03-04 09:00', configured: true, locale: 'en-US', viewport: size });
    const { page } = app;
    await page.goto(`${app.host.url}#/thiet-lap/danh-muc`);
    await page.getByLabel('Lọc thủ tục').fill('di chuc');
    await page.getByRole('row').filter({ hasText: 'Chứng thực di chúc' }).first().click();
    expect(await page.locator('#c-name').inputValue()).toBe('Chứng thực di chúc');
    expect(await page.locator('#c-code').inputValue()).toBe('');
    await page.getByText('Giấy tờ phải nộp – Chứng thực di chúc', { exact: true }).waitFor();
    await page.locator('#c-documents').fill('Dự thảo di chúc\nGiấy tờ tùy thân; Bản sao');
    await page.getByRole('button', { name: 'Ghi giấy tờ phải nộp' }).click();
    await page.getByText('Đã ghi giấy tờ phải nộp của thủ tục Chứng thực di chúc.').waitFor();
    await app.screenshot(`local-procedure-catalogue-${tag}`);
    expect(await bodyText(app)).not.toContain('XA-');
    expect(await app.call('catalogue.documents', { code: 'XA-chung-thuc-di-chuc' })).toMatchObject({ source: 'office', documents: [{ name: 'Dự thảo di chúc' }, { name: 'Giấy tờ tùy thân', form: 'Bản sao' }] });

    await page.getByRole('button', { name: 'Thêm thủ tục mới' }).click();
    expect(await page.locator('#c-name').inputValue()).toBe('');
    await page.locator('#c-name').fill('Xác nhận đơn riêng của xã');
    await page.locator('#c-field').fill('Chứng thực');
    await page.getByRole('button', { name: 'Ghi vào danh mục' }).click();
    await page.getByText('Đã ghi thủ tục Xác nhận đơn riêng của xã.').waitFor();
    await page.getByLabel('Lọc thủ tục').fill('don rieng');
    const row = page.getByRole('row').filter({ hasText: 'Xác nhận đơn riêng của xã' });
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toBe('—');
    await app.screenshot(`local-procedure-added-${tag}`);
    expect(await bodyText(app)).not.toContain('XA-');
    const added = (await app.call('catalogue.list', { on: null })).procedures.find((p) => p.name === 'Xác nhận đơn riêng của xã');
    expect(added?.code).toBe('XA-xac-nhan-don-rieng-cua-xa');
  });
});
