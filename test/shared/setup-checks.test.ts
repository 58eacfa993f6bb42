import { describe, expect, it } from 'vitest';
import { setupProblems } from '../../shared/office/setup-checks';

const GOOD = { unitName: 'UBND xã Hương Hữu', unitCode: '000.00.21.H57', receivingUnit: 'UBND huyện Nam Đông', deskNumber: '1', extraWorkingDays: '0' };

describe('the first-run fields', () => {
  it('accepts a complete unit', () => {
    expect(setupProblems(GOOD)).toEqual({});
    expect(setupProblems({ ...GOOD, deskNumber: ' 9 ', extraWorkingDays: '60' })).toEqual({});
  });

  it('names each wrong field in Vietnamese', () => {
    expect(setupProblems({ unitName: ' ', unitCode: 'mã có dấu', receivingUnit: '', deskNumber: '0', extraWorkingDays: '1.5' })).toEqual({
      unitName: 'Hãy nhập tên đơn vị, ví dụ "UBND xã Hương Hữu".',
      unitCode: 'Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm hoặc gạch ngang, không có khoảng trắng (ví dụ 000.00.21.H57).',
      receivingUnit: 'Hãy nhập đơn vị nhận báo cáo, ví dụ "UBND huyện Nam Đông".',
      deskNumber: 'Số bàn tiếp nhận là một số nguyên từ 1 đến 9, không phải 0.',
      extraWorkingDays: 'Số ngày làm việc cộng thêm là một số nguyên từ 0 đến 60, không phải "1.5".',
    });
    expect(setupProblems({ ...GOOD, unitCode: '', deskNumber: '', extraWorkingDays: '61' })).toEqual({
      unitCode: 'Hãy nhập mã đơn vị, ví dụ 000.00.21.H57.',
      deskNumber: 'Hãy nhập số bàn tiếp nhận (một số từ 1 đến 9).',
      extraWorkingDays: 'Số ngày làm việc cộng thêm là một số nguyên từ 0 đến 60, không phải 61.',
    });
  });
});
