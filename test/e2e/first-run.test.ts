import { afterEach, describe, expect, it } from 'vitest';
import { DESK_SIZES, type TestApp, UNIT, startApp } from './harness';

const activeId = (a: TestApp) => a.page.evaluate<string>('document.activeElement ? document.activeElement.id : ""');

/** The element is inside the window (not scrolled away, not cut by the edges). */
async function inView(a: TestApp, selector: string): Promise<boolean> {
  const box = await a.page.locator(selector).boundingBox();
  const size = a.page.viewportSize();
  return box !== null && size !== null && box.width > 0 && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

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
});

describe.each(DESK_SIZES)('the first-run wizard at $width×$height, browser in en-US', (size) => {
  it('marks each wrong box in Vietnamese, focused and in view, before moving on', async () => {
    app = await startApp({ now: '2026-03-04 08:30', locale: 'en-US', viewport: size });
    const { page } = app;
    const tag = `${size.width}`;
    await page.getByRole('heading', { name: 'Đơn vị sử dụng sổ' }).waitFor();
    const expectProblem = async (id: string, text: string) => {
      const error = page.locator(`#${id}-error`);
      await error.waitFor();
      expect(await error.textContent()).toContain(text);
      await page.locator(`#${id}:focus`).waitFor();
      expect(await page.locator(`#${id}`).getAttribute('aria-invalid')).toBe('true');
      expect(await inView(app as TestApp, `#${id}-error`), `#${id}-error in view`).toBe(true);
    };

    // step 1: nothing typed, then a unit code with spaces
    await page.keyboard.press('Enter');
    await expectProblem('unitName', 'Hãy nhập tên đơn vị');
    expect(await page.locator('#unitCode-error').textContent()).toContain('Hãy nhập mã đơn vị');
    await page.getByLabel('Tên đơn vị').fill(UNIT.unitName);
    await page.getByLabel(/^Mã đơn vị/).fill('mã có dấu cách');
    await page.keyboard.press('Enter');
    await expectProblem('unitCode', 'Mã đơn vị chỉ gồm chữ cái không dấu');
    expect(await page.locator('#unitName-error').count()).toBe(0);
    await app.screenshot(`wizard-bad-code-${tag}`);
    await page.getByLabel(/^Mã đơn vị/).fill(UNIT.unitCode);
    await page.keyboard.press('Enter');

    // step 2: no receiving unit, a desk out of range, extra days that are not a number
    await page.getByRole('heading', { name: 'Báo cáo và bàn tiếp nhận' }).waitFor();
    await page.getByLabel(/Số bàn tiếp nhận/).fill('12');
    await page.getByLabel(/Số ngày làm việc cộng thêm/).fill('ba');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expectProblem('receivingUnit', 'Hãy nhập đơn vị nhận báo cáo');
    expect(await page.locator('#deskNumber-error').textContent()).toBe('Số bàn tiếp nhận là một số nguyên từ 1 đến 9, không phải 12.');
    expect(await page.locator('#extraDays-error').textContent()).toBe('Số ngày làm việc cộng thêm là một số nguyên từ 0 đến 60, không phải "ba".');
    await app.screenshot(`wizard-bad-step2-${tag}`);
    await page.getByLabel('Đơn vị nhận báo cáo').fill(UNIT.receivingUnit);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await expectProblem('deskNumber', 'từ 1 đến 9');
    await page.getByLabel(/Số bàn tiếp nhận/).fill('3');
    await page.getByLabel(/Số ngày làm việc cộng thêm/).fill('0');
    await page.getByRole('button', { name: 'Tiếp tục' }).click();

    // step 3: no operator
    await page.getByRole('heading', { name: 'Cán bộ làm việc ở bàn này' }).waitFor();
    await page.getByRole('button', { name: 'Hoàn tất' }).click();
    await expectProblem('operator-0', 'Hãy nhập họ tên ít nhất một cán bộ');
    await app.screenshot(`wizard-no-operator-${tag}`);
    expect((await app.call('app.info', {})).configured).toBe(false);
    await page.getByLabel('Họ tên cán bộ một cửa').fill('Nguyễn Thị Lan');
    await page.getByRole('button', { name: 'Hoàn tất' }).click();
    await page.getByRole('heading', { name: 'Tiếp nhận hồ sơ' }).waitFor();
    expect(await activeId(app)).toBe('procedure');
    expect(await app.call('settings.get', {})).toMatchObject({ unitCode: UNIT.unitCode, deskNumber: 3, extraWorkingDays: 0 });
  });
});
