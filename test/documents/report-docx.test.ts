import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReportDocx } from '../../electron/documents';
import { ledgerSentences } from '../../shared/report/narrative';
import { compile, reportInput } from './fixture';

/** The visible text of each paragraph of a WordprocessingML part. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => t[1] ?? '')
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/\u00A0/g, ' '),
  );
}

describe('report DOCX', () => {
  let zip: JSZip;
  let xml: string;
  let texts: string[];
  beforeAll(async () => {
    zip = await JSZip.loadAsync(await renderReportDocx(reportInput()));
    xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    texts = paragraphs(xml);
  });

  it('opens as a Word package', () => {
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  });

  it('contains the letterhead, title and the narrative sentences', () => {
    for (const t of ['ỦY BAN NHÂN DÂN XÃ HƯƠNG HỮU', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hương Hữu, ngày 08 tháng 3 năm 2024', 'BÁO CÁO', '1. Tình hình, kết quả giải quyết thủ tục hành chính', 'II. ĐÁNH GIÁ CHUNG', 'TM. ỦY BAN NHÂN DÂN', 'Hồ Văn Ẩn']) {
      expect(texts).toContain(t);
    }
    for (const s of ledgerSentences(compile())) expect(texts).toContain(`- ${s.text}`);
    expect(texts).toContain('Tổng cộng');
  });

  it('names Times New Roman, A4 with the decree’s margins, justified body with a first-line indent', () => {
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(xml).toContain('<w:jc w:val="both"/>');
    expect(xml).toContain('w:firstLine="720"');
    expect(xml).toContain('<w:titlePg/>');
    expect(xml).toContain('w:orient="landscape"');
  });

  it('numbers pages in a header that page 1 does not show', async () => {
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d+\.xml$/.test(f))
        .map((f) => zip.file(f)?.async('string') ?? ''),
    );
    expect(headers.some((h) => /PAGE/.test(h))).toBe(true);
    expect(headers.some((h) => !/PAGE/.test(h))).toBe(true);
  });
});
