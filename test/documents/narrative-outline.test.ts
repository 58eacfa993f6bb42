// The narrative's outline: the ledger's section placed by heading, numbering made consistent, empty
// headings left out (and reported), sub-headings recognised.
import { describe, expect, it } from 'vitest';
import { type OutlineSection, arrangeNarrative, ledgerPlacement } from '../../shared/report/narrative-outline';
import { BIEU_06_PROFILE } from '../../shared/report/profile';

const options = { ledgerHeading: BIEU_06_PROFILE.narrative.ledgerSection, firstPartHeading: BIEU_06_PROFILE.narrative.firstPartHeading };
const headings = (sections: OutlineSection[]) =>
  arrangeNarrative(sections, options).blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'ledger' ? ['<sổ>'] : []));
const s = (heading: string, text = 'Nội dung.') => ({ heading, text });

describe('narrative outline', () => {
  it('puts the ledger section by its number, in the chairman’s own order, under a first part it adds', () => {
    const chairman = [s('1. Công tác chỉ đạo'), s('2. Niêm yết'), s('3. Phản ánh'), s('5. Một cửa'), s('II. ĐÁNH GIÁ CHUNG'), s('III. PHƯƠNG HƯỚNG')];
    expect(headings(chairman)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH',
      '1. Công tác chỉ đạo',
      '2. Niêm yết',
      '3. Phản ánh',
      '4. Tình hình, kết quả giải quyết thủ tục hành chính',
      '<sổ>',
      '5. Một cửa',
      'II. ĐÁNH GIÁ CHUNG',
      'III. PHƯƠNG HƯỚNG',
    ]);
    // Reordered by the chairman (5 before 3): the ledger goes before the first item numbered 4 or more,
    // and the items are numbered as they stand.
    const reordered = [s('I. KẾT QUẢ'), s('1. Chỉ đạo'), s('2. Niêm yết'), s('5. Một cửa'), s('3. Phản ánh'), s('II. ĐÁNH GIÁ')];
    expect(headings(reordered)).toEqual(['I. KẾT QUẢ', '1. Chỉ đạo', '2. Niêm yết', '3. Tình hình, kết quả giải quyết thủ tục hành chính', '<sổ>', '4. Một cửa', '5. Phản ánh', 'II. ĐÁNH GIÁ']);
    expect(ledgerPlacement(reordered, options)).toEqual({ before: 3 });
  });

  it('uses the chairman’s own section of that title, keeping his text after the ledger sentences', () => {
    const own = [s('1. Chỉ đạo'), s('7. Tình hình, kết quả giải quyết thủ tục hành chính', 'Nhận xét của Chủ tịch.'), s('2. Khác')];
    const out = arrangeNarrative(own, options).blocks;
    expect(out.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'heading', 'ledger', 'paragraph', 'heading', 'paragraph']);
    expect(headings(own)).toEqual(['1. Chỉ đạo', '2. Tình hình, kết quả giải quyết thủ tục hành chính', '<sổ>', '3. Khác']);
    expect(ledgerPlacement(own, options)).toEqual({ own: 1 });
  });

  it('never prints an empty heading and says which were left out; a part is kept while one item has text', () => {
    const sections = [s('1. Chỉ đạo', ''), s('2. Niêm yết'), s('II. ĐÁNH GIÁ CHUNG', ''), s('1. Ưu điểm', ''), s('III. KIẾN NGHỊ', ''), s('1. Đề xuất', 'Kiến nghị.')];
    const out = arrangeNarrative(sections, options);
    expect(out.emptyHeadings).toEqual(['1. Chỉ đạo', 'II. ĐÁNH GIÁ CHUNG', '1. Ưu điểm']);
    expect(headings(sections)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH',
      '1. Niêm yết',
      '2. Tình hình, kết quả giải quyết thủ tục hành chính',
      '<sổ>',
      'II. KIẾN NGHỊ',
      '1. Đề xuất',
    ]);
    // The default outline of a first report: every chairman's heading is empty, only the ledger prints.
    const first = arrangeNarrative(BIEU_06_PROFILE.narrative.defaultSections, options);
    expect(first.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual([
      'I. KẾT QUẢ THỰC HIỆN CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH',
      '1. Tình hình, kết quả giải quyết thủ tục hành chính',
    ]);
    expect(first.emptyHeadings).toHaveLength(BIEU_06_PROFILE.narrative.defaultSections.length);
  });

  it('marks short lines opening with "a)" or "1." in the text as sub-headings', () => {
    const out = arrangeNarrative([s('II. ĐÁNH GIÁ CHUNG', '1. Ưu điểm\nCông tác được quan tâm.\na) Hạn chế\n1. Nhằm triển khai, thực hiện các mục tiêu, nhiệm vụ tại Quyết định số 3044/QĐ-UBND ngày 22/12/2023 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính.')], options);
    expect(out.blocks.filter((b) => b.kind === 'subheading').map((b) => (b.kind === 'subheading' ? b.text : ''))).toEqual(['1. Ưu điểm', 'a) Hạn chế']);
  });
});
