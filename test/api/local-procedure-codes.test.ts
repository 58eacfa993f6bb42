// Issue 12: a procedure without a national code is shown and exported without the key the ledger makes
// up for it ("XA-…"). Its ledger CSV row carries an empty Mã TTHC and its name, and imports back to the
// same procedure (by name, even under a name it has since changed); the report's average-resolution table
// and the provincial-pending list print "—" for its code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { parseCsv } from '../../shared/text/csv';
import { readPdf } from '../documents/read-pdf';
import { type TestApi, dossierInput, procedureVersionInput, testApi } from './helpers';

const WILL = 'XA-chung-thuc-di-chuc'; // "Chứng thực di chúc": shipped without a national code

async function localProcedure(t: TestApi): Promise<string> {
  const added = await t.call('catalogue.addVersion', procedureVersionInput('Xác nhận đơn riêng của xã'));
  // Renamed from 14/03: a dossier received before keeps the name it was received under; both names are looked up.
  await t.call('catalogue.addVersion', procedureVersionInput('Xác nhận đơn riêng của xã (tên mới)', { code: added.code, effectiveFrom: '2024-03-14' }));
  return added.code;
}

function rowsOf(csv: string): string[][] {
  return parseCsv(csv, ';').map((r) => r.cells);
}

describe('a procedure without a national code in the ledger CSV', () => {
  it('is written with an empty Mã TTHC and its name, and imports back to the same procedure', async () => {
    const t = await testApi('2024-03-15 08:00');
    const own = await localProcedure(t);
    expect(own).toMatch(/^XA-/);
    await t.call('dossier.create', dossierInput('Người Một', '2024-03-11 09:00', WILL));
    await t.call('dossier.create', dossierInput('Người Hai', '2024-03-12 09:00', own));
    await t.call('dossier.create', dossierInput('Người Ba', '2024-03-15 07:30', '1.004884'));
    await t.call('dossier.create', dossierInput('Người Bốn', '2024-03-15 07:45', own));

    const file = await t.call('dossier.exportCsv', { filter: {} });
    const text = Buffer.from(file.contentBase64, 'base64').toString('utf8');
    expect(text).not.toContain('XA-');
    const [header = [], ...rows] = rowsOf(text);
    const code = header.indexOf('Mã TTHC');
    const name = header.indexOf('Tên TTHC');
    expect(rows.map((r) => [r[code], r[name]]).sort()).toEqual([
      ['', 'Chứng thực di chúc'],
      ['', 'Xác nhận đơn riêng của xã'],
      ['', 'Xác nhận đơn riêng của xã (tên mới)'],
      ['1.004884', 'Đăng ký lại khai sinh'],
    ].sort());

    // The same ledger: nothing new, nothing different.
    const again = await t.call('import.plan', { fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(again.problems).toEqual([]);
    expect(again.counts).toEqual({ new: 0, unchanged: 4, conflict: 0, rejected: 0 });

    // Another ledger with the same catalogue: the dossiers land on the same procedures.
    const other = await testApi('2024-03-15 08:00');
    expect(await localProcedure(other)).toBe(own);
    const plan = await other.call('import.plan', { fileName: file.fileName, contentBase64: file.contentBase64 });
    expect(plan.problems).toEqual([]);
    expect(plan.counts.new).toBe(4);
    await other.call('import.apply', { planId: plan.planId, update: false });
    const listed = await other.call('dossier.list', { filter: {}, after: null, offset: 0, limit: 10 });
    expect(listed.items.map((d) => [d.procedureCode, d.procedureName]).sort()).toEqual(
      [
        [WILL, 'Chứng thực di chúc'],
        [own, 'Xác nhận đơn riêng của xã'],
        [own, 'Xác nhận đơn riêng của xã (tên mới)'],
        ['1.004884', 'Đăng ký lại khai sinh'],
      ].sort(),
    );
  });

  it('is added without a code, and not under a name another procedure has (it is found by its name)', async () => {
    const t = await testApi('2024-03-15 08:00');
    const base = { field: 'Hộ tịch', timeValue: 3, timeUnit: 'working_days' as const, cutoff: null, note: '', effectiveFrom: null, effectiveTo: null };
    const refused = await t.api.dispatch('catalogue.addVersion', { ...base, code: '', name: 'Đăng ký  khai sinh' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toContain('Danh mục đã có thủ tục tên "Đăng ký khai sinh" (mã 1.001193)');
      expect(refused.error.message).not.toContain('XA-');
    }
    const twice = await t.api.dispatch('catalogue.addVersion', { ...base, code: '', name: 'Chứng thực di chúc' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toBe('Thủ tục Chứng thực di chúc đã có trong danh mục: phiên bản mới phải có ngày bắt đầu hiệu lực.');
  });
});

/** Every text cell of every sheet. */
async function xlsxTexts(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(c.type === ExcelJS.ValueType.Merge ? '' : c.text))));
  return out;
}

async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('\n');
}

describe('the report and the lists of a period with a procedure without a national code', () => {
  it('print no made-up code: daily list CSV, report PDF, DOCX, XLSX, the provincial-pending list', async () => {
    const t = await testApi('2024-03-20 16:00');
    const own = await t.call('dossier.create', dossierInput('Người Một', '2024-03-11 09:00', WILL));
    await t.call('dossier.act', { id: own.id, expectedVersion: own.version, action: { kind: 'result_ready', on: '2024-03-12', lateCause: '', digitisedResult: false, storedResult: false } });
    const national = await t.call('dossier.create', dossierInput('Người Hai', '2024-03-11 10:00', '1.004884'));
    await t.call('dossier.act', { id: national.id, expectedVersion: national.version, action: { kind: 'result_ready', on: '2024-03-12', lateCause: '', digitisedResult: false, storedResult: false } });
    // The daily list "có kết quả, chờ trả" as CSV: the same columns as the ledger's, no made-up code.
    const ready = Buffer.from((await t.call('daily.exportCsv', { box: 'ready_to_return' })).contentBase64, 'base64').toString('utf8');
    expect(ready).toContain('Chứng thực di chúc');
    expect(ready).not.toContain('XA-');
    t.setNow('2024-04-02 08:00');

    const bytesOf = async (format: 'pdf' | 'docx' | 'xlsx') =>
      new Uint8Array(Buffer.from((await t.call('report.export', { period: '2024-Q1', rule: 'nd09', format })).contentBase64, 'base64'));
    const pdf = (await readPdf(await bytesOf('pdf'))).map((p) => p.text).join('\n');
    const docx = await docxText(await bytesOf('docx'));
    const xlsx = await xlsxTexts(await bytesOf('xlsx'));
    for (const [format, text] of [['pdf', pdf], ['docx', docx], ['xlsx', xlsx.join('\n')]] as const) {
      expect(text, format).toContain('THỜI GIAN GIẢI QUYẾT TRUNG BÌNH THEO THỦ TỤC');
      expect(text, format).toContain('Chứng thực di chúc');
      expect(text, format).toContain('1.004884'); // a national code is still printed
      expect(text, format).not.toContain('XA-');
    }
    expect(pdf).toMatch(/Chứng thực di chúc —/);

    const out = join(t.dir, 'chua-co-tren-tinh.xlsx');
    let stdout = '';
    const io = { out: (s: string) => (stdout += `${s}\n`), err: (s: string) => (stdout += `${s}\n`), now: () => Date.UTC(2024, 3, 2, 1) };
    expect(await runCli(['provincial-pending', '--db', t.file, '--period', '2024-Q1', '--out', out], io), stdout).toBe(0);
    const pending = await xlsxTexts(readFileSync(out));
    expect(pending).toContain('Chứng thực di chúc');
    expect(pending).toContain('—');
    expect(pending.join('\n')).not.toContain('XA-');
    stdout = '';
    expect(await runCli(['provincial-pending', '--db', t.file, '--period', '2024-Q1'], io)).toBe(0);
    expect(stdout).toContain('Chứng thực di chúc');
    expect(stdout).not.toContain('XA-');
  });
});
