// Issue 12, dates in every dialog: supplement request and return, result, hand-back, apology with a new
// due date, withdrawal, and the Mẫu 07 range, in Chromium with the browser's language set to en-US, at
// 1366×768 and 1024×768. Each box shows today as dd/mm/yyyy, takes a typed dd/mm/yyyy, and answers a
// wrong date at the box in Vietnamese (marked, focused, in view); what is stored is the date typed.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../documents/read-pdf';
import { intakeInput } from '../support/intake-input';
import { DESK_SIZES, type TestApp, startApp } from './harness';

const NOW = '2026-03-10 09:00'; // a Tuesday
const TODAY = '10/03/2026';

async function log(a: TestApp, applicantName: string, receivedAt: string) {
  return a.call('dossier.create', intakeInput('1.004884', receivedAt, applicantName, { address: 'thôn 2, xã Hương Hữu' })); // 5 working days
}

/** The element is inside the window (not scrolled away, not cut by the edges). */
async function inView(a: TestApp, selector: string): Promise<boolean> {
  const box = await a.page.locator(selector).boundingBox();
  const size = a.page.viewportSize();
  return box !== null && size !== null && box.width > 0 && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

describe.each(DESK_SIZES)('the dates of every dialog at $width×$height, browser in en-US', (size) => {
  const tag = `${size.width}`;
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp({ now: NOW, configured: true, locale: 'en-US', viewport: size });
  });
  afterAll(async () => {
    await app.close();
  });

  /** Opens an action of a dossier, checks its date box starts at today, and refuses `bad` at the box. */
  async function tryBadDate(id: string, action: string, box: string, submit: string, bad: string, message: string) {
    const { page } = app;
    await page.goto(`${app.host.url}#/ho-so/${id}`);
    await page.getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: action });
    await dialog.waitFor();
    expect(await page.locator('input[type="date"], input[type="time"], input[type="datetime-local"]').count()).toBe(0);
    const input = page.getByLabel(box);
    expect(await input.inputValue(), `${action}: today`).toBe(TODAY);
    await input.fill(bad);
    await page.getByRole('button', { name: submit }).click();
    const boxId = (await input.getAttribute('id')) ?? '';
    const error = page.locator(`#${boxId}-error`);
    await error.waitFor();
    expect(await error.textContent(), action).toBe(message);
    await page.locator(`#${boxId}:focus`).waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await inView(app, `#${boxId}-error`), `${action}: message in view`).toBe(true);
    await app.screenshot(`12-dialog-${boxId}-${action.replace(/[^a-z]/gi, '')}-${tag}`);
  }

  async function submitGood(box: string, good: string, submit: string, action: string) {
    const { page } = app;
    await page.getByLabel(box).fill(good);
    await page.getByRole('button', { name: submit }).click();
    await page.getByRole('dialog', { name: action }).waitFor({ state: 'detached' });
  }

  it('supplement request and return, result and hand-back', async () => {
    const d = await log(app, 'Trần Văn Bình', '2026-03-02 08:00');
    await tryBadDate(d.id, 'Yêu cầu bổ sung', 'Ngày yêu cầu bổ sung', 'Ghi yêu cầu bổ sung', '31/02/2026', 'Không có ngày 31/02/2026: tháng 2 năm 2026 chỉ có 28 ngày.');
    await app.page.getByLabel('Giấy tờ cần bổ sung 1').fill('Bản sao giấy khai sinh của cha');
    await submitGood('Ngày yêu cầu bổ sung', '03/03/2026', 'Ghi yêu cầu bổ sung', 'Yêu cầu bổ sung');
    await tryBadDate(d.id, 'Nhận hồ sơ bổ sung', 'Ngày nhận đủ hồ sơ bổ sung', 'Ghi đã nhận bổ sung', '5/3', '"5/3" không phải là ngày: hãy ghi theo dạng ngày/tháng/năm, ví dụ 04/03/2026.');
    await submitGood('Ngày nhận đủ hồ sơ bổ sung', '05/03/2026', 'Ghi đã nhận bổ sung', 'Nhận hồ sơ bổ sung');
    await tryBadDate(d.id, 'Có kết quả', 'Ngày có kết quả', 'Ghi có kết quả', '06/13/2026', 'Không có tháng 13: tháng từ 1 đến 12 (dạng ngày/tháng/năm, ví dụ 04/03/2026).');
    await submitGood('Ngày có kết quả', '06/03/2026', 'Ghi có kết quả', 'Có kết quả');
    await tryBadDate(d.id, 'Trả kết quả', 'Ngày trả kết quả', 'Ghi đã trả kết quả', '09/03/1826', 'Năm 1826 không hợp lệ (dạng ngày/tháng/năm, ví dụ 04/03/2026).');
    await submitGood('Ngày trả kết quả', '09/03/2026', 'Ghi đã trả kết quả', 'Trả kết quả');
    const stored = await app.call('dossier.get', { id: d.id });
    expect(stored).toMatchObject({ supplements: [{ requestedOn: '2026-03-03', returnedOn: '2026-03-05' }], endedOn: '2026-03-06', returnedOn: '2026-03-09' });
    // the timeline reads the dates back as dd/mm/yyyy
    const timeline = (await app.page.locator('.timeline').textContent()) ?? '';
    expect(timeline).toContain('03/03/2026');
    expect(timeline).not.toMatch(/\b03\/06\/2026|\b2026-03-0\d/);
  });

  it('the apology with its new due date, and a withdrawal', async () => {
    const late = await log(app, 'Lê Thị Mai', '2026-03-04 08:00'); // due Wed 11/03/2026
    expect(late.due).toBe('2026-03-11');
    await tryBadDate(late.id, 'Xin lỗi, gia hạn', 'Ngày văn bản xin lỗi', 'Ghi xin lỗi và gia hạn', '10-03-2026x', '"10-03-2026x" không phải là ngày: hãy ghi theo dạng ngày/tháng/năm, ví dụ 04/03/2026.');
    const { page } = app;
    await page.getByLabel('Ngày văn bản xin lỗi').fill(TODAY);
    await page.getByLabel('Ngày hẹn trả mới').fill('30/02/2026');
    await page.getByLabel('Lý do chậm trễ').fill('Chờ xác minh của công an xã');
    await page.getByRole('button', { name: 'Ghi xin lỗi và gia hạn' }).click();
    await page.locator('#act-new-due-error').filter({ hasText: 'Không có ngày 30/02/2026' }).waitFor();
    await page.locator('#act-new-due:focus').waitFor();
    expect(await page.locator('#act-on-error').count()).toBe(0);
    await submitGood('Ngày hẹn trả mới', '20/03/2026', 'Ghi xin lỗi và gia hạn', 'Xin lỗi, gia hạn');
    expect(await app.call('dossier.get', { id: late.id })).toMatchObject({ apologyOn: '2026-03-10', extensionDue: '2026-03-20' });

    const withdrawn = await log(app, 'Đỗ Văn Hùng', '2026-03-09 08:00');
    await tryBadDate(withdrawn.id, 'Rút / dừng / từ chối', 'Ngày kết thúc', 'Ghi kết thúc hồ sơ', '', 'Hãy nhập ngày (dạng ngày/tháng/năm, ví dụ 04/03/2026).');
    await page.getByLabel('Lý do', { exact: true }).fill('Công dân xin rút để bổ sung giấy tờ');
    await submitGood('Ngày kết thúc', '09/03/2026', 'Ghi kết thúc hồ sơ', 'Rút / dừng / từ chối');
    expect(await app.call('dossier.get', { id: withdrawn.id })).toMatchObject({ ending: 'rut', endedOn: '2026-03-09' });
  });

  it('the Mẫu 07 range: dd/mm/yyyy boxes, checked at the box, and the book of that range', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+2');
    await page.getByRole('button', { name: 'In sổ theo dõi (Mẫu 07)' }).click();
    const from = page.getByLabel('Tiếp nhận từ ngày');
    const to = page.getByLabel('Tiếp nhận đến ngày');
    expect(await from.inputValue()).toBe('01/03/2026');
    expect(await to.inputValue()).toBe(TODAY);
    await to.fill('31/04/2026');
    await page.getByRole('button', { name: 'Lưu PDF' }).click();
    await page.locator('#book-to-error').filter({ hasText: 'Không có ngày 31/04/2026: tháng 4 năm 2026 chỉ có 30 ngày.' }).waitFor();
    await page.locator('#book-to:focus').waitFor();
    expect(await inView(app, '#book-to-error')).toBe(true);
    await app.screenshot(`12-dialog-book-range-${tag}`);
    await from.fill('03/03/2026');
    await to.fill('09/03/2026');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lưu PDF' }).click();
    const text = (await readPdf(readFileSync((await (await download).path()) ?? ''))).map((p) => p.text).join(' ');
    // the book holds the range typed: received 04/03 and 09/03, not 02/03
    expect(text).toContain('Lê Thị Mai');
    expect(text).toContain('Đỗ Văn Hùng');
    expect(text).not.toContain('Trần Văn Bình');
    expect(text).toContain('04/03/2026');
  });
});
