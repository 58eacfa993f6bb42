// "Liên thông" at the desk, at 1366×768: the intake form takes the level or agency the dossier is sent
// on to, the Hồ sơ screen shows it and its timeline line, the edit dialog changes it.
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('liên thông at the desk', () => {
  it('is typed at intake, shown on the dossier and changed in the edit dialog', async () => {
    app = await startApp({ now: '2024-03-04 09:00', configured: true, viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.keyboard.type('dang ky lai khai sinh');
    await page.getByRole('option', { name: /Đăng ký lại khai sinh/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('due-preview').waitFor();
    await page.locator('#applicantName').fill('Nguyễn Thị Hoà');
    await page.locator('#idNumber').fill('046190000123');
    await page.getByLabel('Liên thông đến (cấp, cơ quan)').fill('UBND huyện Nam Đông');
    await page.getByLabel('Liên thông đến (cấp, cơ quan)').scrollIntoViewIfNeeded();
    await app.screenshot('i13-intake-lien-thong-1366');
    await page.keyboard.press('Control+s');
    await page.getByTestId('saved-code').waitFor();
    const [saved] = (await app.call('dossier.list', { filter: {}, after: null, offset: 0, limit: 10 })).items;
    expect(saved).toBeDefined();
    if (!saved) return;
    expect((await app.call('dossier.get', { id: saved.id })).interconnection).toBe('UBND huyện Nam Đông');

    await page.getByRole('button', { name: 'Mở hồ sơ' }).click();
    await page.getByTestId('dossier-interconnection').filter({ hasText: 'UBND huyện Nam Đông' }).waitFor();
    expect(await page.locator('.timeline').textContent()).toContain('Liên thông đến: UBND huyện Nam Đông');
    await app.screenshot('i13-dossier-lien-thong-1366');

    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await page.getByRole('dialog', { name: 'Sửa thông tin hồ sơ' }).waitFor();
    expect(await page.locator('#edit-interconnection').inputValue()).toBe('UBND huyện Nam Đông');
    await page.locator('#edit-interconnection').fill('Sở Tư pháp tỉnh Thừa Thiên Huế');
    await page.locator('#edit-reason').fill('Hồ sơ chuyển lên cấp tỉnh');
    await app.screenshot('i13-edit-lien-thong-1366');
    await page.getByRole('button', { name: 'Ghi sửa đổi' }).click();
    await page.getByTestId('dossier-interconnection').filter({ hasText: 'Sở Tư pháp tỉnh Thừa Thiên Huế' }).waitFor();
    expect(await page.locator('.timeline').textContent()).toContain('Liên thông đến: UBND huyện Nam Đông → Sở Tư pháp tỉnh Thừa Thiên Huế');
    await app.screenshot('i13-dossier-edited-1366', true);
    expect(await app.call('dossier.get', { id: saved.id })).toMatchObject({ version: 2, interconnection: 'Sở Tư pháp tỉnh Thừa Thiên Huế' });
  });
});
