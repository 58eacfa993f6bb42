// Issue 15 in the browser, at 1366×768 with an en-US browser: a restore that would drop a signed period
// names it and goes ahead only with the chairman's PIN (a wrong one changes nothing), and an .xlsx with
// several worksheets shows them, the one read, and dry-runs and writes the one picked.
// Screenshots: /tmp/screens/i15-*.png.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/text/csv';
import { type TestApp, startApp } from './harness';
import { earlierRun, intake } from './startup-ledgers';
import { staleIndex } from '../reliability/helpers';
import { FIXTURE_CSV } from '../support/domain-fixtures';

const SCREEN = { viewport: { width: 1366, height: 768 }, locale: 'en-US' } as const;
const PIN = '583941';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

function signoffsOf(file: string): Array<{ period_key: string; signer_name: string; figures: string }> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT period_key, signer_name, figures FROM period_signoffs ORDER BY id').all() as never;
  } finally {
    db.close();
  }
}

const keptAside = (dir: string) => readdirSync(dir).filter((f) => /^so\.cu-.*\.db$/.test(f));
const keptDamaged = (dir: string) => readdirSync(dir).filter((f) => /^so\.hong-.*\.db$/.test(f));

describe('restoring a backup taken before a sign-off (Thiết lập › Sao lưu)', () => {
  it('names the signed period, refuses a badly shaped or wrong PIN without restoring, restores with the right one', async () => {
    app = await startApp({ now: '2024-04-02 09:00', configured: true, ...SCREEN });
    const { page } = app;
    await app.call('dossier.create', intake('Nguyễn Văn An', '2024-04-02 08:30'));
    await app.call('backup.now', {});
    await app.call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
    await app.call('report.signOff', { period: '2024-Q1', rule: 'nd09', signerName: 'Hồ Văn Ẩn', pin: PIN });
    const signed = signoffsOf(app.ledgerFile);
    expect(signed).toHaveLength(1);

    await page.goto(`${app.host.url}#/thiet-lap/sao-luu`);
    await page.locator('.backup-table tbody tr', { hasText: 'sao lưu thủ công' }).first().getByRole('button', { name: 'Khôi phục bản này' }).click();
    const dialog = page.getByRole('dialog', { name: 'Khôi phục sổ từ bản sao lưu' });
    await dialog.getByRole('button', { name: 'Khôi phục', exact: true }).click();

    const prompt = dialog.getByRole('form', { name: 'Cần mã PIN của Chủ tịch' });
    await prompt.waitFor();
    expect(await prompt.getByTestId('signed-periods-at-risk').textContent()).toBe('Quý I năm 2024');
    const pin = prompt.getByLabel('Mã PIN của Chủ tịch (6–12 chữ số)');
    expect(await pin.getAttribute('type')).toBe('password');
    await app.screenshot('i15-restore-pin');

    // Not 6–12 digits: refused on the screen, nothing sent.
    await pin.fill('12ab');
    await prompt.getByRole('button', { name: 'Khôi phục với mã PIN' }).click();
    await prompt.getByRole('alert').filter({ hasText: 'Mã PIN gồm 6 đến 12 chữ số.' }).waitFor();

    // A wrong PIN: the API's Vietnamese refusal, the ledger untouched.
    await pin.fill('111111');
    await prompt.getByRole('button', { name: 'Khôi phục với mã PIN' }).click();
    await prompt.getByRole('alert').filter({ hasText: 'Mã PIN không đúng; chưa khôi phục, sổ hiện tại giữ nguyên.' }).waitFor();
    await app.screenshot('i15-restore-wrong-pin');
    expect(keptAside(app.dir)).toEqual([]);
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(1);

    await pin.fill(PIN);
    await prompt.getByRole('button', { name: 'Khôi phục với mã PIN' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã khôi phục sổ: 1 hồ sơ.' }).waitFor();
    await dialog.waitFor({ state: 'detached' });
    expect(keptAside(app.dir)).toHaveLength(1);
    // The sign-off survived the restore: same period, signer and frozen figures.
    expect(signoffsOf(app.ledgerFile)).toEqual(signed);
  });
});


describe('restoring a backup taken before a sign-off (start-up screen)', () => {
  it('the start-up screen names the signed period, shows a wrong PIN refused, and sends the right one with the restore', async () => {
    app = await startApp({
      now: '2024-04-02 09:00',
      ...SCREEN,
      // The background integrity check may block the ledger before the page first loads.
      waitFor: '.shell, .wizard, .startup',
      prepare: async (file) => {
        await earlierRun(file, '2024-04-02 08:00', async (run) => {
          await run.call('dossier.create', intake('Nguyễn Thị Hoà', '2024-04-02 07:30'));
          run.setNow('2024-04-02 08:10');
          await run.call('backup.now', {});
          await run.call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
          await run.call('report.signOff', { period: '2024-Q1', rule: 'nd09', signerName: 'Hồ Văn Ẩn', pin: PIN });
        });
        staleIndex(file);
      },
    });
    const signed = signoffsOf(app.ledgerFile);
    expect(signed).toHaveLength(1);
    // The background integrity check finds the damage and blocks the ledger; the page then shows it.
    for (let i = 0; i < 100 && (await app.call('startup.status', {})).phase !== 'blocked'; i++) await new Promise((r) => setTimeout(r, 200));
    const { page } = app;
    await page.reload();
    await page.locator('.startup').waitFor();
    await page.getByRole('button', { name: /^Khôi phục từ bản sao lưu gần nhất còn tốt/ }).click();

    const prompt = page.getByRole('form', { name: 'Cần mã PIN của Chủ tịch' });
    await prompt.waitFor();
    expect(await prompt.getByTestId('signed-periods-at-risk').textContent()).toBe('Quý I năm 2024');
    const pin = prompt.getByLabel('Mã PIN của Chủ tịch (6–12 chữ số)');
    await pin.fill('222222');
    await prompt.getByRole('button', { name: 'Khôi phục với mã PIN' }).click();
    await prompt.getByRole('alert').filter({ hasText: 'Mã PIN không đúng; chưa khôi phục, sổ hiện tại giữ nguyên.' }).waitFor();
    expect(keptAside(app.dir)).toEqual([]);
    await app.screenshot('i15-startup-pin', true);

    // The right PIN passes the check; this damage (seen only by the full check) fails the safety backup
    // taken before a restore, so the damaged ledger is kept aside as it was (so.hong-….db) and the restore
    // goes on, the sign-off carried over.
    await pin.fill(PIN);
    await prompt.getByRole('button', { name: 'Khôi phục với mã PIN' }).click();
    for (let i = 0; i < 100 && keptDamaged(app.dir).length === 0; i++) await new Promise((r) => setTimeout(r, 200));
    expect(keptDamaged(app.dir)).toHaveLength(1);
    for (let i = 0; i < 100 && (await app.call('startup.status', {})).phase !== 'ready'; i++) await new Promise((r) => setTimeout(r, 200));
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(1);
    expect(signoffsOf(app.ledgerFile)).toEqual(signed);
  });
});

const FIXTURE = FIXTURE_CSV;

/** The example ledger split over two worksheets: its first 30 dossiers, then the other 48. */
async function twoSheetWorkbook(file: string): Promise<void> {
  const [header, ...records] = parseCsv(readFileSync(FIXTURE, 'utf8')).map((r) => r.cells);
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ['Tháng đầu', records.slice(0, 30)],
    ['Phần còn lại', records.slice(30)],
  ] as const) {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(header!);
    for (const r of rows) sheet.addRow(r);
  }
  await workbook.xlsx.writeFile(file);
}

