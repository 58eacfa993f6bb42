// Every screen draws, in Vietnamese, on a ledger with real content, without a page error; each one is
// photographed to /tmp/screens for a person to look at.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';
import { FIXTURE_CSV } from '../support/domain-fixtures';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('every screen', () => {
  it('draws with real content', async () => {
    app = await startApp({ now: '2024-03-20 09:30', configured: true });
    const csv = readFileSync(FIXTURE_CSV);
    const plan = await app.call('import.plan', { fileName: 'huong-huu-2024-q1.csv', contentBase64: csv.toString('base64') });
    await app.call('import.apply', { planId: plan.planId, update: false });
    const d = await app.call('dossier.create', {
      procedureCode: '1.012786',
      channel: 'truc_tuyen_mot_phan',
      receivedAt: '2024-03-05 14:10',
      applicantName: 'Trương Thị Ánh',
      idNumber: '046185000777',
      phone: '0935 111 222',
      address: 'thôn Hòa Bắc, xã Hương Hữu',
      documents: [{ name: 'Đơn đề nghị cấp lại Giấy chứng nhận', form: 'Bản chính', quantity: 1 }],
      fee: 0,
      digitisedDossier: true,
      paidOnline: false,
      note: '',
    });
    await app.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'hand_over', on: '2024-03-06', to: 'Công chức Địa chính', note: '' } });
    await app.call('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'extension', apologyOn: '2024-03-18', newDue: '2024-03-29', reason: 'Chờ kết quả đo đạc lại thửa đất' } });
    await app.call('calendar.addEdit', { date: '2024-09-27', kind: 'off', reason: 'Nghỉ do bão số 4 (Công điện của UBND tỉnh)' });
    const { page } = app;

    await page.keyboard.type('cap lai giay chung nhan');
    await page.keyboard.press('Enter');
    await page.getByTestId('due-preview').waitFor();
    await app.screenshot('20-intake-preview');

    await page.keyboard.press('Alt+2');
    await page.getByTestId('ledger-count').filter({ hasText: '79' }).waitFor();
    await app.screenshot('21-ledger');
    await page.getByLabel('Trạng thái').selectOption('overdue');
    await page.getByTestId('ledger-count').filter({ hasText: /^\d+ hồ sơ$/ }).waitFor();
    await app.screenshot('22-ledger-overdue');

    await page.goto(`${app.host.url}#/ho-so/${d.id}`);
    await page.getByRole('heading', { name: 'Lịch sử xử lý' }).waitFor();
    await app.screenshot('23-dossier-extension', true);

    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: /Cảnh báo ngày/ }).waitFor();
    await app.screenshot('24-alerts', true);

    await page.keyboard.press('Alt+4');
    await page.getByTestId('report-period').waitFor();
    await page.getByLabel('Kỳ báo cáo').selectOption('Q1');
    await page.getByLabel('Cách tính kỳ').selectOption('calendar');
    await page.getByTestId('report-period').filter({ hasText: 'Quý I năm 2024' }).waitFor();
    await page.locator('[data-cell="total|pending_overdue"]').click();
    await page.getByTestId('cell-list').waitFor();
    await app.screenshot('25-report-calendar', true);

    for (const [tab, heading, name] of [
      ['don-vi', 'Lưu thiết lập', '26-settings-unit'],
      ['lich', 'Thêm ngày nghỉ đột xuất hoặc ngày làm bù', '27-settings-calendar'],
      ['danh-muc', 'Thêm thủ tục hoặc phiên bản mới', '28-settings-catalogue'],
      ['nhap', 'Chạy thử', '29-settings-import'],
      ['sao-luu', 'Sao lưu ngay', '30-settings-backup'],
      ['can-bo', 'Cán bộ làm việc ở bộ phận một cửa', '31-settings-operators'],
    ] as const) {
      await page.goto(`${app.host.url}#/thiet-lap/${tab}`);
      await page.getByText(heading, { exact: true }).first().waitFor();
      if (tab === 'lich') await page.getByTestId('calendar-days').waitFor();
      await app.screenshot(name);
    }
    const calendar = await page.getByTestId('calendar-days').count();
    expect(calendar).toBe(0); // left the calendar tab
    expect(await page.title()).toBe('Sổ Một Cửa');
  });
});
