// Issue 12, layout of the screens layout.test.ts does not visit: the dossier (Hồ sơ) with each of its
// dialogs, the report (Báo cáo) with a cell's list, the USB handoff (Bàn giao USB) tabs with a package
// previewed, and the import of a ledger file with its mapping and decision tables — at 1366×768 and
// 1024×768, browser in en-US: nothing scrolls sideways, no button, box or list is cut or past the
// window's edge. Each screen is photographed to /tmp/screens for a person to look at.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakeInput } from '../support/intake-input';
import { DESK_SIZES, SCREENS_DIR, type TestApp, startApp } from './harness';
import { cutOrOutside, noSideScroll } from './layout-checks';
import { PASSPHRASE, loadExampleLedger, previewPackage } from './handoff-steps';
import { testApi } from '../api/helpers';
import { FOREIGN_LIST, PROVINCE_LIST } from './province-lists';

/**
 * Texts the layout squeezed: a short heading, label, button or tab (up to 30 characters) on more than one
 * line, or — in a table cell, where a long text may wrap — one word per line ("đang / giải / quyết").
 */
const squeezed = (a: TestApp, strict: string, cells: string) =>
  a.page.evaluate<string[]>(`(() => {
    const out = [];
    const check = (el, oneWordPerLine) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent || '').trim();
        const words = text.split(/\\s+/).length;
        if (words < 2 || (!oneWordPerLine && text.length > 30)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
        if (oneWordPerLine ? lines >= words : lines > 1) out.push(text);
      }
    };
    for (const el of document.querySelectorAll(${JSON.stringify(strict)})) check(el, false);
    for (const el of document.querySelectorAll(${JSON.stringify(cells)})) check(el, true);
    return out;
  })()`);

const TEXTS = 'h1, h2, h3, h4, label, button, .tabs a';
const CELLS = '.list-table th, .list-table td';
const within = (scope: string, selectors: string) =>
  selectors
    .split(', ')
    .map((t) => `${scope} ${t}`)
    .join(', ');

const CONTROLS = 'button, input:not([type="checkbox"]):not([type="radio"]):not([type="file"]), select, textarea, .tabs a';

async function fits(a: TestApp, name: string, scope = '.content'): Promise<void> {
  expect(await noSideScroll(a), `${name}: sideways scroll`).toBe(true);
  const selector = CONTROLS.split(', ')
    .map((c) => `${scope} ${c}`)
    .join(', ');
  expect(await cutOrOutside(a, selector), `${name}: cut or outside`).toEqual([]);
  expect(await squeezed(a, within(scope, TEXTS), within(scope, CELLS)), `${name}: squeezed texts`).toEqual([]);
}

