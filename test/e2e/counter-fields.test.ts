// Issue 12, what the audit found missing, in Chromium with the browser in en-US at 1366×768 and 1024×768:
// every problem at its field (marked, focused, in view, in Vietnamese, naming what the box takes) — the
// intake's procedure, name, quantities and fee, the action dialogs' refusals by the rules, the edit
// dialog, the catalogue's time limit, the backup count; a reception later than the computer's clock asks
// for confirmation; the count beside "Việc hôm nay" follows every write at once; the citizen card shows
// the results waiting to be handed back; "chung thuc" puts this office's most used procedure first.
import { afterEach, describe, expect, it } from 'vitest';
import { intakeInput } from '../support/intake-input';
import { DESK_SIZES, type TestApp, startApp } from './harness';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const NOW = '2026-03-04 09:00'; // a Wednesday

async function log(a: TestApp, applicantName: string, receivedAt: string, procedureCode = '1.004884', idNumber = '') {
  return a.call('dossier.create', intakeInput(procedureCode, receivedAt, applicantName, { idNumber, phone: '0912 345 678', address: 'thôn 2' }));
}

const activeId = (a: TestApp) => a.page.evaluate<string>('document.activeElement ? document.activeElement.id : ""');

/** The box is marked invalid, its message is in view and says `text`, and the box has the focus. */
async function atField(a: TestApp, id: string, text: string): Promise<void> {
  const error = a.page.locator(`[id="${id}-error"]`);
  await error.filter({ hasText: text }).waitFor();
  expect(await a.page.locator(`[id="${id}"]`).getAttribute('aria-invalid'), `${id} marked`).toBe('true');
  const box = await error.boundingBox();
  const size = a.page.viewportSize();
  expect(box !== null && size !== null && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width, `${id}: message in view`).toBe(true);
  await a.page.locator(`[id="${id}"]:focus`).waitFor();
}

const total = (a: TestApp, n: number) => a.page.getByTestId('daily-total').filter({ hasText: new RegExp(`^${n}$`) }).waitFor();

