// The mapping step on screen: a list exported by the province's system (title, STT, a column the
// importer cannot place, a procedure named differently) shows a mapping table with the file's real
// cells; the clerk places the column, confirms the procedure, runs the dry run again and imports. A
// province .xls with several sheets (one hidden): the sheets are shown, the second one is picked and
// imported, its hidden row named and its phone number stored as a number given back its zero.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { xlsFile } from '../import/xls-writer';
import { type TestApp, startApp } from './harness';
import { FOREIGN_LIST } from './province-lists';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('importing the province list on screen', () => {
  it('maps the columns with real cells, confirms the procedure and imports', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'somc-tinh-')), 'danh-sach-tinh.csv');
    writeFileSync(file, FOREIGN_LIST);
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

const PROVINCE_HEADER = ['STT', 'Số hồ sơ', 'Mã TTHC', 'Thủ tục hành chính', 'Kênh tiếp nhận', 'Ngày nhận', 'Tình trạng', 'Chủ hồ sơ', 'Số điện thoại'];
const provinceRow = (n: number, phone: string | number) => [n, `T-${n}`, '1.004873', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Trực tiếp', '04/03/2024 09:00', 'Đang xử lý', 'Nguyễn Văn An', phone];
const provinceSheet = (rows: (string | number)[][]) => [['DANH SÁCH HỒ SƠ ĐÃ TIẾP NHẬN'], [], PROVINCE_HEADER, ...rows];

describe('a province .xls with several sheets on the import screen (en-US browser)', () => {
  it.each([
    [1366, 768],
    [1024, 768],
  ])('at %i×%i: shows the sheets (the hidden one marked), picks the second, names its hidden row and imports it', async (width, height) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'somc-tinh-')), 'danh-sach-tinh.xls');
    writeFileSync(
      file,
      xlsFile([
        { name: 'Tháng 2', rows: provinceSheet([provinceRow(1, '0905123456')]) },
        { name: 'Danh mục', hidden: 'hidden', rows: [['Mã', 'Tên'], ['1.004873', 'Xác nhận tình trạng hôn nhân']] },
        { name: 'Tháng 3', rows: provinceSheet([provinceRow(2, '0905123457'), provinceRow(3, 378123456), provinceRow(4, '0905123459')]), hiddenRows: [6] },
      ]),
    );
    app = await startApp({ now: '2024-03-15 08:00', configured: true, viewport: { width, height }, locale: 'en-US' });
    const { page } = app;
    await page.goto(`${app.host.url}#/thiet-lap/nhap`);
    await page.getByLabel('Chọn tệp sổ theo dõi').setInputFiles(file);
    await page.getByRole('button', { name: 'Chạy thử', exact: true }).click();
    await page.getByTestId('import-plan').waitFor();
    expect(await page.getByTestId('sheet-choice').textContent()).toContain('Tệp có 3 trang tính; đang đọc trang “Tháng 2”.');
    expect(await page.getByTestId('count-new').textContent()).toBe('1');
    const select = page.getByLabel('Trang tính', { exact: true });
    expect(await select.locator('option').allTextContents()).toEqual(['Tháng 2', 'Danh mục (trang ẩn)', 'Tháng 3']);

    await select.selectOption('Tháng 3');
    await page.getByTestId('sheet-read').filter({ hasText: '“Tháng 3”' }).waitFor();
    expect(await page.getByTestId('count-new').textContent()).toBe('3');
    expect(await page.getByLabel('Trang tính', { exact: true }).inputValue()).toBe('Tháng 3');
    const plan = page.getByTestId('import-plan');
    expect(await plan.textContent()).toContain('1 dòng bị ẩn trong Excel nhưng vẫn được nhập như mọi dòng khác: dòng 6.');
    expect(await plan.textContent()).toContain('Đã thêm lại số 0 ở đầu số định danh / số điện thoại mà bảng tính đã làm mất (theo độ dài đã biết) ở dòng 5.');
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(0);
    await app.screenshot(`i15-xls-sheet-${width}`);
    await app.screenshot(`i15-xls-sheet-${width}-whole`, true);

    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-outcome').waitFor();
    expect(await page.getByTestId('import-outcome').textContent()).toContain('thêm mới 3');
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(3);
    expect((await app.call('dossier.count', { filter: { text: 'T-1' } })).count).toBe(0);
    expect((await app.call('dossier.count', { filter: { text: '0378123456' } })).count).toBe(1);
  });
});
