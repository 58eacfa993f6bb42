// `report --format pdf|xlsx|docx` from the example ledger imported through the command line, read back;
// and a signed period's report stays as signed while corrections are listed on the next one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../shared/time/day';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { signOffPeriod } from '../../electron/services/signoff-service';
import { fontObjects, readPdf, squash } from '../documents/read-pdf';
import { FIXTURE_CSV, FIXTURE_EXPECTED, cli, initLedger, tempFolder } from './helpers';
import { setChairmanPin } from '../../electron/security/chairman-pin';

const TEST_PIN = '583941';

const expected = JSON.parse(readFileSync(FIXTURE_EXPECTED, 'utf8')) as { total: Record<string, number> };

async function pdfText(file: string): Promise<string> {
  const pages = await readPdf(new Uint8Array(readFileSync(file)));
  return squash(pages.map((p) => p.items.map((i) => i.str).join(' ')).join(' '));
}

describe('report documents through the command line', () => {
  it('writes a PDF, an XLSX and a DOCX whose figures are the expected ones', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    for (const format of ['pdf', 'xlsx', 'docx']) {
      const result = await cli('report', '--db', db, '--period', '2024-Q1', '--format', format, '--out', join(folder, `bc.${format}`));
      expect(result.code, result.stderr).toBe(0);
    }
    const text = await pdfText(join(folder, 'bc.pdf'));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('ỦY BAN NHÂN DÂN XÃ HƯƠNG HỮU');
    expect(text).toContain('Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 78 hồ sơ');
    expect(text).toContain('đạt tỷ lệ 58,97 %');
    const t = expected.total;
    expect(text).toContain(`Tổng cộng ${[t.received, t.new_online, t.new_direct_postal, t.carried_over, t.resolved, t.early, t.on_time, t.late, t.pending, t.pending_in_time, t.pending_overdue].join(' ')}`);
    expect(fontObjects(new Uint8Array(readFileSync(join(folder, 'bc.pdf')))).embedded).toBeGreaterThanOrEqual(3);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(join(folder, 'bc.xlsx'))).buffer);
    const sheet = book.worksheets[0]!;
    const totalRow = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(2).text === 'Tổng cộng');
    expect(totalRow).toBeTruthy();
    expect([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map((c) => Number(totalRow!.getCell(c).value))).toEqual(Object.values(t));
    expect(book.getWorksheet('Danh sách hồ sơ')!.rowCount).toBeGreaterThan(78);

    const zip = await JSZip.loadAsync(readFileSync(join(folder, 'bc.docx')));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain('78 hồ sơ');
    // Word and Excel carry every part the PDF has.
    const docxText = squash((await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' '));
    const parts = ['CHI TIẾT BỔ SUNG (theo Biểu số II.06a/VPCP/KSTT)', 'CÁC TỶ LỆ', 'THỜI GIAN GIẢI QUYẾT TRUNG BÌNH THEO THỦ TỤC', 'DANH SÁCH HỒ SƠ QUÁ HẠN'];
    for (const part of [...parts, 'NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ', '(Kèm theo Báo cáo số …/BC-UBND ngày 14/03/2024 của UBND xã Hương Hữu)', 'không theo dõi']) {
      expect(docxText, part).toContain(part);
      expect(text, part).toContain(part);
    }
    const extended = JSON.stringify(book.getWorksheet('Chi tiết bổ sung')!.getSheetValues());
    for (const part of [...parts.slice(0, 3), 'không theo dõi', 'Cấp Giấy xác nhận tình trạng hôn nhân']) expect(extended, part).toContain(part);
  });

  it('a signed period prints its signed figures; the next report lists the correction', async () => {
    const folder = tempFolder();
    const db = await initLedger(folder);
    await cli('import', '--db', db, FIXTURE_CSV);
    const session = openLedgerSession(db, { actor: 'Chủ tịch' });
    setChairmanPin(session.db, TEST_PIN, { actor: session.actor });
    const q1 = resolvePeriod(parsePeriodSpec('2024-Q1')!, 'nd09');
    signOffPeriod(session, q1, { signerName: 'Trần Văn Ký', pin: TEST_PIN });
    const pending = session.dossiers.listPage({ filter: { status: 'pending' }, limit: 1 }).items[0]!;
    session.dossiers.update(pending.id, { endedOn: dayFromIso('2024-03-13'), ending: 'giai_quyet' }, { actor: 'Cán bộ một cửa' });
    session.close();

    await cli('report', '--db', db, '--period', '2024-Q1', '--format', 'pdf', '--out', join(folder, 'q1.pdf'));
    const q1Text = await pdfText(join(folder, 'q1.pdf'));
    expect(q1Text).toContain('Số lượng hồ sơ đã giải quyết: 63 hồ sơ'); // as signed, not 64
    expect(q1Text).toContain('Trần Văn Ký');

    await cli('report', '--db', db, '--period', '2024-Q2', '--format', 'pdf', '--out', join(folder, 'q2.pdf'));
    const q2Text = await pdfText(join(folder, 'q2.pdf'));
    expect(q2Text).toContain('ĐÍNH CHÍNH SỐ LIỆU CÁC KỲ ĐÃ BÁO CÁO');
    expect(q2Text).toContain(pending.code);
    expect(q2Text).toContain('Ngày có kết quả: — → 13/03/2024');
    // The cells of the signed Biểu 06 the correction changes, old → new, in every format.
    const cellLines = ['CÁC Ô SỐ LIỆU CỦA BIỂU 06 ĐÃ KÝ THAY ĐỔI DO ĐÍNH CHÍNH', '(7) Số hồ sơ đã giải quyết — Tổng số', '63 → 64', '(11) Số hồ sơ đang giải quyết — Tổng số', '15 → 14'];
    for (const line of cellLines) expect(q2Text, line).toContain(line);
    await cli('report', '--db', db, '--period', '2024-Q2', '--format', 'docx', '--out', join(folder, 'q2.docx'));
    const docx = (await (await JSZip.loadAsync(readFileSync(join(folder, 'q2.docx')))).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    for (const line of cellLines) expect(squash(docx), line).toContain(line);
    await cli('report', '--db', db, '--period', '2024-Q2', '--format', 'xlsx', '--out', join(folder, 'q2.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(readFileSync(join(folder, 'q2.xlsx'))).buffer);
    const sheet = JSON.stringify(book.getWorksheet('Đính chính')!.getSheetValues());
    for (const line of [pending.code, ...cellLines]) expect(sheet, line).toContain(line);

    const json = JSON.parse((await cli('report', '--db', db, '--period', '2024-Q1')).stdout) as { signoff: { signer: string }; total: { resolved: number }; corrections: unknown[] };
    expect(json.signoff.signer).toBe('Trần Văn Ký');
    expect(json.total.resolved).toBe(63);
    expect(json.corrections).toHaveLength(1);
  });
});
