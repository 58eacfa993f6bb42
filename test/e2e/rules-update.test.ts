// The province's rules update through the screens: made at the receiving office (a faulty source file
// shown by where it is), then at a commune: an unregistered sender refused, the
// province's fingerprint registered, the dry run showing each day and procedure that changes, the import,
// then reception after the effective date using the new rule; a tampered package refused; a second
// import has nothing to write.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type TestApp, startApp } from './harness';
import { stick } from './handoff-steps';
import { dossierInput } from '../api/helpers';
import { CHANGED_PROCEDURE, RETIRED_PROCEDURE, RULES_UPDATE_SOURCE, STORM_DAYS } from '../handoff/rules-update-fixture';

const apps: TestApp[] = [];
const disposals: (() => void)[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  for (const d of disposals.splice(0)) d();
});

/** The province's source file, with a flood day this week so that an open dossier moves. */
const SOURCE = {
  ...RULES_UPDATE_SOURCE,
  calendar: [...STORM_DAYS, { date: '2026-12-07', kind: 'off', reason: 'Nghỉ do lũ', basis: 'Công điện 15/CĐ-UBND' }],
  procedures: [CHANGED_PROCEDURE, RETIRED_PROCEDURE],
};

/** The province makes the package with its screen, onto the stick; returns the package and the key fingerprint. */
async function provincePackage(dir: string): Promise<{ file: string; fingerprint: string }> {
  const office = await startApp({ now: '2026-12-02 15:00', configured: true });
  apps.push(office);
  await office.call('settings.update', { unitName: 'UBND tỉnh Thừa Thiên Huế', unitCode: '000.00.00.H57' });
  await office.call('handoff.setRole', { receivingOffice: true });
  const { page } = office;
  await page.goto(`${office.host.url}#/ban-giao/cap-nhat`);
  await page.getByRole('heading', { name: 'Tạo gói cập nhật quy định cho các xã' }).waitFor();
  const bad = path.join(dir, 'loi.json');
  writeFileSync(bad, JSON.stringify({ ...SOURCE, procedures: [{ ...SOURCE.procedures[0], time_unit: 'tuần' }] }));
  await page.getByLabel('Tệp nội dung (JSON)').setInputFiles(bad);
  await page.getByLabel('Thư mục lưu gói (ổ USB)').fill(dir);
  await page.getByRole('button', { name: 'Tạo gói' }).click();
  await page.getByText('procedures[0].time_unit: Đơn vị thời hạn phải là').waitFor();
  const source = path.join(dir, 'cap-nhat.json');
  writeFileSync(source, JSON.stringify(SOURCE, null, 2));
  await page.getByLabel('Tệp nội dung (JSON)').setInputFiles(source);
  await page.getByRole('button', { name: 'Tạo gói' }).click();
  await page.getByTestId('rules-made').waitFor();
  await office.screenshot('rules-update-made');
  const fingerprint = (await page.getByTestId('rules-made-fingerprint').textContent()) ?? '';
  const fileName = (await page.getByTestId('rules-made').locator('.mono').first().textContent()) ?? '';
  return { file: path.join(dir, fileName), fingerprint };
}

async function preview(app: TestApp, file: string): Promise<'ready' | 'refused'> {
  const { page } = app;
  await page.getByLabel('Chọn tệp gói cập nhật quy định').setInputFiles(file);
  await page.getByRole('button', { name: 'Xem trước (chưa ghi gì)' }).click();
  const answer = page.locator('[data-testid="rules-preview"], [data-testid="package-refused"]').first();
  await answer.waitFor();
  return (await answer.getAttribute('data-testid')) === 'rules-preview' ? 'ready' : 'refused';
}

