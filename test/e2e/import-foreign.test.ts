// The mapping step on screen: a list exported by the province's system (title, STT, a column the
// importer cannot place, a procedure named differently) shows a mapping table with the file's real
// cells; the clerk places the column, confirms the procedure, runs the dry run again and imports.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';

const LIST = [
  'DANH SÁCH HỒ SƠ ĐÃ TIẾP NHẬN',
  '',
  'STT;Mã hồ sơ;Thủ tục hành chính;Hình thức tiếp nhận;Ngày nhận;Tình trạng;Cán bộ xử lý',
  '1;T-0001;Thủ tục đăng ký lại khai sinh;Trực tiếp;05/03/2024 08:30;Đang xử lý;Lê Thị Ánh',
  '2;T-0002;Đăng ký khai sinh;Dịch vụ công;06/03/2024 09:00;Đang xử lý;Nguyễn Thị Hường',
].join('\n');

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('importing the province list on screen', () => {
  it('maps the columns with real cells, confirms the procedure and imports', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'somc-tinh-')), 'danh-sach-tinh.csv');
    writeFileSync(file, LIST);
    app = await startApp({ now: '2024-03-15 08:00', configured: true });
    const { page } = app;
    await page.goto(`${app.host.url}#/thiet-lap/nhap`);
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(file);
    await page.getByRole('button', { name: 'Chạy thử', exact: true }).click();
    const table = page.getByTestId('mapping-table');
    await table.waitFor();
    expect(await table.textContent()).toContain('Lê Thị Ánh · Nguyễn Thị Hường');
    expect(await page.getByLabel('Ghép cột Cán bộ xử lý').inputValue()).toBe('');
    expect(await page.getByLabel('Ghép cột Ngày nhận').inputValue()).toBe('ngay_nhan');
    expect(await page.getByTestId('count-rejected').textContent()).toBe('1');
    await app.screenshot('i13-mapping-1366', true);
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('i13-mapping-1024', true);

    await page.getByLabel('Ghép cột Cán bộ xử lý').selectOption('ghi_chu');
    await page.getByLabel('Thủ tục cho Thủ tục đăng ký lại khai sinh').selectOption('1.004884');
    await page.getByRole('button', { name: 'Chạy thử lại với bảng ghép này' }).click();
    await page.getByTestId('mapping-table').waitFor();
    await page.getByTestId('count-rejected').filter({ hasText: /^0$/ }).waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('2');
    await page.getByLabel('Tên mẫu ghép cột').fill('Hệ thống tỉnh');
    await page.getByRole('button', { name: 'Lưu mẫu ghép cột' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu mẫu ghép cột' }).waitFor();
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-outcome').waitFor();
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(2);
    expect((await app.call('import.profiles', {})).profiles.map((p) => p.name)).toEqual(['Hệ thống tỉnh']);
  });
});
