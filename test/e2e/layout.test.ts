// Issue 12, layout: at 1366×768 and 1024×768 (browser in en-US) the ledger's name, procedure, due and
// state columns are readable (wide enough, nothing cut), no screen needs a horizontal scroll bar, and
// every Settings tab keeps its fields and buttons inside the window; the ledger's CSV keeps leading zeros. Each screen is photographed to
// /tmp/screens for a person to look at.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeInput } from '../support/intake-input';
import { DESK_SIZES, type TestApp, startApp } from './harness';
import { cutOrOutside, noSideScroll } from './layout-checks';

async function log(a: TestApp, applicantName: string, receivedAt: string, procedureCode = '1.004884', idNumber = '', phone = '') {
  return a.call('dossier.create', intakeInput(procedureCode, receivedAt, applicantName, { idNumber, phone }));
}

describe.each(DESK_SIZES)('the layout at $width×$height, browser in en-US', (size) => {
  const tag = `${size.width}`;
  let app: TestApp;
  beforeAll(async () => {
    app = await startApp({ now: '2026-03-10 09:00', configured: true, locale: 'en-US', viewport: size });
    const early = await log(app, 'Nguyễn Thị Thanh Hương', '2026-03-04 08:00');
    await app.call('dossier.act', { id: early.id, expectedVersion: 1, action: { kind: 'result_ready', on: '2026-03-05', lateCause: '', digitisedResult: false, storedResult: false } });
    const extended = await log(app, 'Tôn Nữ Hoàng Bảo Ngọc', '2026-03-04 09:00');
    await app.call('dossier.act', { id: extended.id, expectedVersion: 1, action: { kind: 'extension', apologyOn: '2026-03-10', newDue: '2026-03-20', reason: 'Chờ xác minh' } });
    await log(app, 'Trần Văn Bình', '2026-02-16 09:00', '1.004884', '046190000123', '0912 345 678'); // overdue
    const waiting = await log(app, 'Phan Thị Ngọc Ánh', '2026-03-09 09:00', '1.001193');
    await app.call('dossier.act', { id: waiting.id, expectedVersion: 1, action: { kind: 'supplement_request', on: '2026-03-09', items: [{ document: 'Giấy chứng sinh', reason: 'thiếu' }] } });
  });
  afterAll(async () => {
    await app.close();
  });

  it('the ledger: name and procedure columns readable, due dates and states not cut; its CSV keeps leading zeros', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+2');
    await page.getByTestId('ledger-count').filter({ hasText: /^4 hồ sơ$/ }).waitFor();
    await app.screenshot(`12-layout-ledger-${tag}`);
    const widths = await page.evaluate<number[]>(`[...document.querySelector('.table-head.ledger-grid').children].map((c) => Math.round(c.getBoundingClientRect().width))`);
    expect(widths[1], 'name column').toBeGreaterThanOrEqual(size.width > 1100 ? 170 : 120);
    expect(widths[2], 'procedure column').toBeGreaterThanOrEqual(size.width > 1100 ? 200 : 120);
    // the header's columns start where the rows' columns start (the date columns are sized by the font)
    const rowLefts = await page.evaluate<number[]>(`[...document.querySelector('.vrow .ledger-grid').children].map((c) => Math.round(c.getBoundingClientRect().left))`);
    const headLefts = await page.evaluate<number[]>(`[...document.querySelector('.table-head.ledger-grid').children].map((c) => Math.round(c.getBoundingClientRect().left))`);
    expect(headLefts, 'header aligned with the rows').toEqual(rowLefts);
    // every cell (code, name, procedure, reception, due date with its extension, state) is shown whole
    expect(await cutOrOutside(app, '.vrow .ledger-grid > span')).toEqual([]);
    expect(await noSideScroll(app)).toBe(true);
    expect(await page.locator('.vrow').filter({ hasText: '→ 20/03/2026' }).count()).toBe(1);

    // the CSV of the view keeps the leading zeros of the CCCD and the phone for Excel, and imports back unchanged
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV (đúng bộ lọc đang xem)' }).click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv).toContain('"=""046190000123"""');
    expect(csv).toContain('"=""0912 345 678"""');
    const back = await app.call('import.plan', { fileName: 'x.csv', contentBase64: Buffer.from(csv).toString('base64') });
    expect(back.counts).toEqual({ new: 0, unchanged: 4, conflict: 0, rejected: 0 });
  });

  it('the intake, the daily lists and the alerts fit the width', async () => {
    const { page } = app;
    for (const [key, ready, name] of [
      ['Alt+1', '#procedure', 'intake'],
      ['Alt+7', '[data-testid="daily-total"]', 'daily'],
      ['Alt+3', 'h1, h2', 'alerts'],
    ] as const) {
      await page.keyboard.press(key);
      await page.locator(ready).first().waitFor();
      await app.screenshot(`12-layout-${name}-${tag}`);
      expect(await noSideScroll(app), name).toBe(true);
      expect(await cutOrOutside(app, '.content button, .content input, .content select'), name).toEqual([]);
    }
  });

  it('every Settings tab keeps its fields and buttons inside the window', async () => {
    const { page } = app;
    for (const [tab, ready] of [
      ['don-vi', 'Lưu thiết lập'],
      ['lich', 'Thêm ngày nghỉ đột xuất hoặc ngày làm bù'],
      ['danh-muc', 'Thêm thủ tục hoặc phiên bản mới'],
      ['nhap', 'Chạy thử'],
      ['sao-luu', 'Sao lưu ngay'],
      ['can-bo', 'Cán bộ làm việc ở bộ phận một cửa'],
    ] as const) {
      await page.goto(`${app.host.url}#/thiet-lap/${tab}`);
      await page.getByText(ready, { exact: true }).first().waitFor();
      await app.screenshot(`12-layout-settings-${tab}-${tag}`);
      expect(await noSideScroll(app), tab).toBe(true);
      // the tabs stay on one row, each name on one line
      const tabs = await page.evaluate<Array<{ top: number; height: number }>>(`[...document.querySelectorAll('.tabs a')].map((a) => ({ top: Math.round(a.getBoundingClientRect().top), height: a.getBoundingClientRect().height }))`);
      expect(tabs.length, tab).toBe(7);
      expect(new Set(tabs.map((t) => t.top)).size, `${tab}: tab rows`).toBe(1);
      expect(Math.max(...tabs.map((t) => t.height)), `${tab}: tab height`).toBeLessThan(40);
      expect(await cutOrOutside(app, '.content input:not([type="checkbox"]):not([type="file"]), .content select, .content button, .content .tabs a'), tab).toEqual([]);
    }
  });
});