describe('rules update screen', () => {
  it('refuses an unregistered sender, previews the changes, imports them, and refuses a tampered package', async () => {
    const usb = stick();
    disposals.push(usb.dispose);
    const { file, fingerprint } = await provincePackage(usb.dir);
    const app = await startApp({ now: '2026-12-03 09:30', configured: true });
    apps.push(app);
    const { page } = app;
    // an open dossier whose count goes over Mon 07/12/2026: 3 working days from Thu 03/12 → Tue 08/12, then Wed 09/12
    const open = await app.call('dossier.create', dossierInput('Phan Thị Dung', '2026-12-03 09:00', '1.004859'));
    expect(open.due).toBe('2026-12-08');
    await page.goto(`${app.host.url}#/ban-giao/cap-nhat`);
    await page.getByRole('heading', { name: 'Nơi gửi cập nhật quy định' }).waitFor();

    expect(await preview(app, file)).toBe('refused');
    expect(await page.getByTestId('package-refused').textContent()).toContain('chưa được đăng ký ở sổ này là nơi gửi cập nhật quy định');
    expect(await page.getByTestId('package-refused').textContent()).toContain('đăng ký ở mục "Nơi gửi cập nhật quy định" ngay trên');
    await app.screenshot('rules-update-refused', true);

    await page.getByLabel('Mã đơn vị').fill('000.00.00.H57');
    await page.getByLabel('Tên đơn vị').fill('UBND tỉnh Thừa Thiên Huế');
    await page.getByLabel('Dấu vân tay khóa').fill(fingerprint);
    await page.getByRole('button', { name: 'Đăng ký nơi gửi' }).click();
    await page.getByTestId('rules-senders').filter({ hasText: fingerprint }).waitFor();

    expect(await preview(app, file)).toBe('ready');
    expect(await page.getByTestId('rules-days').textContent()).toBe('3');
    expect(await page.getByTestId('rules-procedures').textContent()).toBe('2');
    expect(await page.getByTestId('rules-moved').textContent()).toBe('Theo lịch mới, 1 hồ sơ đang giải quyết đổi hạn trả.');
    const shown = (await page.getByTestId('rules-preview').textContent()) ?? '';
    expect(shown).toContain('14/10/2027');
    expect(shown).toContain('Nghỉ — Nghỉ do bão số 6 (Công điện 12/CĐ-UBND)');
    expect(shown).toContain('từ 01/03/2027 thời hạn 5 ngày làm việc (trước đó: 3 ngày làm việc');
    expect(shown).toContain('thôi áp dụng từ 01/03/2027');
    expect(shown).toContain(`${open.code}: hạn trả 08/12/2026 → 09/12/2026`);
    await app.screenshot('rules-update-preview', true);
    await page.setViewportSize({ width: 1024, height: 768 });
    await app.screenshot('rules-update-preview-1024', true);
    await page.setViewportSize({ width: 1366, height: 768 });
    // nothing written by the dry run
    expect((await app.call('deadline.preview', { procedureCode: '1.004873', receivedAt: '2027-03-01 09:00' })).due).toBe('2027-03-04');

    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('rules-outcome').waitFor();
    expect(await page.getByTestId('rules-outcome').textContent()).toBe('Đã nhập gói cập nhật quy định: 3 ngày, 2 thủ tục, 1 hồ sơ đổi hạn trả.');
    expect((await app.call('dossier.get', { id: open.id })).due).toBe('2026-12-09');
    await app.screenshot('rules-update-done');
    expect((await app.call('deadline.preview', { procedureCode: '1.004873', receivedAt: '2027-03-01 09:00' })).due).toBe('2027-03-08');
    expect((await app.call('deadline.preview', { procedureCode: '1.004873', receivedAt: '2027-02-25 09:00' })).due).toBe('2027-03-02');
    const october = await app.call('calendar.year', { year: 2027 });
    expect(JSON.stringify(october)).toContain('Nghỉ do bão số 6 (Công điện 12/CĐ-UBND)');

    // the same package again: nothing to write
    expect(await preview(app, file)).toBe('ready');
    expect(await page.getByTestId('rules-days').textContent()).toBe('0');
    expect(await page.getByRole('button', { name: 'Nhập vào sổ' }).isDisabled()).toBe(true);

    // one byte changed on the stick
    const bytes = readFileSync(file);
    bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0xff;
    const tampered = path.join(usb.dir, 'bi-sua.somc');
    writeFileSync(tampered, bytes);
    expect(await preview(app, tampered)).toBe('refused');
    expect(await page.getByTestId('package-refused').textContent()).toContain('Gói bị hỏng');
  });
});
