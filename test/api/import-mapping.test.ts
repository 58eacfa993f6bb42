// The mapping step through the app's API: the dry run reads a foreign list and shows each column with
// examples of its cells; a corrected mapping is sent back, saved as a profile, and the import writes
// exactly what the dry run with that mapping previewed.
import { describe, expect, it } from 'vitest';
import { testApi } from './helpers';

const LIST = [
  'DANH SÁCH HỒ SƠ',
  '',
  'STT;Mã hồ sơ;Thủ tục hành chính;Hình thức tiếp nhận;Ngày nhận;Tình trạng;Cán bộ xử lý',
  '1;T-0001;Thủ tục đăng ký lại khai sinh;Trực tiếp;05/03/2024 08:30;Đang xử lý;Lê Thị Ánh',
  '2;T-0002;Đăng ký khai sinh;Dịch vụ công;06/03/2024 09:00;Đang xử lý;Lê Thị Ánh',
].join('\n');
const content = Buffer.from(LIST, 'utf8').toString('base64');

describe('import.planForeign', () => {
  it('shows the mapping with real cells, takes a corrected one, saves it and imports with it', async () => {
    const t = await testApi('2024-03-15 08:00');
    const first = await t.call('import.planForeign', { fileName: 'tinh.csv', contentBase64: content });
    expect(first.foreign?.headerLines).toEqual([3]);
    expect(first.foreign?.columns.find((c) => c.header === 'Cán bộ xử lý')).toEqual({ index: 6, header: 'Cán bộ xử lý', key: null, samples: ['Lê Thị Ánh', 'Lê Thị Ánh'] });
    expect(first.procedureSuggestions[0]?.candidates[0]?.code).toBe('1.004884');
    expect(first.problems.map((p) => p.line)).toEqual([4]);

    const mapping = {
      ...first.foreign?.mapping,
      columns: { ...first.foreign?.mapping.columns, 'Cán bộ xử lý': 'ghi_chu' },
      procedures: { 'Thủ tục đăng ký lại khai sinh': '1.004884' },
    };
    const second = await t.call('import.planForeign', { fileName: 'tinh.csv', contentBase64: content, mapping });
    expect(second.problems).toEqual([]);
    expect(second.counts.new).toBe(2);
    await t.call('import.saveProfile', { name: 'Hệ thống tỉnh', mapping });
    expect((await t.call('import.profiles', {})).profiles.map((p) => p.name)).toEqual(['Hệ thống tỉnh']);

    const byProfile = await t.call('import.planForeign', { fileName: 'tinh.csv', contentBase64: content, profile: 'Hệ thống tỉnh' });
    expect(byProfile.problems).toEqual([]);
    expect(await t.call('import.apply', { planId: byProfile.planId, update: false })).toMatchObject({ inserted: 2 });
    const again = await t.call('import.planForeign', { fileName: 'tinh.csv', contentBase64: content, profile: 'Hệ thống tỉnh' });
    expect(again.counts).toMatchObject({ new: 0, unchanged: 2 });
  });

  it('refuses a mapping naming no column of ours', async () => {
    const t = await testApi('2024-03-15 08:00');
    await expect(t.call('import.planForeign', { fileName: 'tinh.csv', contentBase64: content, mapping: { columns: { 'Cán bộ xử lý': 'can_bo' } } })).rejects.toThrow(
      /Bảng ghép cột có mục không hợp lệ ở "columns → Cán bộ xử lý"/,
    );
  });
});
