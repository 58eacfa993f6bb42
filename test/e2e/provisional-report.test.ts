// On 03/12/2026 the report screen opens on Quý IV 2026, which ends 14/12: its figures say "tạm tính đến"
// this instant, and the sign-off form is replaced by the reason it cannot be signed yet.
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('the report of a running period', () => {
  it('is a provisional draft on screen and cannot be signed before the period ends', async () => {
    app = await startApp({ now: '2026-12-03 09:30', configured: true });
    const { page } = app;
    await page.keyboard.press('Alt+4');
    await page.getByTestId('report-period').filter({ hasText: 'Quý IV năm 2026' }).waitFor();
    const banner = page.getByTestId('period-open');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Dự thảo — số liệu tạm tính đến 09:30 03/12/2026.');
    const refused = page.getByTestId('signoff-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('Chưa ký duyệt được Quý IV năm 2026: kỳ báo cáo kết thúc ngày 14/12/2026');
    expect(await page.getByRole('button', { name: 'Ký duyệt và khóa số liệu' }).count()).toBe(0);
    await app.screenshot('i11-report-provisional', true);
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('i11-report-provisional-1024', true);
  });
});
