// The report's layout rules read back from the PDF: the header never breaks inside a place name, a deputy
// signs "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", the signing block shares its page with the
// last paragraph, sub-headings are bold, and every part of a draft is marked "DỰ THẢO".
import { describe, expect, it } from 'vitest';
import { renderReportPdf } from '../../electron/documents';
import type { ReportInput } from '../../electron/documents/report-input';
import { compile, fixtureWithLate, reportInput } from './fixture';
import { readPdf } from './read-pdf';

function namDong(): ReportInput {
  const base = reportInput(compile(fixtureWithLate()));
  return {
    ...base,
    unit: { ...base.unit, name: 'UBND xã Nam Đông', place: 'Nam Đông', signer: { mode: 'KT', title: 'Phó Chủ tịch', name: 'Lê Văn Hùng' } },
    draft: true,
    narrative: {
      sections: [
        ...base.narrative.sections,
        { heading: 'IV. ĐỀ XUẤT, KIẾN NGHỊ', text: `1. Ưu điểm\nCán bộ một cửa tiếp nhận đúng quy trình.\n${'Đề nghị cấp trên quan tâm hỗ trợ kinh phí số hóa hồ sơ. '.repeat(8)}` },
        { heading: 'V. PHƯƠNG HƯỚNG', text: '' },
      ],
    },
  };
}

describe('report layout', () => {
  it('keeps place names whole, signs for the chairman in three lines, keeps the signature with the last paragraph', async () => {
    const pages = await readPdf(await renderReportPdf(namDong()));
    const narrative = pages.slice(0, pages.findIndex((p) => p.text.includes('Đơn vị tính: Số hồ sơ TTHC')));
    const lines = narrative.flatMap((p) => p.items.map((i) => i.str.replace(/\u00A0/g, ' ').trim())).filter((s) => s !== '');
    // "XÃ NAM ĐÔNG" and "HUYỆN NAM ĐÔNG" each on one line of the header.
    expect(lines).toContain('XÃ NAM ĐÔNG');
    expect(lines).toContain('HUYỆN NAM ĐÔNG');
    expect(lines.filter((l) => / NAM$/.test(l) && !l.endsWith('VIỆT NAM'))).toEqual([]);
    // The signing block's page also holds the end of the last paragraph; the empty section is not printed.
    const signPage = narrative.find((p) => p.text.includes('KT. CHỦ TỊCH'))!;
    const y = (text: string) => signPage.items.find((i) => i.str.replace(/\u00A0/g, ' ').trim() === text)?.y ?? Number.NaN;
    const [tm, kt, title] = ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'].map(y);
    expect(tm).toBeGreaterThan(kt!); // one under the other, in this order (PDF y grows upwards)
    expect(kt).toBeGreaterThan(title!);
    expect(signPage.text).toContain('hỗ trợ kinh phí số hóa hồ sơ');
    expect(narrative.map((p) => p.text).join(' ')).not.toContain('PHƯƠNG HƯỚNG');
    expect(narrative.map((p) => p.text).join(' ')).toContain('III. ĐỀ XUẤT, KIẾN NGHỊ');
    // Every page that opens a part carries the draft mark.
    for (const title of ['BÁO CÁO', 'Đơn vị tính: Số hồ sơ TTHC', 'CHI TIẾT BỔ SUNG', 'DANH SÁCH HỒ SƠ QUÁ HẠN']) {
      expect(pages.find((p) => p.text.includes(title))?.text, title).toContain('DỰ THẢO');
    }
  });

  it('prints sub-headings of the chairman’s text in bold', async () => {
    const { reportDocDefinition } = await import('../../electron/documents/pdf/report-pdf');
    const def = reportDocDefinition(namDong());
    const flat = JSON.stringify(def.content);
    expect(flat).toContain('{"text":"1. Ưu điểm","style":"subheading"}');
    expect(def.styles?.subheading?.bold).toBe(true);
  });
});
