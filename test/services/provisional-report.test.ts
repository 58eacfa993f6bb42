// A period not ended yet (Quý IV 2026 ends 14/12/2026; today is 03/12/2026): the report is provisional,
// judged at this instant, marked "DỰ THẢO", and cannot be signed; once the period ends it can, and the
// signed report is dated on its sign-off day, with no draft mark, whenever it is printed again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { setChairmanPin } from '../../electron/security/chairman-pin';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { cliAt, initLedger, tempFolder } from '../cli/helpers';
import { readPdf } from '../documents/read-pdf';
import { testApi } from '../api/helpers';

const PIN = '583941';
// 03/12/2026 09:30 in Vietnam (UTC+7).
const NOW = Date.UTC(2026, 11, 3, 2, 30);
const AFTER_END = Date.UTC(2026, 11, 15, 1, 0);
const REPRINT = Date.UTC(2026, 11, 28, 3, 0);

const CSV = [
  'Mã hồ sơ,Mã TTHC,Hình thức nộp,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Nguyên nhân quá hạn',
  // Received this morning, due 08/12: in time today (it would be "overdue" judged at 14/12).
  '000.00.21.H57-261203-0001,1.004873,Trực tiếp,2026-12-03 08:15,2026-12-08,,',
  // Due 25/11 and still pending: late today.
  '000.00.21.H57-261120-0001,1.004873,Trực tiếp,2026-11-20 08:00,2026-11-25,,',
  '000.00.21.H57-261001-0001,1.004873,Trực tiếp,2026-10-01 08:00,2026-10-06,2026-10-05,',
].join('\n');

async function ledger() {
  const folder = tempFolder();
  const db = await initLedger(folder);
  const csv = join(folder, 'q4.csv');
  writeFileSync(csv, `${CSV}\n`);
  const imported = await cliAt(NOW, 'import', '--db', db, csv);
  expect(imported.code, imported.stderr).toBe(0);
  const session = openLedgerSession(db, { actor: 'kiểm thử' });
  setChairmanPin(session.db, PIN, { actor: 'kiểm thử' });
  session.close();
  const pinFile = join(folder, 'pin.txt');
  writeFileSync(pinFile, PIN);
  return { folder, db, pinFile };
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ').replace(/\s+/g, ' ');
}

async function xlsxText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(file)).buffer);
  return wb.worksheets.map((ws) => JSON.stringify(ws.getSheetValues())).join(' ');
}

