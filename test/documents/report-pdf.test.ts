import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../electron/documents';
import { ledgerSentences } from '../../shared/report/narrative';
import { EXPECTED_JSON, compile, fixtureWithLate, reportInput } from './fixture';
import { type PdfPage, fontObjects, readPdf, squash } from './read-pdf';

interface Expected {
  total: Record<string, number>;
  by_field: Record<string, Record<string, number>>;
}
const expected = JSON.parse(readFileSync(EXPECTED_JSON, 'utf8')) as Expected;
const COLUMN_ORDER = ['received', 'new_online', 'new_direct_postal', 'carried_over', 'resolved', 'early', 'on_time', 'late', 'pending', 'pending_in_time', 'pending_overdue'];
const MM = 72 / 25.4;

describe('report PDF', () => {
  let bytes: Uint8Array;
  let pages: PdfPage[];
  let all: string;
  beforeAll(async () => {
    bytes = await renderReportPdf(reportInput());
    pages = await readPdf(bytes);
    all = pages.map((p) => p.text).join(' ');
  });

  it('has the decree’s headings with intact diacritics', () => {
    for (const heading of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
      'ỦY BAN NHÂN DÂN XÃ HƯƠNG HỮU',
      'Số: 356/BC-UBND',
      'Hương Hữu, ngày 08 tháng 3 năm 2024',
      'BÁO CÁO',
      'Kính gửi: Phòng Nội vụ huyện Nam Đông.',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Hồ Văn Ẩn',
      'ỶỰẪ ĂÂĐÊÔƠƯ ăâđêôơư',
    ]) {
      expect(all).toContain(heading);
    }
  });

  it('prints every ledger sentence of the narrative', () => {
    for (const s of ledgerSentences(compile())) expect(all).toContain(squash(s.text));
  });

  it('prints every figure of the expected Biểu 06, row by row, and the rates', () => {
    const form = pages.find((p) => p.text.includes('Biểu số 06/VPCP/KSTT') && p.text.includes('Tổng cộng'));
    expect(form).toBeDefined();
    const text = form?.text ?? '';
    expect(text).toContain('Kỳ báo cáo: Quý I năm 2024 (Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(text).toContain('Đơn vị tính: Số hồ sơ TTHC');
    expect(text).toContain('(1) (2) (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13)');
    ['Hộ tịch', 'Chứng thực', 'Đất đai'].forEach((field, i) => {
      const row = expected.by_field[field] ?? {};
      expect(text).toContain(`${i + 1} ${field} ${COLUMN_ORDER.map((k) => row[k]).join(' ')}`);
    });
    expect(text).toContain(`Tổng cộng ${COLUMN_ORDER.map((k) => expected.total[k]).join(' ')}`);
    expect(all).toContain('Tỷ lệ giải quyết đúng hạn (Trước hạn + Đúng hạn) / Đã giải quyết 100,00 %');
    expect(all).toContain('Tỷ lệ tiếp nhận trực tuyến Trực tuyến / Mới tiếp nhận 58,97 %');
  });

  it('embeds the four Tinos faces and no other font', () => {
    const fonts = fontObjects(bytes);
    expect(fonts.baseFonts.map((f) => f.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['Tinos-Bold', 'Tinos-BoldItalic', 'Tinos-Italic', 'Tinos-Regular']);
    expect(fonts.embedded).toBe(fonts.descriptors);
  });

  it('lays the narrative on A4 portrait with the decree’s margins and numbers pages from 2', () => {
    const [first, second] = pages;
    expect(first?.width).toBeCloseTo(595.28, 1);
    expect(first?.height).toBeCloseTo(841.89, 1);
    const left = Math.min(...(first?.items ?? []).filter((i) => i.str.trim()).map((i) => i.x));
    expect(left).toBeGreaterThanOrEqual(30 * MM - 0.5);
    const right = Math.max(...(first?.items ?? []).filter((i) => i.str.trim()).map((i) => i.x + i.width));
    expect(right).toBeLessThanOrEqual(595.28 - 15 * MM + 0.5);
    const topBand = (p: PdfPage | undefined) => (p?.items ?? []).filter((i) => i.y > p!.height - 20 * MM && i.str.trim());
    expect(topBand(first)).toEqual([]);
    expect(topBand(second).map((i) => i.str)).toEqual(['2']);
  });

  it('is a pure function of its input: the same data gives the same bytes', async () => {
    expect(Buffer.compare(Buffer.from(await renderReportPdf(reportInput())), Buffer.from(bytes))).toBe(0);
  });

  it('puts the tables on landscape pages', () => {
    const landscape = pages.filter((p) => p.width > p.height).map((p) => p.text);
    expect(landscape.some((t) => t.includes('Tổng cộng 78'))).toBe(true);
    expect(landscape.some((t) => t.includes('CHI TIẾT BỔ SUNG'))).toBe(true);
    expect(landscape.some((t) => t.includes('DANH SÁCH HỒ SƠ QUÁ HẠN'))).toBe(true);
  });
});

describe('report PDF with late dossiers', () => {
  it('lists them without personal data, with working days late, causes and apologies', async () => {
    const pages = await readPdf(await renderReportPdf(reportInput(compile(fixtureWithLate()))));
    const list = pages.find((p) => p.text.includes('DANH SÁCH HỒ SƠ QUÁ HẠN'))?.text ?? '';
    expect(list).toContain('000.00.21.H57-240205-0101');
    expect(list).toContain('05/02/2024 08/02/2024 21/02/2024 5');
    expect(list).toContain('07/02/2024');
    expect(list).toContain('000.00.21.H57-240301-0102');
    expect(list).toContain('đang giải quyết');
    expect(list).toContain('Chờ ý kiến của cơ quan phối hợp');
  });
});
