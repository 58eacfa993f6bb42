// A desk officer's day through the browser: log a dossier with the keyboard only, find it again by the
// applicant's name typed without diacritics, pause it for a supplement and resume it, resolve it.
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const activeId = (a: TestApp) => a.page.evaluate<string>('document.activeElement ? document.activeElement.id : ""');

async function tabTo(a: TestApp, id: string, max = 30): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if ((await activeId(a)) === id) return;
    await a.page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached #${id}`);
}

async function logByApi(a: TestApp, applicantName: string, receivedAt: string) {
  return a.call('dossier.create', {
    procedureCode: '1.004884',
    channel: 'truc_tiep',
    receivedAt,
    applicantName,
    idNumber: '046190000123',
    phone: '0912345678',
    address: 'thôn 2, xã Hương Hữu',
    documents: [{ name: 'Tờ khai đăng ký lại khai sinh', form: 'Bản chính', quantity: 1 }],
    fee: 0,
    digitisedDossier: true,
    paidOnline: false,
    note: '',
  });
}

describe('the desk officer', () => {
  it('logs a dossier with the keyboard only and sees its due date, with why', async () => {
    app = await startApp({ now: '2024-03-04 09:00', configured: true });
    const { page } = app;
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    expect(await activeId(app)).toBe('procedure');
    await page.keyboard.type('dang ky lai khai sinh');
    await page.getByRole('option', { name: /Đăng ký lại khai sinh/ }).first().waitFor();
    await page.keyboard.press('Enter');
    // Received Monday 04/03/2024 at 09:00, 5 working days: Tue 05 … Mon 11/03/2024.
    await page.getByTestId('due-preview').waitFor();
    expect(await page.getByTestId('due-preview').textContent()).toBe('Thứ Hai, 11/03/2024');
    expect(await page.locator('.trace').textContent()).toContain('Ngày làm việc thứ 5');
    await tabTo(app, 'applicantName');
    await page.keyboard.type('Nguyễn Thị Hoà');
    await page.keyboard.press('Tab');
    await page.keyboard.type('046190000123');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0912 345 678');
    await page.keyboard.press('Tab');
    await page.keyboard.type('thôn 2, xã Hương Hữu');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tờ khai đăng ký lại khai sinh');
    await app.screenshot('04-intake-filled');
    await page.keyboard.press('Control+s');
    await page.getByTestId('saved-due').waitFor();
    expect(await page.getByTestId('saved-due').textContent()).toBe('Thứ Hai, 11/03/2024');
    expect(await page.getByTestId('saved-code').textContent()).toBe('000.00.21.H57-240304-1001');
    expect(await activeId(app)).toBe('');
    expect(await page.evaluate<string>('document.activeElement ? document.activeElement.textContent : ""')).toContain('In giấy tiếp nhận');
    await app.screenshot('05-intake-saved');
    // One key prints the receipt: in the browser host, Ctrl+P shows Mẫu 01's PDF to print from (not the screen).
    await page.keyboard.press('Control+p');
    const preview = page.getByRole('dialog', { name: /Xem trước để in: Mau01-giay-tiep-nhan-000\.00\.21\.H57-240304-1001\.pdf/ });
    await preview.waitFor();
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached' });

    const [stored] = (await app.call('dossier.list', { filter: {}, after: null, offset: 0, limit: 10 })).items;
    expect(stored).toMatchObject({ applicantName: 'Nguyễn Thị Hoà', due: '2024-03-11', procedureCode: '1.004884', channel: 'truc_tiep' });
  });

  it('finds the dossier by typing the applicant name without diacritics', async () => {
    app = await startApp({ now: '2024-03-05 10:00', configured: true });
    await logByApi(app, 'Trần Văn Bình', '2024-03-04 08:15');
    const hoa = await logByApi(app, 'Nguyễn Thị Hoà', '2024-03-04 09:00');
    await logByApi(app, 'Lê Thị Hoa Mai', '2024-03-05 09:30');
    const { page } = app;
    await page.keyboard.press('Alt+2');
    await page.getByTestId('ledger-count').filter({ hasText: '3' }).waitFor();
    await app.screenshot('06-ledger-all');
    await page.getByRole('searchbox').fill('nguyen thi hoa');
    await page.getByTestId('ledger-count').filter({ hasText: /^1 hồ sơ$/ }).waitFor();
    const rows = page.getByRole('row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Nguyễn Thị Hoà');
    await app.screenshot('07-ledger-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText(hoa.code, { exact: true }).waitFor();
    expect(page.url()).toContain(`#/ho-so/${hoa.id}`);
  });

  it('moves the due date with a supplement request and its return, then resolves the dossier', async () => {
    app = await startApp({ now: '2024-03-12 10:00', configured: true });
    // rules.md §3: received Mon 04/03, 5 working days → 11/03; request Wed 06/03, back Mon 11/03 → 14/03.
    const dossier = await logByApi(app, 'Phạm Văn Cường', '2024-03-04 09:00');
    const { page } = app;
    await page.goto(`${app.host.url}#/ho-so/${dossier.id}`);
    await page.getByTestId('dossier-due').filter({ hasText: '11/03/2024' }).waitFor();

    await page.getByRole('button', { name: 'Yêu cầu bổ sung' }).click();
    await page.getByLabel('Ngày yêu cầu bổ sung').fill('06/03/2024');
    await page.getByLabel('Giấy tờ cần bổ sung 1').fill('Bản sao giấy tờ tùy thân của cha');
    await page.getByLabel('Lý do').fill('Bản sao mờ, không đọc được');
    await app.screenshot('08-dossier-supplement-dialog');
    await page.getByRole('button', { name: 'Ghi yêu cầu bổ sung' }).click();
    await page.getByTestId('dossier-due').filter({ hasText: 'chờ công dân bổ sung' }).waitFor();
    expect(await page.locator('.badge').first().textContent()).toBe('Chờ bổ sung');

    await page.getByRole('button', { name: 'Nhận hồ sơ bổ sung' }).click();
    await page.getByLabel('Ngày nhận đủ hồ sơ bổ sung').fill('11/03/2024');
    await page.getByRole('button', { name: 'Ghi đã nhận bổ sung' }).click();
    await page.getByTestId('dossier-due').filter({ hasText: '14/03/2024' }).waitFor();
    expect(await page.getByTestId('dossier-due').textContent()).toBe('14/03/2024');
    expect(await page.locator('.trace').textContent()).toContain('lùi hạn 3 ngày làm việc');
    await app.screenshot('09-dossier-resumed');

    await page.getByRole('button', { name: 'Có kết quả' }).click();
    await page.getByLabel('Ngày có kết quả').fill('12/03/2024');
    await page.getByRole('button', { name: 'Ghi có kết quả' }).click();
    await page.locator('.badge').filter({ hasText: 'Đã giải quyết trước hạn' }).waitFor();
    const timeline = await page.locator('.timeline').textContent();
    expect(timeline).toContain('Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)');
    expect(timeline).toContain('Nhận hồ sơ bổ sung');
    expect(timeline).toContain('Có kết quả giải quyết');
    await app.screenshot('10-dossier-resolved');
    const stored = await app.call('dossier.get', { id: dossier.id });
    expect(stored).toMatchObject({ due: '2024-03-14', endedOn: '2024-03-12', ending: 'giai_quyet', version: 4 });
    expect(stored.state.kind).toBe('early');
  });
});
