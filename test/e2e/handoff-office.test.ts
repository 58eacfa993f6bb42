// The commune's report package at the receiving office, through the screens: exported with the wizard,
// refused while the unit is unknown, accepted once the unit is registered with the fingerprint the
// commune read out; the unit shows as "đã gửi" and the consolidated Biểu 06 equals the commune's own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatIntVi } from '../../shared/format/vi-number';
import { FORM_KEYS } from '../../shared/report/figures';
import { dossierInput } from '../api/helpers';
import { OPERATOR, type TestApp, startApp } from './harness';
import { exportWithWizard, loadExampleLedger, previewPackage, stick } from './handoff-steps';

const OFFICE = {
  unitName: 'UBND huyện Nam Đông',
  unitCode: '000.00.H57',
  receivingUnit: 'UBND tỉnh Thừa Thiên Huế',
  parentBody: '',
  placeName: 'Nam Đông',
  deskNumber: 1,
  extraWorkingDays: 0,
};

let apps: TestApp[] = [];
const disposals: (() => void)[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  for (const d of disposals.splice(0)) d();
});

async function receivingOffice(): Promise<TestApp> {
  const office = await startApp({ now: '2024-03-22 08:00' });
  apps.push(office);
  await office.call('operators.add', { name: OPERATOR });
  await office.call('setup.complete', OFFICE);
  await office.page.reload();
  await office.page.locator('.shell').waitFor();
  const { page } = office;
  await page.goto(`${office.host.url}#/thiet-lap/ban-giao`);
  await page.getByTestId('ledger-role').filter({ hasText: 'sổ của một đơn vị' }).waitFor();
  await office.screenshot('handoff-settings-unit-mode');
  await page.getByLabel('Máy này là của đơn vị nhận báo cáo (huyện, tỉnh)').check();
  await page.getByRole('button', { name: 'Bật chế độ đơn vị nhận báo cáo' }).click();
  await page.getByTestId('ledger-role').filter({ hasText: 'sổ của đơn vị nhận báo cáo' }).waitFor();
  await office.screenshot('handoff-settings-office-mode');
  return office;
}

describe('the receiving office', () => {
  it('imports the commune report package and consolidates to the commune figures', async () => {
    const drive = stick();
    disposals.push(drive.dispose);
    const commune = await startApp({ now: '2024-03-20 09:30', configured: true });
    apps.push(commune);
    await loadExampleLedger(commune);
    const sent = await exportWithWizard(commune, { kind: 'report', folder: drive.dir, shots: 'handoff-export-report' });
    expect(path.basename(sent.file)).toMatch(/^SoMotCua-000\.00\.21\.H57-2024-Q1-nd09-bao-cao-\d{8}-\d{4}\.somc$/);
    expect(readFileSync(sent.file).includes(Buffer.from('Nguyễn', 'utf8'))).toBe(false);
    const own = await commune.call('report.compile', { period: '2024-Q1', rule: 'nd09' });
    // A late entry, and the period sent again: the newer package replaces the older at the office.
    await commune.call('dossier.create', dossierInput('Lê Văn Cường', '2024-03-13 09:00'));
    const again = await commune.call('handoff.export', { kind: 'report', period: '2024-Q1', rule: 'nd09', folder: drive.dir });
    const ownAgain = await commune.call('report.compile', { period: '2024-Q1', rule: 'nd09' });
    expect(ownAgain.report.total.received).toBe(own.report.total.received + 1);
    await commune.close();
    apps = apps.filter((x) => x !== commune);

    const office = await receivingOffice();
    const { page } = office;
    // Not registered yet: refused, with the module's message and the way to register in the app.
    expect(await previewPackage(office, sent.file, null)).toBe('refused');
    const refusal = (await page.getByTestId('package-refused').textContent()) ?? '';
    expect(refusal).toContain('chưa được đăng ký ở sổ này');
    expect(refusal).toContain(sent.fingerprint);
    expect(refusal).toContain('Đăng ký đơn vị');
    await office.screenshot('handoff-import-refused-unknown-unit');

    await page.goto(`${office.host.url}#/ban-giao/tong-hop`);
    await page.getByLabel('Mã đơn vị').fill('000.00.21.H57');
    await page.getByLabel('Tên đơn vị').fill('UBND xã Hương Hữu');
    await page.getByLabel('Dấu vân tay khóa (đơn vị đọc qua điện thoại)').fill(sent.fingerprint.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.getByTestId('unit-state').filter({ hasText: 'chưa gửi' }).waitFor();
    await office.screenshot('handoff-office-missing', true);

    expect(await previewPackage(office, sent.file, null)).toBe('ready');
    expect(await page.getByTestId('count-new').textContent()).toBe('1');
    await office.screenshot('handoff-import-preview-report', true);
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-package-outcome').waitFor();

    await page.keyboard.press('Alt+6');
    await page.getByTestId('unit-state').filter({ hasText: 'đã gửi' }).waitFor();
    expect(await page.getByTestId('count-sent').textContent()).toBe('1');
    expect(await page.getByTestId('count-missing').textContent()).toBe('0');
    const cell = (field: string, key: string) => page.getByTestId('consolidated').locator(`[data-cell="${field}|${key}"]`);
    for (const key of FORM_KEYS) {
      expect(await cell('total', key).textContent(), key).toBe(formatIntVi(own.report.total[key]));
      expect(await cell('UBND xã Hương Hữu', key).textContent(), key).toBe(formatIntVi(own.report.total[key]));
    }
    await office.screenshot('handoff-office-dashboard', true);

    // The commune sent the period again: the preview lists the figures that change, the dashboard too.
    expect(await previewPackage(office, again.path, null)).toBe('ready');
    expect(await page.getByTestId('count-updated').textContent()).toBe('1');
    await office.screenshot('handoff-import-preview-report-again', true);
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-package-outcome').waitFor();
    await page.keyboard.press('Alt+6');
    await page.getByTestId('unit-state').filter({ hasText: 'đã gửi lại' }).waitFor();
    await page.locator('details.changes summary').click();
    expect(await cell('total', 'received').textContent()).toBe(formatIntVi(ownAgain.report.total.received));
    for (const key of FORM_KEYS) expect(await cell('total', key).textContent(), key).toBe(formatIntVi(ownAgain.report.total[key]));
    await office.screenshot('handoff-office-sent-again', true);

    const download = page.waitForEvent('download');
    await page.getByTestId('consolidated').getByRole('button', { name: 'Xuất Excel' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Bieu06-tong-hop-2024-Q1-nd09.xlsx');
  });
});
