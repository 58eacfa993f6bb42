import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldedWords } from '../../../shared/text/fold';

describe('foldText', () => {
  it('lower-cases and strips every Vietnamese diacritic', () => {
    expect(foldText('Nguyễn Văn A')).toBe('nguyen van a');
    expect(foldText('ĂÂÊÔƠƯ ăâêôơư')).toBe('aaeoou aaeoou');
    expect(foldText('Hường Ánh Ộ Ữ Ỹ ậ ể ợ')).toBe('huong anh o u y a e o');
    expect(foldText('Giáo dục và Đào tạo')).toBe('giao duc va dao tao');
  });

  it('maps đ/Đ (and the look-alike ð/Ð) to d', () => {
    expect(foldText('Đỗ đức')).toBe('do duc');
    expect(foldText('Ðỗ ðức')).toBe('do duc');
  });

  it('gives the same key for composed and decomposed input', () => {
    const nfc = 'Trần Thị Hường Đặng Ứng';
    expect(foldText(nfc.normalize('NFD'))).toBe(foldText(nfc));
    expect(foldText(nfc)).toBe('tran thi huong dang ung');
  });

  it('collapses and trims white space', () => {
    expect(foldText('  Nguyễn \t Văn\n\nA  ')).toBe('nguyen van a');
    expect(foldText('\u00a0Lê\u00a0Ơn ')).toBe('le on');
    expect(foldText('')).toBe('');
  });

  it('keeps digits and punctuation', () => {
    expect(foldText('000.00.12.H40-240307-1001')).toBe('000.00.12.h40-240307-1001');
  });

  it('is idempotent and leaves no combining mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
        expect(/\p{M}/u.test(once.normalize('NFD'))).toBe(false);
      }),
    );
  });
});

describe('foldedWords', () => {
  it('splits folded text into letter-and-digit words', () => {
    expect(foldedWords('000.00.12.H40-240307-1001')).toEqual(['000', '00', '12', 'h40', '240307', '1001']);
    expect(foldedWords('Đăng ký nhận cha, mẹ, con')).toEqual(['dang', 'ky', 'nhan', 'cha', 'me', 'con']);
    expect(foldedWords(' — ')).toEqual([]);
  });
});
