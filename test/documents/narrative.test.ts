import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issuingBodyLine, placeDateLine, signingLines } from '../../electron/documents/vi-text';
import { ledgerSentences } from '../../shared/report/narrative';
import { BIEU_06_PROFILE, gradeOf, subjectLine } from '../../shared/report/profile';
import { dayFromYmd } from '../../shared/time/day';
import { EXPECTED_JSON, compile, fixtureDossiers, fixtureWithLate } from './fixture';

interface Expected {
  total: Record<string, number>;
  by_field: Record<string, Record<string, number>>;
  rates: { on_time_rate: number; online_rate: number };
}
const expected = JSON.parse(readFileSync(EXPECTED_JSON, 'utf8')) as Expected;

describe('the fixture compiles to the expected figures', () => {
  const report = compile();
  it('matches huong-huu-2024-q1.expected.json', () => {
    expect(report.total).toEqual(expected.total);
    for (const row of report.by_field) expect(row).toEqual({ field: row.field, ...expected.by_field[row.field] });
    expect(report.rates.on_time_rate).toBe(expected.rates.on_time_rate);
    expect(report.rates.online_rate).toBe(expected.rates.online_rate);
  });
});

describe('ledger sentences', () => {
  const text = Object.fromEntries(ledgerSentences(compile()).map((s) => [s.key, s.text]));

  it('write the seeds’ sentences with the ledger’s figures and decimal commas', () => {
    expect(text.received).toBe(
      'Tổng số hồ sơ TTHC đã tiếp nhận trong kỳ báo cáo: 78 hồ sơ, trong đó: số mới tiếp nhận trong kỳ: 78 ' +
        '(trực tuyến: 46; trực tiếp và qua dịch vụ bưu chính: 32); số từ kỳ trước chuyển qua: 0 hồ sơ.',
    );
    expect(text.resolved).toBe(
      'Số lượng hồ sơ đã giải quyết: 63 hồ sơ, trong đó: giải quyết trước hạn: 50 hồ sơ, đạt tỷ lệ 79,37 %; ' +
        'giải quyết đúng hạn: 13 hồ sơ, đạt tỷ lệ 20,63 %; quá hạn: 0 hồ sơ, chiếm tỷ lệ 0,00 %. ' +
        'Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn): 100,00 %.',
    );
    expect(text.pending).toBe('Hồ sơ đang giải quyết: 15 hồ sơ, trong đó: chưa đến hạn, đang xử lý: 15 hồ sơ; quá hạn: 0 hồ sơ.');
    expect(text.online).toContain('Hồ sơ đăng ký trực tuyến: 46 hồ sơ');
    expect(text.online).toContain('đạt tỷ lệ 58,97 %');
    expect(text.late).toBe('Trong kỳ báo cáo không có hồ sơ quá hạn.');
  });

  it('leave out the indicators nobody recorded (never a measured 0 %) and never print "đạt tỷ lệ —"', () => {
    // The fixture records no digitisation, no online payment and no rating.
    expect(Object.keys(text)).toEqual(['received', 'resolved', 'pending', 'late', 'online']);
    const all = Object.values(text).join(' ');
    expect(all).not.toMatch(/NaN|undefined|\d\.\d{2} %|—|số hóa|hài lòng/i);
    const empty = compile([]);
    const none = ledgerSentences(empty).map((s) => s.text);
    expect(none).toContain('Số lượng hồ sơ đã giải quyết: 0 hồ sơ.');
    expect(none.join(' ')).not.toMatch(/tỷ lệ —|—/);
  });

  it('print an indicator once one dossier of the period carries it', () => {
    const dossiers = fixtureDossiers().map((d, i) => (i === 0 ? { ...d, digitisedDossier: true, rating: 'hai_long' as const } : d));
    const t = Object.fromEntries(ledgerSentences(compile(dossiers)).map((s) => [s.key, s.text]));
    expect(t.digitisation).toBe('Số hóa hồ sơ, giấy tờ khi tiếp nhận: 1 hồ sơ, đạt tỷ lệ 1,28 %.');
    expect(t.satisfaction).toContain('hài lòng: 1, chiếm tỷ lệ 100,00 %');
  });

  it('count late dossiers and apologies from the report', () => {
    const late = Object.fromEntries(ledgerSentences(compile(fixtureWithLate())).map((s) => [s.key, s.text]));
    expect(late.late).toBe('Hồ sơ quá hạn: 2 hồ sơ (đã giải quyết quá hạn: 1; đang giải quyết quá hạn: 1), trong đó đã có văn bản xin lỗi: 1 hồ sơ.');
    expect(late.online_payment).toContain('thanh toán trực tuyến: 1 hồ sơ, đạt tỷ lệ 100,00 %');
  });
});

describe('profile and wording', () => {
  it('keeps the form as data: 13 numbered columns in three groups', () => {
    expect(BIEU_06_PROFILE.formCode).toBe('Biểu số 06/VPCP/KSTT');
    expect(BIEU_06_PROFILE.columns.map((c) => c.no)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(new Set(BIEU_06_PROFILE.columns.map((c) => c.group)).size).toBe(3);
    expect(subjectLine(BIEU_06_PROFILE, 'Quý I năm 2024')).toMatch(/ quý I năm 2024$/);
  });

  it('grades scores by editable bands', () => {
    expect(gradeOf(18, BIEU_06_PROFILE.nineIndicators.scale)).toBe('Xuất sắc');
    expect(gradeOf(92, BIEU_06_PROFILE.scorecard766.scale)).toBe('Xuất sắc');
    expect(gradeOf(75, BIEU_06_PROFILE.scorecard766.scale)).toBe('Khá');
  });

  it('writes the issuing body, the date line and the signing lines as the decree does', () => {
    // The unit's name is bound with no-break spaces: a line may break before "XÃ", never inside the name.
    expect(issuingBodyLine('UBND xã Hương Hữu')).toBe('ỦY BAN NHÂN DÂN XÃ\u00A0HƯƠNG\u00A0HỮU');
    expect(issuingBodyLine('UBND thị trấn Khe Tre')).toBe('ỦY BAN NHÂN DÂN THỊ\u00A0TRẤN\u00A0KHE\u00A0TRE');
    expect(placeDateLine('Hương Hữu', dayFromYmd(2024, 3, 8))).toBe('Hương\u00A0Hữu, ngày 08 tháng 3 năm 2024');
    expect(placeDateLine('Hương Hữu', dayFromYmd(2024, 2, 5))).toBe('Hương\u00A0Hữu, ngày 05 tháng 02 năm 2024');
    expect(placeDateLine('Hương Hữu', dayFromYmd(2024, 12, 20))).toBe('Hương\u00A0Hữu, ngày 20 tháng 12 năm 2024');
    expect(signingLines({ mode: 'TM', title: 'Chủ tịch', name: 'A' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signingLines({ mode: 'KT', title: 'Phó Chủ tịch', name: 'A' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });
});
