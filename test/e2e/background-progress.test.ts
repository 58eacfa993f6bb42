// The heavy work the desk starts from its screens runs in the worker and shows a progress bar saying what is
// being done (issue 14 §1): "Sao lưu ngay" and the full integrity check in Thiết lập › Sao lưu on a ledger of
// ~100 MB, the report and ledger exports downloaded by the browser, a dossier's form saved as PDF. The
// screen keeps answering meanwhile.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readPdf } from '../documents/read-pdf';
import { type TestApp, startApp } from './harness';
import { intake } from './startup-ledgers';
import { bigLedger } from '../support/big-ledger';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('progress of the work done in the background', () => {
  it('Sao lưu ngay and the full integrity check show what they are doing, then their result', async () => {
    app = await startApp({ now: '2024-03-12 10:00', configured: true, prepare: (file) => bigLedger(file), viewport: { width: 1366, height: 768 } });
    const { page } = app;
    await page.goto(`${app.host.url}#/thiet-lap/sao-luu`);
    await page.getByRole('heading', { name: 'Kiểm tra toàn vẹn sổ' }).waitFor();

    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    const bar = page.getByTestId('job-progress');
    await page.getByTestId('job-label').filter({ hasText: /^Đang (chép sổ vào|kiểm tra toàn vẹn bản sao)/ }).waitFor({ timeout: 60_000 });
    expect(await bar.getByRole('button', { name: 'Hủy' }).count()).toBe(0); // a backup is not stopped half-way
    await app.screenshot('40-backup-progress-1366');
    // The screen answers meanwhile: another tab opens and shows its data.
    await page.goto(`${app.host.url}#/thiet-lap/don-vi`);
    await page.getByRole('button', { name: 'Lưu thiết lập' }).waitFor();
    await page.goto(`${app.host.url}#/thiet-lap/sao-luu`);
    await page.locator('.backup-table tbody tr', { hasText: 'sao lưu thủ công' }).first().waitFor({ timeout: 120_000 });

    await page.getByRole('button', { name: 'Kiểm tra toàn vẹn đầy đủ' }).click();
    await page.getByTestId('job-label').filter({ hasText: /^Đang (kiểm tra toàn vẹn đầy đủ [\d.]+ trang|chờ việc sao lưu)/ }).waitFor({ timeout: 60_000 });
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('41-integrity-progress-1024');
    const result = page.getByTestId('last-integrity');
    await result.filter({ hasText: 'Tốt: mọi trang và mọi chỉ mục của sổ đều đọc đúng.' }).waitFor({ timeout: 120_000 });
    expect(await result.textContent()).toMatch(/Lần kiểm tra đầy đủ gần nhất: \d{2}:\d{2} ngày 12\/03\/2024 \(mất [\d,]+ giây\)/);
    await bar.waitFor({ state: 'detached' });
    await app.screenshot('42-integrity-result-1024', true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.screenshot('43-backup-tab-1366', true);
  }, 300_000);

  it('exports and a dossier’s form saved as PDF come as downloads in the browser, made in the worker', async () => {
    app = await startApp({ now: '2024-04-02 10:00', configured: true });
    const { page } = app;
    const d = await app.call('dossier.create', intake('Nguyễn Văn An', '2024-03-12 09:30'));

    await page.goto(`${app.host.url}#/ho-so/${d.id}`);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lưu PDF Mẫu 01' }).click()]);
    expect(pdf.suggestedFilename()).toBe(`Mau01-giay-tiep-nhan-${d.code}.pdf`);
    const receipt = (await readPdf(readFileSync((await pdf.path()) ?? ''))).map((p) => p.text).join(' ');
    expect(receipt).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    await app.screenshot('44-dossier-forms-1366');
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('45-dossier-forms-1024');

    await page.keyboard.press('Alt+2');
    await page.getByTestId('ledger-count').filter({ hasText: '1 hồ sơ' }).waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV (đúng bộ lọc đang xem)' }).click()]);
    expect(readFileSync((await csv.path()) ?? '', 'utf8')).toContain('Nguyễn Văn An');

    await page.keyboard.press('Alt+4');
    await page.getByTestId('report-period').waitFor();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất Excel' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^Bao-cao-2024-Q\d-nd09\.xlsx$/);
    expect(readFileSync((await xlsx.path()) ?? '').subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  }, 120_000);
});
