// Steps of the USB handoff screens shared by the handoff end-to-end tests: the example ledger loaded
// through the API, a package exported with the wizard, a package previewed in the import screen.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type TestApp } from './harness';
import { FIXTURE_CSV } from '../support/domain-fixtures';

export const PASSPHRASE = 'Mật khẩu bàn giao 2024';

/** A folder outside every app's own (an app's folder goes when the app closes), removed by `dispose`. */
export function stick(): { dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'somc-usb-'));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function loadExampleLedger(app: TestApp): Promise<number> {
  const csv = readFileSync(FIXTURE_CSV);
  const plan = await app.call('import.plan', { fileName: 'huong-huu-2024-q1.csv', contentBase64: csv.toString('base64') });
  return (await app.call('import.apply', { planId: plan.planId, update: false })).inserted;
}

export interface WizardOptions {
  kind: 'report' | 'full';
  folder: string;
  /** Screenshot name prefix, or null for none. */
  shots: string | null;
}

/** Runs the export wizard; returns the written file's path, SHA-256 and the fingerprint it shows. */
export async function exportWithWizard(app: TestApp, o: WizardOptions): Promise<{ file: string; sha: string; fingerprint: string }> {
  const { page } = app;
  mkdirSync(o.folder, { recursive: true });
  await page.goto(`${app.host.url}#/ban-giao/xuat`);
  await page.getByRole('heading', { name: 'Chọn loại gói' }).waitFor();
  if (o.kind === 'full') {
    await page.getByRole('radio', { name: /Gói đầy đủ/ }).check();
    await page.getByLabel('Mật khẩu của gói').fill(PASSPHRASE);
    await page.getByLabel('Nhập lại mật khẩu').fill(PASSPHRASE);
  } else {
    await page.getByLabel('Năm').selectOption('2024');
    await page.getByLabel('Kỳ báo cáo', { exact: true }).selectOption('Q1');
    await page.getByLabel('Cách tính kỳ').selectOption('nd09');
  }
  if (o.shots) await app.screenshot(`${o.shots}-1-kind`);
  await page.getByRole('button', { name: 'Tiếp theo: chọn nơi lưu' }).click();
  await page.getByRole('heading', { name: 'Chọn nơi lưu gói' }).waitFor();
  await page.locator('[data-testid="no-drives"], .drive-list').first().waitFor();
  await page.getByLabel('Đường dẫn thư mục (trên máy đang chạy Sổ Một Cửa)').fill(o.folder);
  if (o.shots) await app.screenshot(`${o.shots}-2-destination`);
  await page.getByRole('button', { name: 'Tiếp theo', exact: true }).click();
  await page.getByRole('heading', { name: 'Ghi gói' }).waitFor();
  if (o.shots) await app.screenshot(`${o.shots}-3-confirm`);
  await page.getByRole('button', { name: 'Ghi gói', exact: true }).click();
  await page.getByTestId('export-result').waitFor();
  if (o.shots) await app.screenshot(`${o.shots}-4-done`);
  return {
    file: (await page.getByTestId('export-path').textContent()) ?? '',
    sha: (await page.getByTestId('export-sha').textContent()) ?? '',
    fingerprint: (await page.getByTestId('export-fingerprint').textContent()) ?? '',
  };
}

/** Chooses the package in the import screen and asks for the dry run; waits for its answer. */
export async function previewPackage(app: TestApp, file: string, passphrase: string | null): Promise<'ready' | 'refused'> {
  const { page } = app;
  await page.goto(`${app.host.url}#/ban-giao/nhap`);
  await page.getByLabel('Chọn tệp gói bàn giao').setInputFiles(file);
  if (passphrase !== null) await page.getByLabel('Mật khẩu của gói (chỉ gói đầy đủ cần)').fill(passphrase);
  await page.getByRole('button', { name: 'Xem trước (chưa ghi gì)' }).click();
  const answer = page.locator('[data-testid="package-preview"], [data-testid="package-refused"]').first();
  await answer.waitFor();
  return (await answer.getAttribute('data-testid')) === 'package-preview' ? 'ready' : 'refused';
}