describe('importing an .xlsx with several worksheets', () => {
  it('shows the sheets and the one read; another picked is dry-run again, and "Nhập vào sổ" writes that one', async () => {
    app = await startApp({ now: '2024-03-15 08:00', configured: true, ...SCREEN });
    const { page } = app;
    const file = path.join(app.dir, 'so-theo-doi.xlsx');
    await twoSheetWorkbook(file);

    await page.goto(`${app.host.url}#/thiet-lap/nhap`);
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(file);
    await page.getByRole('button', { name: 'Chạy thử' }).click();
    await page.getByTestId('import-plan').waitFor();
    const choice = page.getByTestId('sheet-choice');
    expect(await choice.textContent()).toContain('Tệp có 2 trang tính; đang đọc trang “Tháng đầu”.');
    expect(await page.getByTestId('count-new').textContent()).toBe('30');
    const select = page.getByLabel('Trang tính', { exact: true });
    expect(await select.locator('option').allTextContents()).toEqual(['Tháng đầu', 'Phần còn lại']);
    await app.screenshot('i15-import-sheets');

    await select.selectOption('Phần còn lại');
    await page.getByTestId('sheet-read').filter({ hasText: '“Phần còn lại”' }).waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('48');
    expect(await page.getByLabel('Trang tính', { exact: true }).inputValue()).toBe('Phần còn lại');
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(0);
    await app.screenshot('i15-import-other-sheet');

    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-outcome').waitFor();
    expect(await page.getByTestId('import-outcome').textContent()).toContain('thêm mới 48');
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(48);
    // The 48 written are the second sheet's: its first dossier is there, the first sheet's is not.
    const [first, second] = [records(0), records(30)];
    expect((await app.call('dossier.count', { filter: { text: second } })).count).toBe(1);
    expect((await app.call('dossier.count', { filter: { text: first } })).count).toBe(0);
  });
});

/** The code of the example ledger's dossier at `index` (0-based, after the header). */
function records(index: number): string {
  const rows = parseCsv(readFileSync(FIXTURE, 'utf8')).map((r) => r.cells);
  return rows[index + 1]![0]!;
}
