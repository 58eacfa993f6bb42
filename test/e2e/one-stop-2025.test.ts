// The 2025 one-stop rules as the desk sees them: the apology letter's last day on the Hồ sơ screen and a
// late letter refused in the dialog, the supplement policy's sentence where a supplement is requested, and
// the online-dossier setting on the unit's settings.
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';
import { intakeInput } from '../support/intake-input';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const dossier = (applicantName: string, receivedAt: string) => intakeInput('1.004884', receivedAt, applicantName, { channel: 'truc_tuyen_toan_trinh' });

describe('the 2025 one-stop rules on screen', () => {
  it('shows the apology’s last day, refuses a late letter, states the supplement policy and the online setting', async () => {
    // 5 working days from Mon 04/03/2024 → due Mon 11/03; the letter is due by Fri 08/03; today is Sat 09/03.
    app = await startApp({ now: '2024-03-09 10:00', configured: true });
    const d = await app.call('dossier.create', dossier('Phạm Thị Dung', '2024-03-04 09:00'));
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(`location.hash = '#/ho-so/${d.id}'`);
    await page.getByText('Hạn gửi văn bản xin lỗi (Mẫu 04)').waitFor();
    expect(await page.locator('.facts').textContent()).toContain('chậm nhất 08/03/2024, nếu hồ sơ có thể trễ hạn');

    await page.getByRole('button', { name: 'Xin lỗi, gia hạn' }).click();
    await page.getByText('(chậm nhất ngày 08/03/2024)').waitFor();
    await page.locator('#act-new-due').fill('15/03/2024');
    await page.locator('#act-reason').fill('Chờ xác minh của xã khác');
    await page.getByRole('button', { name: 'Ghi xin lỗi và gia hạn' }).click();
    await page.getByText('tức là chậm nhất ngày 08/03/2024').waitFor();
    await app.screenshot('one-stop-2025-apology-late-1366');
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('one-stop-2025-apology-late-1024');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    await page.getByText('Thời gian chờ bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết').waitFor();
    await app.screenshot('one-stop-2025-supplement-1024');
    await page.keyboard.press('Escape');

    await page.evaluate(`location.hash = '#/thiet-lap/don-vi'`);
    const online = page.getByLabel(/Hồ sơ trực tuyến nộp sau 17 giờ/);
    await online.waitFor();
    expect(await online.isChecked()).toBe(true);
    expect(await page.getByText('Mẫu 02 ghi: “Thời gian chờ bổ sung').count()).toBe(1);
    await app.screenshot('one-stop-2025-settings-1024', true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.screenshot('one-stop-2025-settings-1366', true);
  });
});
