import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, UNIT, startApp } from './harness';

let app: TestApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('first run', () => {
  it('asks for the unit, its receiving unit and the desk, then opens the reception screen', async () => {
    app = await startApp({ now: '2024-03-04 08:30' });
    const { page } = app;
    await page.getByRole('heading', { name: 'Đơn vị sử dụng sổ' }).waitFor();
    await app.screenshot('01-wizard-step1');
    await page.getByLabel('Tên đơn vị').fill(UNIT.unitName);
    await page.getByLabel(/^Mã đơn vị/).fill(UNIT.unitCode);
    await page.keyboard.press('Enter');
    await page.getByLabel('Đơn vị nhận báo cáo').fill(UNIT.receivingUnit);
    await page.getByLabel(/Số bàn tiếp nhận/).fill('2');
    await page.getByLabel(/Số ngày làm việc cộng thêm/).fill('0');
    await app.screenshot('02-wizard-step2');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('heading', { name: 'Cán bộ làm việc ở bàn này' }).waitFor();
    await page.getByLabel('Họ tên cán bộ một cửa').fill('Nguyễn Thị Lan');
    await page.getByRole('button', { name: '+ Thêm người' }).click();
    await page.getByLabel('Cán bộ thứ 2').fill('Trần Văn Bình');
    await app.screenshot('02b-wizard-step3');
    await page.getByRole('button', { name: 'Hoàn tất' }).click();
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    expect(await page.locator('.topbar').textContent()).toContain('UBND xã Hương Hữu');
    // The first name is the one working at the desk; both are on the list.
    expect(await page.getByLabel('Cán bộ đang làm việc').inputValue()).toBe('Nguyễn Thị Lan');
    expect((await app.call('operators.list', {})).operators.map((o) => o.name)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Bình']);
    expect(await page.locator('.topbar').textContent()).toContain('Bàn tiếp nhận số 2');
    const settings = await app.call('settings.get', {});
    expect(settings).toMatchObject({ unitName: UNIT.unitName, unitCode: UNIT.unitCode, receivingUnit: UNIT.receivingUnit, deskNumber: 2, placeName: 'Hương Hữu' });
    const catalogue = await app.call('catalogue.list', { on: '2024-03-04' });
    expect(catalogue.procedures.length).toBeGreaterThan(40);
    await app.screenshot('03-intake-empty');
  });

  it('refuses an invalid unit code with a Vietnamese message and stays on the wizard', async () => {
    app = await startApp({ now: '2024-03-04 08:30' });
    const { page } = app;
    await page.getByLabel('Tên đơn vị').fill(UNIT.unitName);
    await page.getByLabel(/^Mã đơn vị/).fill('mã có dấu cách');
    await page.keyboard.press('Enter');
    await page.getByLabel('Đơn vị nhận báo cáo').fill(UNIT.receivingUnit);
    await page.keyboard.press('Enter');
    await page.getByLabel('Họ tên cán bộ một cửa').fill('Nguyễn Thị Lan');
    await page.getByRole('button', { name: 'Hoàn tất' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Mã đơn vị chỉ gồm chữ cái không dấu');
    expect((await app.call('app.info', {})).configured).toBe(false);
  });
});