describe.each(DESK_SIZES)('problems at the field and the day’s count at $width×$height, browser in en-US', (size) => {
  const tag = `${size.width}`;
  const start = () => startApp({ now: NOW, configured: true, locale: 'en-US', viewport: size });

  it('intake: procedure, name, quantity and fee at their boxes, nothing coerced; the count follows the save at once', async () => {
    app = await start();
    const { page } = app;
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await total(app, 0);
    await page.keyboard.press('Control+s');
    await atField(app, 'procedure', 'Hãy chọn thủ tục');
    expect(await page.locator('.error-box').count()).toBe(0);
    await app.screenshot(`12f-intake-no-procedure-${tag}`);

    await page.keyboard.type('dang ky khai sinh');
    await page.locator('#procedure-options li').first().filter({ hasText: '1.001193' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#doc-name-1').waitFor(); // the procedure's papers
    expect(await page.locator('#procedure-error').count()).toBe(0);
    await page.getByLabel('Số lượng 1').fill('hai');
    await page.locator('#fee').fill('50,5');
    await page.keyboard.press('Control+s');
    await atField(app, 'applicantName', 'Hãy nhập họ và tên người nộp hồ sơ.');
    expect(await page.locator('#doc-quantity-0-error').textContent()).toBe('Số lượng giấy tờ là một số nguyên từ 1 đến 99, không phải "hai".');
    expect(await page.locator('#fee-error').textContent()).toBe('Phí, lệ phí ghi số tiền bằng đồng, chỉ gồm chữ số, ví dụ 50.000 — không phải "50,5".');
    await app.screenshot(`12f-intake-fields-${tag}`, true);

    await page.locator('#applicantName').fill('Nguyễn Thị Hoà');
    await page.keyboard.press('Control+s');
    await atField(app, 'doc-quantity-0', 'không phải "hai"');
    await page.getByLabel('Số lượng 1').fill('2');
    await page.keyboard.press('Control+s');
    await atField(app, 'fee', 'không phải "50,5"');
    expect(await page.getByTestId('saved-code').count()).toBe(0);
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(0);
    await page.locator('#fee').fill('50.000');
    await page.keyboard.press('Control+s');
    await page.getByTestId('saved-code').waitFor();
    // due today (a same-day procedure received before 15:00): the count beside "Việc hôm nay" moved, on this screen
    await total(app, 1);
    expect(await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).count()).toBe(1);
    const [saved] = (await app.call('dossier.list', { filter: {}, after: null, offset: 0, limit: 5 })).items;
    const stored = await app.call('dossier.get', { id: saved?.id ?? '' });
    expect(stored.fee).toBe(50_000);
    expect(stored.documents[0]).toMatchObject({ name: 'Tờ khai đăng ký khai sinh', quantity: 2 });
  });

  it('intake: a reception later than the computer’s clock asks to check the date, and is kept once confirmed', async () => {
    app = await start();
    const { page } = app;
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.keyboard.type('dang ky lai khai sinh');
    await page.keyboard.press('Enter');
    await page.locator('#applicantName').fill('Trần Văn Bình');
    await page.locator('#receivedAt').fill('06/03/2026 08:00');
    await page.keyboard.press('Control+s');
    await atField(app, 'receivedAt', 'muộn hơn đồng hồ của máy tính (04/03/2026 09:0');
    expect(await page.locator('#receivedAt-error').textContent()).toContain('Hãy kiểm tra lại ngày giờ đã gõ');
    const confirm = page.getByTestId('confirm-receivedAt');
    expect(await page.locator('label.override').filter({ has: confirm }).textContent()).toContain('đồng hồ của máy đang chậm');
    await app.screenshot(`12f-intake-future-${tag}`);
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(0);
    await confirm.click();
    await page.keyboard.press('Control+s');
    await page.getByTestId('saved-code').waitFor();
    expect(await page.getByTestId('saved-code').textContent()).toContain('-260306-');
  });

  it('action dialogs: the rules’ refusals at the date box, the contract’s at the text box; + Thêm giấy tờ focuses the new row; the count follows', async () => {
    app = await start();
    const d = await log(app, 'Lê Văn Cường', '2026-03-04 08:00', '1.001193'); // due today
    const { page } = app;
    await page.goto(`${app.host.url}#/ho-so/${d.id}`);
    await total(app, 1);

    await page.getByRole('button', { name: 'Có kết quả', exact: true }).click();
    await page.getByLabel('Ngày có kết quả').fill('05/03/2026');
    await page.getByRole('button', { name: 'Ghi có kết quả' }).click();
    await atField(app, 'act-on', 'Ngày có kết quả 05/03/2026 không được sau hôm nay (04/03/2026).');
    expect(await page.getByRole('dialog').locator('.error-box').count()).toBe(0);
    await app.screenshot(`12f-action-after-today-${tag}`);
    await page.getByLabel('Ngày có kết quả').fill('03/03/2026');
    await page.getByRole('button', { name: 'Ghi có kết quả' }).click();
    await atField(app, 'act-on', 'không được trước ngày tiếp nhận (04/03/2026)');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Chuyển xử lý', exact: true }).click();
    await page.getByRole('button', { name: 'Ghi chuyển xử lý' }).click();
    await atField(app, 'act-to', 'Hãy nhập người (bộ phận) nhận xử lý.');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Yêu cầu bổ sung', exact: true }).click();
    await page.getByRole('button', { name: '+ Thêm giấy tờ' }).click();
    await page.locator('#act-doc-1:focus').waitFor();
    expect(await activeId(app)).toBe('act-doc-1');
    await page.getByRole('button', { name: 'Ghi yêu cầu bổ sung' }).click();
    await atField(app, 'act-doc-0', 'Hãy ghi ít nhất một giấy tờ cần bổ sung.');
    await app.screenshot(`12f-supplement-empty-${tag}`);
    await page.keyboard.press('Escape');

    // each action moves the count beside "Việc hôm nay" at once, on this screen
    await page.getByRole('button', { name: 'Có kết quả', exact: true }).click();
    await page.getByRole('button', { name: 'Ghi có kết quả' }).click();
    await page.getByRole('button', { name: 'Trả kết quả', exact: true }).waitFor();
    await total(app, 1); // now in "có kết quả, chờ trả"
    await page.getByRole('button', { name: 'Trả kết quả', exact: true }).click();
    await page.getByRole('button', { name: 'Ghi đã trả kết quả' }).click();
    await total(app, 0);
  });

  it('edit dialog: a later reception asks, the fee and the reason at their boxes; the count follows the edit', async () => {
    app = await start();
    const d = await log(app, 'Phạm Thị Lan', '2026-03-03 08:00'); // due 10/03: in no list
    const { page } = app;
    await page.goto(`${app.host.url}#/ho-so/${d.id}`);
    await total(app, 0);
    await page.getByRole('button', { name: 'Sửa thông tin' }).click();
    await page.getByRole('dialog', { name: 'Sửa thông tin hồ sơ' }).waitFor();
    await page.locator('#edit-receivedAt').fill('05/03/2026 08:00');
    await page.locator('#edit-fee').fill('hai mươi nghìn');
    await page.getByRole('button', { name: 'Ghi sửa đổi' }).click();
    await atField(app, 'edit-receivedAt', 'muộn hơn đồng hồ của máy tính');
    expect(await page.locator('#edit-fee-error').textContent()).toContain('không phải "hai mươi nghìn"');
    expect(await page.locator('#edit-reason-error').textContent()).toBe('Hãy ghi lý do sửa (ghi vào lịch sử hồ sơ).');
    expect(await page.locator('#edit-reason').getAttribute('aria-invalid')).toBe('true');
    await app.screenshot(`12f-edit-fields-${tag}`);
    expect((await app.call('dossier.get', { id: d.id })).version).toBe(1);

    await page.getByTestId('edit-confirm-receivedAt').check();
    await page.locator('#edit-fee').fill('20.000');
    await page.locator('#procedure').focus();
    await page.keyboard.press('Backspace');
    await page.keyboard.type('dang ky khai sinh');
    await page.locator('#procedure-options li').first().filter({ hasText: '1.001193' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('#edit-reason').fill('Ghi nhầm ngày và thủ tục');
    await page.getByRole('button', { name: 'Ghi sửa đổi' }).click();
    await page.getByRole('dialog', { name: 'Sửa thông tin hồ sơ' }).waitFor({ state: 'detached' });
    expect(await app.call('dossier.get', { id: d.id })).toMatchObject({ version: 2, receivedAt: '2026-03-05 08:00', fee: 20_000, procedureCode: '1.001193', due: '2026-03-05' });
    await total(app, 1); // due the next working day
  });

  it('the citizen card shows the result waiting to be handed back, marked, beside the open dossiers', async () => {
    app = await start();
    const open = await log(app, 'Phạm Thị Lan', '2026-03-02 08:00', '1.004884', '046190000123');
    const ready = await log(app, 'Phạm Thị Lan', '2026-03-02 09:00', '2.000908', '046190000123');
    await app.call('dossier.act', { id: ready.id, expectedVersion: 1, action: { kind: 'result_ready', on: '2026-03-03', lateCause: '', digitisedResult: false, storedResult: false } });
    const { page } = app;
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill('046190000123');
    const card = page.getByTestId('citizen-card');
    await card.waitFor();
    const waiting = card.getByTestId('citizen-ready');
    expect(await waiting.count()).toBe(1);
    expect(await waiting.textContent()).toContain(ready.code);
    expect(await waiting.textContent()).toContain('Có kết quả, chờ trả');
    expect(await waiting.textContent()).toContain('có kết quả 03/03/2026');
    expect(await card.getByTestId('citizen-open').textContent()).toContain(open.code);
    await app.screenshot(`12f-citizen-ready-${tag}`);
  });

  it('"chung thuc" puts the procedure this office uses most first, found by its field', async () => {
    app = await start();
    for (const name of ['Một', 'Hai', 'Ba']) await log(app, `Người ${name}`, '2026-03-03 08:00', '2.000908');
    await log(app, 'Người Bốn', '2026-03-03 09:00', '2.000815');
    const { page } = app;
    await page.reload(); // the counts are read when the intake screen opens
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.keyboard.type('chung thuc');
    const options = page.locator('#procedure-options li');
    await options.first().filter({ hasText: 'Cấp bản sao từ sổ gốc' }).waitFor();
    expect(await options.nth(1).textContent()).toContain('Chứng thực bản sao từ bản chính');
    await app.screenshot(`12f-picker-chung-thuc-${tag}`);
  });

  it('settings: the catalogue’s time limit and the backup count at their boxes', async () => {
    app = await start();
    const { page } = app;
    await page.goto(`${app.host.url}#/thiet-lap/danh-muc`);
    await page.locator('#c-value').waitFor();
    await page.locator('#c-code').fill('XA-THU');
    await page.locator('#c-field').fill('Hộ tịch');
    await page.locator('#c-value').fill('ba');
    await page.getByRole('button', { name: 'Ghi vào danh mục' }).click();
    await atField(app, 'c-name', 'Hãy nhập tên thủ tục.');
    expect(await page.locator('#c-value-error').textContent()).toBe('Thời hạn giải quyết là một số nguyên từ 0 đến 365, không phải "ba".');
    await page.locator('#c-name').fill('Thủ tục thử');
    await page.getByRole('button', { name: 'Ghi vào danh mục' }).click();
    await atField(app, 'c-value', 'không phải "ba"');
    await app.screenshot(`12f-catalogue-time-${tag}`);
    await page.locator('#c-value').fill('400');
    await page.getByRole('button', { name: 'Ghi vào danh mục' }).click();
    await atField(app, 'c-value', 'không phải 400');
    expect((await app.call('catalogue.list', { on: null })).procedures.some((p) => p.code === 'XA-THU')).toBe(false);

    await page.goto(`${app.host.url}#/thiet-lap/sao-luu`);
    await page.locator('#backup-keep').fill('0');
    await page.getByRole('button', { name: 'Lưu cài đặt sao lưu' }).click();
    await atField(app, 'backup-keep', 'Số bản sao lưu giữ lại là một số nguyên từ 1 đến 365, không phải 0.');
    await app.screenshot(`12f-backup-keep-${tag}`);
    await page.locator('#backup-keep').fill('12');
    await page.getByRole('button', { name: 'Lưu cài đặt sao lưu' }).click();
    await page.locator('#backup-keep-error').waitFor({ state: 'detached' });
    await expect.poll(async () => (await app?.call('backup.settings', {}))?.keep).toBe(12);
  });
});
