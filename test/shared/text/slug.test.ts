import { describe, expect, it } from 'vitest';
import { slugify } from '../../../shared/text/slug';

describe('slugify', () => {
  it('makes ASCII slugs from Vietnamese names', () => {
    expect(slugify('Đăng ký nhận cha, mẹ, con')).toBe('dang-ky-nhan-cha-me-con');
    expect(slugify('Chứng thực văn bản thỏa thuận phân chia di sản')).toBe('chung-thuc-van-ban-thoa-thuan-phan-chia-di-san');
    expect(slugify('  Tín ngưỡng, tôn giáo  ')).toBe('tin-nguong-ton-giao');
    expect(slugify('???')).toBe('');
  });
});