describe('a report of a period that has not ended', () => {
  it('is provisional, judged now, a draft, and its sign-off is refused until the period ends', async () => {
    const { folder, db, pinFile } = await ledger();
    const json = await cliAt(NOW, 'report', '--db', db, '--period', '2026-Q4', '--format', 'json');
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.period).toEqual({ from: '2026-09-15', to: '2026-12-14', label: 'Quý IV năm 2026', rule: 'nd09' });
    expect(report.provisional_as_of).toBe('2026-12-03 09:30');
    expect(report.total).toMatchObject({ received: 3, resolved: 1, pending: 2, pending_in_time: 1, pending_overdue: 1 });
    expect(report.late_dossiers.map((d: { code: string }) => d.code)).toEqual(['000.00.21.H57-261120-0001']);

    const pdfFile = join(folder, 'q4.pdf');
    expect((await cliAt(NOW, 'report', '--db', db, '--period', '2026-Q4', '--format', 'pdf', '--out', pdfFile)).code).toBe(0);
    const pages = await readPdf(readFileSync(pdfFile));
    expect(pages[0]?.text).toContain('DỰ THẢO');
    expect(pages[0]?.text).toContain('ngày 03 tháng 12 năm 2026');
    const all = pages.map((p) => p.text).join(' ');
    expect(all).toContain('Số liệu tạm tính đến 09 giờ 30 phút ngày 03/12/2026 (kỳ báo cáo chưa kết thúc).');
    // Every part (Biểu 06, extended table, late list) carries the draft mark and the provisional note.
    for (const title of ['Biểu số 06/VPCP/KSTT', 'CHI TIẾT BỔ SUNG', 'DANH SÁCH HỒ SƠ QUÁ HẠN']) {
      const page = pages.find((p) => p.text.includes(title) && p !== pages[0]);
      expect(page?.text, title).toContain('DỰ THẢO');
      expect(page?.text, title).toContain('tạm tính đến 09 giờ 30 phút ngày 03/12/2026');
    }
    expect(all).not.toContain('261203-0001 Cấp'); // this morning's dossier is not in the late list

    for (const format of ['docx', 'xlsx'] as const) {
      const file = join(folder, `q4.${format}`);
      expect((await cliAt(NOW, 'report', '--db', db, '--period', '2026-Q4', '--format', format, '--out', file)).code).toBe(0);
      const text = format === 'docx' ? await docxText(file) : await xlsxText(file);
      expect(text, format).toContain('DỰ THẢO');
      expect(text, format).toContain('Số liệu tạm tính đến 09 giờ 30 phút ngày 03/12/2026');
    }

    const refused = await cliAt(NOW, 'sign-off', '--db', db, '--period', '2026-Q4', '--signer', 'Hồ Văn Ẩn', '--pin-file', pinFile);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      'Chưa ký duyệt được Quý IV năm 2026: kỳ báo cáo kết thúc ngày 14/12/2026, hôm nay mới ngày 03/12/2026. Số liệu hiện chỉ là tạm tính; ký duyệt từ ngày 15/12/2026.',
    );
    expect(JSON.parse((await cliAt(NOW, 'report', '--db', db, '--period', '2026-Q4', '--format', 'json')).stdout).signoff).toBeNull();

    // After the period: signed; judged at the period's end now (this morning's dossier, due 08/12, is late by then).
    const signed = await cliAt(AFTER_END, 'sign-off', '--db', db, '--period', '2026-Q4', '--signer', 'Hồ Văn Ẩn', '--pin-file', pinFile);
    expect(signed.code, signed.stderr).toBe(0);
    const final = JSON.parse((await cliAt(REPRINT, 'report', '--db', db, '--period', '2026-Q4', '--format', 'json')).stdout);
    expect(final.provisional_as_of).toBeNull();
    expect(final.total).toMatchObject({ pending_in_time: 0, pending_overdue: 2 });
    const reprint = join(folder, 'q4-signed.pdf');
    expect((await cliAt(REPRINT, 'report', '--db', db, '--period', '2026-Q4', '--format', 'pdf', '--out', reprint)).code).toBe(0);
    const signedPages = await readPdf(readFileSync(reprint));
    const signedText = signedPages.map((p) => p.text).join(' ');
    expect(signedText).not.toContain('DỰ THẢO');
    expect(signedText).not.toContain('tạm tính');
    expect(signedPages[0]?.text).toContain('ngày 15 tháng 12 năm 2026'); // the sign-off day, not the reprint's
    expect(signedText).not.toContain('ngày 28 tháng 12 năm 2026');
  });

  it('the screen shows the provisional instant and the refusal; the API refuses the sign-off', async () => {
    const t = await testApi('2026-12-03 09:30');
    const { folder } = { folder: tempFolder() };
    const csv = join(folder, 'q4.csv');
    writeFileSync(csv, `${CSV}\n`);
    const plan = await t.call('import.plan', { fileName: 'q4.csv', contentBase64: readFileSync(csv).toString('base64') });
    await t.call('import.apply', { planId: plan.planId, update: false });
    const Q4 = { period: '2026-Q4', rule: 'nd09' as const };
    const view = await t.call('report.compile', Q4);
    expect(view.provisionalAsOf).toBe('2026-12-03 09:30');
    expect(view.report.total.pending_overdue).toBe(1);
    expect(view.signoffRefusal).toContain('Chưa ký duyệt được Quý IV năm 2026');
    expect(view.emptyHeadings.length).toBeGreaterThan(0);
    const overdue = await t.call('report.cell', { ...Q4, key: 'pending_overdue', field: null });
    expect(overdue.items.map((i) => i.code)).toEqual(['000.00.21.H57-261120-0001']);
    await t.call('settings.setChairmanPin', { currentPin: null, newPin: '482913' });
    const refused = await t.api.dispatch('report.signOff', { ...Q4, signerName: 'Lê Văn Hùng', pin: '482913' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('kết thúc ngày 14/12/2026') } });
  });
});