describe.each(DESK_SIZES)('the other screens at $width×$height, browser in en-US', (size) => {
  const tag = `${size.width}`;
  let app: TestApp;
  let dossierId = '';
  const files: string[] = [];
  let folder = '';
  beforeAll(async () => {
    app = await startApp({ now: '2024-03-20 09:30', configured: true, locale: 'en-US', viewport: size });
    expect(await loadExampleLedger(app)).toBe(78);
    const d = await app.call(
      'dossier.create',
      intakeInput('1.012786', '2024-03-05 14:10', 'Tôn Nữ Hoàng Bảo Ngọc', {
        channel: 'truc_tuyen_mot_phan',
        idNumber: '046185000777',
        phone: '0935 111 222',
        address: 'thôn Hòa Bắc, xã Hương Hữu, huyện Nam Đông, tỉnh Thừa Thiên Huế',
        documents: [{ name: 'Đơn đề nghị cấp lại Giấy chứng nhận quyền sử dụng đất', form: 'Bản chính', quantity: 1 }],
      }),
    );
    dossierId = d.id;
    await app.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'hand_over', on: '2024-03-06', to: 'Công chức Địa chính - Xây dựng - Nông nghiệp và Môi trường', note: '' } });
    await app.call('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'extension', apologyOn: '2024-03-18', newDue: '2024-03-29', reason: 'Chờ kết quả đo đạc lại thửa đất' } });
    await app.call('dossier.create', intakeInput('1.001193', '2024-03-05 14:00', 'Lê Văn Cường'));
    folder = mkdtempSync(path.join(tmpdir(), 'somc-layout-'));
    for (const [name, text] of [
      ['danh-sach-tinh.csv', FOREIGN_LIST],
      ['danh-sach-tinh-co-ma.csv', PROVINCE_LIST],
    ] as const) {
      const file = path.join(folder, name);
      writeFileSync(file, text);
      files.push(file);
    }
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('the dossier screen and each of its dialogs', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/ho-so/${dossierId}`);
    await page.getByRole('heading', { name: 'Lịch sử xử lý' }).waitFor();
    await app.screenshot(`12l-dossier-${tag}`);
    await fits(app, 'dossier');
    for (const [button, name] of [
      ['Chuyển xử lý', 'hand-over'],
      ['Yêu cầu bổ sung', 'supplement'],
      ['Có kết quả', 'result'],
      ['Rút / dừng / từ chối', 'end'],
      ['Sửa thông tin', 'edit'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.locator('dialog[open]');
      await dialog.waitFor();
      if (name === 'supplement') await page.getByRole('button', { name: '+ Thêm giấy tờ' }).click();
      if (name === 'edit') await expect.poll(() => page.locator('#procedure').inputValue()).toContain('Cấp lại'); // the catalogue is read as the dialog opens
      await app.screenshot(`12l-dossier-${name}-${tag}`);
      expect(await cutOrOutside(app, CONTROLS.split(', ').map((c) => `dialog[open] ${c}`).join(', ')), `${name} dialog`).toEqual([]);
      expect(await squeezed(app, within('dialog[open]', TEXTS), within('dialog[open]', CELLS)), `${name} dialog: squeezed texts`).toEqual([]);
      const box = await dialog.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= size.width, `${name} dialog inside the window`).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
    }
  });

  it('the report with a cell’s list', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+4');
    await page.getByTestId('report-period').waitFor();
    await page.getByLabel('Kỳ báo cáo').selectOption('Q1');
    await page.getByLabel('Cách tính kỳ').selectOption('calendar');
    await page.getByTestId('report-period').filter({ hasText: 'Quý I năm 2024' }).waitFor();
    await app.screenshot(`12l-report-${tag}`);
    await fits(app, 'report');
    await page.locator('[data-cell="total|pending_overdue"]').click();
    await page.getByTestId('cell-list').waitFor();
    await app.screenshot(`12l-report-cell-${tag}`, true);
    await page.getByTestId('cell-list').screenshot({ path: path.join(SCREENS_DIR, `12l-report-cell-list-${tag}.png`) });
    await fits(app, 'report cell list');
  });

  it('the USB handoff: each tab, the export wizard, a package with a conflict previewed, imported and settled', async () => {
    const { page } = app;
    for (const [tab, ready] of [
      ['xuat', 'Chọn loại gói'],
      ['xung-dot', 'Không có xung đột nào đang chờ chọn.'],
      ['cap-nhat', 'Nơi gửi cập nhật quy định'],
    ] as const) {
      await page.goto(`${app.host.url}#/ban-giao/${tab}`);
      await page.getByRole('heading', { name: 'Bàn giao USB' }).waitFor();
      await page.getByText(ready, { exact: true }).first().waitFor();
      await app.screenshot(`12l-handoff-${tab}-${tag}`);
      await fits(app, `handoff ${tab}`);
    }
    // the export wizard, step by step
    await page.goto(`${app.host.url}#/ban-giao/xuat`);
    await page.getByRole('radio', { name: /Gói đầy đủ/ }).check();
    await page.getByLabel('Mật khẩu của gói').fill(PASSPHRASE);
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSPHRASE);
    await fits(app, 'handoff export, full');
    await page.getByRole('button', { name: 'Tiếp theo: chọn nơi lưu' }).click();
    await page.getByRole('heading', { name: 'Chọn nơi lưu gói' }).waitFor();
    await page.locator('[data-testid="no-drives"], .drive-list').first().waitFor();
    await page.getByLabel('Đường dẫn thư mục (trên máy đang chạy Sổ Một Cửa)').fill(folder);
    await app.screenshot(`12l-handoff-destination-${tag}`);
    await fits(app, 'handoff destination');
    await page.getByRole('button', { name: 'Tiếp theo', exact: true }).click();
    await page.getByRole('heading', { name: 'Ghi gói' }).waitFor();
    await fits(app, 'handoff confirm');
    await page.getByRole('button', { name: 'Ghi gói', exact: true }).click();
    await page.getByTestId('export-result').waitFor();
    await app.screenshot(`12l-handoff-written-${tag}`);
    await fits(app, 'handoff written');
    const written = (await page.getByTestId('export-path').textContent()) ?? '';

    // the other desk takes the package, logs two dossiers and changes one that this desk changes too
    const desk = await testApi('2024-03-20 09:40');
    const taken = await desk.call('handoff.preview', { source: { kind: 'path', path: written }, passphrase: PASSPHRASE, trustNewUnit: false });
    if (taken.status !== 'ready') throw new Error(taken.message);
    await desk.call('handoff.import', { previewId: taken.previewId });
    await desk.call('settings.update', { deskNumber: 2 });
    for (const [name, at] of [
      ['Hoàng Thị Thu Trang', '2024-03-18 08:10'],
      ['Nguyễn Phước Bảo Long', '2024-03-19 15:40'],
    ] as const) {
      await desk.call('dossier.create', intakeInput('1.004873', at, name, { address: 'thôn Hòa Bắc, xã Hương Hữu' }));
    }
    const { version } = await app.call('dossier.get', { id: dossierId });
    await desk.call('dossier.act', { id: dossierId, expectedVersion: version, action: { kind: 'correct', field: 'phone', value: '0905 000 111', reason: 'Gõ nhầm số' } });
    await app.call('dossier.act', { id: dossierId, expectedVersion: version, action: { kind: 'correct', field: 'address', value: 'thôn 5, xã Hương Hữu', reason: 'Công dân chuyển nhà' } });
    const back = await desk.call('handoff.export', { kind: 'full', folder, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });

    expect(await previewPackage(app, back.path, PASSPHRASE)).toBe('ready');
    expect(await page.getByTestId('count-new').textContent()).toBe('2');
    expect(await page.getByTestId('count-conflict').textContent()).toBe('1');
    await app.screenshot(`12l-handoff-import-preview-${tag}`, true);
    await fits(app, 'handoff import preview');
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-package-outcome').waitFor();
    await fits(app, 'handoff imported');
    await page.goto(`${app.host.url}#/ban-giao/xung-dot`);
    await page.getByTestId('conflict').waitFor();
    await app.screenshot(`12l-handoff-conflict-${tag}`, true);
    await fits(app, 'handoff conflict');
  });

  it('the import of a ledger file: the mapping table, then the decision table', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/thiet-lap/nhap`);
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(files[0] ?? '');
    await page.getByRole('button', { name: 'Chạy thử', exact: true }).click();
    await page.getByTestId('mapping-table').waitFor();
    await app.screenshot(`12l-import-mapping-${tag}`, true);
    await fits(app, 'import mapping');

    await page.goto(`${app.host.url}#/thiet-lap/nhap`);
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(files[1] ?? '');
    await page.getByRole('button', { name: 'Chạy thử', exact: true }).click();
    await page.getByTestId('decision-table').waitFor();
    await page.getByTestId('decision-table').scrollIntoViewIfNeeded();
    await app.screenshot(`12l-import-decisions-${tag}`, true);
    await fits(app, 'import decisions');
  });

  it('the side navigation on one line (the chosen item in bold, the day’s count beside it); the day’s lists roomy and reached from the keyboard', async () => {
    const { page } = app;
    await page.goto(`${app.host.url}#/`);
    for (const key of ['1', '2', '3', '4', '5', '6', '7']) {
      await page.keyboard.press(`Alt+${key}`);
      await page.locator(`.sidebar a.active:has(.kbd:text-is("Alt+${key}"))`).waitFor({ state: 'attached' });
      if (key === '7') expect(Number(await page.getByTestId('daily-total').getAttribute('data-total'))).toBeGreaterThan(9);
      expect(await squeezed(app, '.sidebar li a > span', 'none'), `side navigation with Alt+${key} chosen`).toEqual([]);
      expect(await cutOrOutside(app, '.sidebar li a'), `side navigation with Alt+${key} chosen`).toEqual([]);
      const overlapping = await page.evaluate<string[]>(`[...document.querySelectorAll('.sidebar li a')]
        .filter((a) => {
          const kbd = a.querySelector('.kbd').getBoundingClientRect();
          return kbd.width > 0 && a.querySelector(':scope > span').getBoundingClientRect().right > kbd.left - 2;
        })
        .map((a) => a.textContent)`);
      expect(overlapping, `labels running into their shortcut with Alt+${key} chosen`).toEqual([]);
    }
    await app.screenshot(`12l-nav-today-${tag}`);
    // the day's lists (63 results to hand back here) give the procedure its room: no row taller than 3 lines
    const rowHeights = await page.evaluate<number[]>(`[...document.querySelectorAll('.daily-table tr')].map((tr) => tr.getBoundingClientRect().height)`);
    expect(rowHeights.length).toBeGreaterThan(20);
    expect(Math.max(...rowHeights), 'tallest row of the daily lists').toBeLessThan(3.2 * 21);
    // each line is reached from the keyboard: its code is a link to the dossier
    const first = page.getByTestId('daily-ready_to_return').getByRole('link').first();
    const code = (await first.textContent()) ?? '';
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: code }).waitFor();
  });
});
