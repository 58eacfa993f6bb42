// The USB handoff between desks of one commune, through the screens: the example ledger exported as a
// full package with the wizard on one desk's web host and imported on another's with the dry run first;
// an altered package refused with the Vietnamese message and nothing changed; a conflict of two desks
// settled side by side; the ledger book (Mẫu 07) printed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dossierInput, ledgerFingerprint, testApi } from '../api/helpers';
import { type TestApp, startApp } from './harness';
import { PASSPHRASE, exportWithWizard, loadExampleLedger, previewPackage, stick } from './handoff-steps';

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

let apps: TestApp[] = [];
const disposals: (() => void)[] = [];
afterEach(async () => {
  for (const a of apps.splice(0)) await a.close();
  for (const d of disposals.splice(0)) d();
});

async function open(now: string): Promise<TestApp> {
  const app = await startApp({ now, configured: true });
  apps.push(app);
  return app;
}

function usb() {
  const s = stick();
  disposals.push(s.dispose);
  return s.dir;
}

describe('desk to desk', () => {
  it('exports the ledger with the wizard and imports it on another desk: preview first, then apply', async () => {
    const drive = usb();
    const a = await open('2024-03-20 09:30');
    expect(await loadExampleLedger(a)).toBe(78);
    const written = await exportWithWizard(a, { kind: 'full', folder: drive, shots: 'handoff-export-full' });
    expect(path.dirname(written.file)).toBe(drive);
    expect(written.sha).toBe(createHash('sha256').update(readFileSync(written.file)).digest('hex'));
    expect(written.fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await a.close();
    apps = apps.filter((x) => x !== a);

    const b = await open('2024-03-20 10:00');
    expect(await previewPackage(b, written.file, PASSPHRASE)).toBe('ready');
    const { page } = b;
    expect(await page.getByTestId('count-new').textContent()).toBe('78');
    expect(await page.getByTestId('count-conflict').textContent()).toBe('0');
    expect((await b.call('dossier.count', { filter: {} })).count).toBe(0);
    await b.screenshot('handoff-import-preview', true);
    await page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await page.getByTestId('import-package-outcome').waitFor();
    expect(await page.getByTestId('import-package-outcome').textContent()).toContain('thêm mới 78');
    expect((await b.call('dossier.count', { filter: {} })).count).toBe(78);
    await b.screenshot('handoff-import-done');

    // The same package again: everything unchanged, nothing to write.
    expect(await previewPackage(b, written.file, PASSPHRASE)).toBe('ready');
    expect(await page.getByTestId('count-unchanged').textContent()).toBe('78');
    expect(await page.getByRole('button', { name: 'Nhập vào sổ' }).isDisabled()).toBe(true);

    // The ledger book of the imported dossiers (Mẫu 07).
    await page.keyboard.press('Alt+2');
    await page.getByTestId('ledger-count').filter({ hasText: '78' }).waitFor();
    await page.getByRole('button', { name: 'In sổ theo dõi (Mẫu 07)' }).click();
    await page.getByLabel('Tiếp nhận từ ngày').fill('01/01/2024');
    await page.getByLabel('Tiếp nhận đến ngày').fill('20/03/2024');
    await b.screenshot('handoff-ledger-book-dialog');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lưu PDF' }).click();
    const saved = path.join(drive, 'so.pdf');
    await (await download).saveAs(saved);
    expect(readFileSync(saved).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByRole('button', { name: 'In sổ', exact: true }).click();
    await page.locator('iframe.pdf-frame').waitFor();
    await b.screenshot('handoff-ledger-book-print');
  });

  it('refuses an altered package with the Vietnamese message, and nothing changes', async () => {
    const drive = usb();
    const source = await testApi('2024-03-20 09:00');
    await source.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    const exported = await source.call('handoff.export', { kind: 'full', folder: drive, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });
    const bytes = readFileSync(exported.path);
    const at = bytes.length - 100;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x20, at);
    const altered = path.join(drive, 'goi-da-bi-sua.somc');
    writeFileSync(altered, bytes);

    const b = await open('2024-03-20 10:00');
    const before = ledgerFingerprint(b.ledgerFile);
    expect(await previewPackage(b, altered, PASSPHRASE)).toBe('refused');
    const message = (await b.page.getByTestId('package-refused').textContent()) ?? '';
    expect(message).toContain('Gói bị hỏng');
    expect(message).toContain('Không có gì được ghi vào sổ.');
    expect(message).toMatch(VIETNAMESE);
    expect(await b.page.getByRole('button', { name: 'Nhập vào sổ' }).count()).toBe(0);
    await b.screenshot('handoff-import-refused-altered');
    expect(ledgerFingerprint(b.ledgerFile)).toBe(before);
    expect((await b.call('dossier.count', { filter: {} })).count).toBe(0);
  });

  it('shows a dossier changed on two desks side by side and keeps the chosen version', async () => {
    const drive = usb();
    const a = await open('2024-03-20 09:00');
    const d = await a.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    const first = await a.call('handoff.export', { kind: 'full', folder: drive, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });
    const other = await testApi('2024-03-20 09:10');
    const upload = (file: string) => ({ kind: 'path' as const, path: file });
    const p1 = await other.call('handoff.preview', { source: upload(first.path), passphrase: PASSPHRASE, trustNewUnit: false });
    if (p1.status !== 'ready') throw new Error(p1.message);
    await other.call('handoff.import', { previewId: p1.previewId });
    await other.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'correct', field: 'phone', value: '0905 000 111', reason: 'Gõ nhầm số' } });
    await a.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'correct', field: 'address', value: 'thôn 5', reason: 'Công dân chuyển nhà' } });
    const back = await other.call('handoff.export', { kind: 'full', folder: drive, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });

    expect(await previewPackage(a, back.path, PASSPHRASE)).toBe('ready');
    expect(await a.page.getByTestId('count-conflict').textContent()).toBe('1');
    await a.screenshot('handoff-import-preview-conflict', true);
    await a.page.getByRole('button', { name: 'Nhập vào sổ' }).click();
    await a.page.getByTestId('import-package-outcome').waitFor();

    await a.page.goto(`${a.host.url}#/ban-giao/xung-dot`);
    await a.page.getByTestId('conflict').waitFor();
    const rows = await a.page.locator('.side-by-side tr.differs').allTextContents();
    expect(rows.some((r) => r.includes('0912345678') && r.includes('0905 000 111'))).toBe(true);
    expect(rows.some((r) => r.includes('thôn 5') && r.includes('thôn 2'))).toBe(true);
    await a.page.getByRole('radio', { name: 'Lấy bản của máy kia' }).check();
    await a.screenshot('handoff-conflicts', true);
    await a.page.getByRole('button', { name: 'Ghi lựa chọn' }).click();
    await a.page.getByTestId('no-conflicts').waitFor();
    const now = await a.call('dossier.get', { id: d.id });
    expect([now.phone, now.address]).toEqual(['0905 000 111', 'thôn 2']);
  });
});
