// The Cảnh báo board lists an overdue dossier, one click away from the dossier itself.
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';
import { intakeInput } from '../support/intake-input';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const dossier = (applicantName: string, procedureCode: string, receivedAt: string) => intakeInput(procedureCode, receivedAt, applicantName);

describe('the alert board', () => {
  it('lists an overdue dossier, one due today, one due soon and one waiting for the citizen', async () => {
    app = await startApp({ now: '2024-03-20 08:00', configured: true });
    // 5 working days from Mon 04/03 → Mon 11/03: overdue on 20/03.
    const late = await app.call('dossier.create', dossier('Hoàng Văn Đức', '1.004884', '2024-03-04 09:00'));
    // 3 working days from Fri 15/03 → Wed 20/03: due today.
    const today = await app.call('dossier.create', dossier('Võ Thị Lan', '1.004873', '2024-03-15 10:00'));
    // 3 working days from Mon 18/03 → Thu 21/03: due within two working days.
    const soon = await app.call('dossier.create', dossier('Đặng Văn Sơn', '1.004873', '2024-03-18 10:00'));
    const waiting = await app.call('dossier.create', dossier('Bùi Thị Thu', '1.004884', '2024-03-18 11:00'));
    await app.call('dossier.act', { id: waiting.id, expectedVersion: 1, action: { kind: 'supplement_request', on: '2024-03-19', items: [{ document: 'Giấy xác nhận cư trú', reason: 'Thiếu' }] } });

    const { page } = app;
    await page.keyboard.press('Alt+3');
    await page.getByRole('heading', { name: /Cảnh báo ngày 20\/03\/2024/ }).waitFor();
    await app.screenshot('11-alerts');
    const overdue = page.getByTestId('alert-overdue');
    expect(await overdue.getByRole('button').count()).toBe(1);
    expect(await overdue.textContent()).toContain(late.code);
    expect(await overdue.textContent()).toContain('Hoàng Văn Đức');
    expect(await page.getByTestId('alert-due_today').textContent()).toContain(today.code);
    expect(await page.getByTestId('alert-due_soon').textContent()).toContain(soon.code);
    expect(await page.getByTestId('alert-waiting_supplement').textContent()).toContain(waiting.code);
    expect(await page.getByTestId('alert-waiting_supplement').textContent()).toContain('19/03/2024');
    // The apology letter is due today for the one due tomorrow; for the overdue one and the one due today
    // it is too late (at the latest one working day before the due date).
    const apology = await page.getByTestId('alert-apology_due').textContent();
    expect(apology).toContain(soon.code);
    expect(apology).not.toContain(late.code);
    expect(apology).not.toContain(today.code);

    await overdue.getByRole('button').first().click();
    await page.waitForURL(`**#/ho-so/${late.id}`);
    await page.getByText('Quá hạn 7 ngày').waitFor();
  });
});
