// Issue 10 in the browser: at intake a due date counted into a year without an official schedule says
// it is provisional and where to enter the notice; the calendar screen says which years have a schedule,
// shows where each day off comes from (Ngày Văn hóa 24/11/2026, the 2026 swap), takes the notice, and
// reports how many due dates an edit moved.
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('calendar in the desk app', () => {
  it('marks a provisional due date at intake, and the notice entered in Thiết lập ends it', async () => {
    app = await startApp({ now: '2027-12-29 10:00', configured: true });
    const { page } = app;
    await page.keyboard.type('xac nhan tinh trang hon nhan');
    await page.keyboard.press('Enter');
    await page.getByTestId('due-preview').waitFor();
    const warning = page.getByTestId('due-provisional');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('chưa có lịch nghỉ chính thức năm 2028');
    await app.screenshot('40-intake-provisional');

    await page.goto(`${app.host.url}#/thiet-lap/lich`);
    await page.getByTestId('calendar-days').waitFor();
    await page.getByRole('button', { name: 'Năm 2028 →' }).click();
    const status = page.getByTestId('schedule-status');
    await status.filter({ hasText: 'Chưa có lịch nghỉ chính thức năm 2028' }).waitFor();
    await app.screenshot('41-calendar-2028-unknown');
    await page.getByLabel('Số, ngày thông báo lịch nghỉ năm 2028').fill('Thông báo số 1/TB-BNV ngày 01/11/2027');
    await page.getByRole('button', { name: 'Ghi thông báo' }).click();
    await status.filter({ hasText: 'Lịch nghỉ chính thức năm 2028: Thông báo số 1/TB-BNV ngày 01/11/2027' }).waitFor();

    await page.goto(`${app.host.url}#/tiep-nhan`);
    await page.keyboard.type('xac nhan tinh trang hon nhan');
    await page.keyboard.press('Enter');
    await page.getByTestId('due-preview').waitFor();
    expect(await page.getByTestId('due-provisional').count()).toBe(0);
  });

  it('shows where each day off of 2026 comes from and how many due dates an edit moves', async () => {
    app = await startApp({ now: '2026-12-01 10:00', configured: true });
    await app.call('dossier.create', {
      procedureCode: '1.004873',
      channel: 'truc_tiep',
      receivedAt: '2026-12-01 09:00',
      applicantName: 'Phan Thị Út',
      idNumber: '046190000123',
      phone: '0912345678',
      address: 'thôn 2',
      documents: [],
      fee: 0,
      digitisedDossier: false,
      paidOnline: false,
      note: '',
    });
    const { page } = app;
    await page.goto(`${app.host.url}#/thiet-lap/lich`);
    const days = page.getByTestId('calendar-days');
    await days.waitFor();
    const culture = days.locator('tr', { hasText: '24/11/2026' });
    expect(await culture.textContent()).toContain('Ngày Văn hóa Việt Nam');
    expect(await culture.textContent()).toContain('Nghị quyết 28/2026/QH16');
    expect(await days.locator('tr', { hasText: '22/08/2026' }).first().textContent()).toContain('Làm việc');
    await page.getByTestId('schedule-status').filter({ hasText: 'Lịch nghỉ chính thức năm 2026' }).waitFor();
    await app.screenshot('42-calendar-2026', true);

    await page.locator('#cal-date').fill('2026-12-03');
    await page.locator('#cal-reason').fill('Nghỉ do bão số 15');
    await page.getByRole('button', { name: 'Ghi thay đổi' }).click();
    await page.getByText('1 hồ sơ đổi hạn trả (04/12/2026 → 07/12/2026: 1 hồ sơ)', { exact: false }).waitFor();
    await app.screenshot('43-calendar-edit-moved');
  });
});
