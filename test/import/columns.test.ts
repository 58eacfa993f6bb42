import { describe, expect, it } from 'vitest';
import { COLUMN_KEYS, LEDGER_COLUMNS, findColumn } from '../../electron/import/columns';
import { mapHeader } from '../../electron/import/header-map';

describe('findColumn', () => {
  it('matches the key or the label, without case, diacritics, spacing or punctuation', () => {
    for (const header of ['Mã hồ sơ', 'ma_ho_so', 'MÃ HỒ SƠ', 'ma ho so', ' Mã  hồ sơ ', 'MA_HO_SO', 'Mã hồ sơ'.normalize('NFD')]) {
      expect(findColumn(header), header).toBe('ma_ho_so');
    }
    expect(findColumn('Phí, lệ phí')).toBe('phi');
    expect(findColumn('PHI LE PHI')).toBe('phi');
    expect(findColumn('Lệ phí')).toBe('phi');
    expect(findColumn('Ngày văn bản xin lỗi')).toBe('ngay_xin_loi');
    expect(findColumn('HINH THUC NOP')).toBe('kenh');
    expect(findColumn('Số thứ tự')).toBeNull();
  });

  it('knows every key and label of interchange.md §1', () => {
    expect(COLUMN_KEYS).toHaveLength(26);
    for (const key of COLUMN_KEYS) {
      expect(findColumn(key)).toBe(key);
      expect(findColumn(LEDGER_COLUMNS[key].label)).toBe(key);
    }
  });

  it('marks ma_ho_so, ma_tthc (or ten_tthc), kenh and ngay_nhan as required', () => {
    expect(COLUMN_KEYS.filter((key) => LEDGER_COLUMNS[key].required)).toEqual(['ma_ho_so', 'ma_tthc', 'kenh', 'ngay_nhan']);
    expect(LEDGER_COLUMNS.ma_tthc.alternative).toBe('ten_tthc');
  });
});

describe('mapHeader', () => {
  it('maps columns in any order, by key or label', () => {
    const map = mapHeader(['Ngày tiếp nhận', 'kenh', 'MÃ TTHC', 'ma_ho_so'], 1);
    expect(map.problems).toEqual([]);
    expect(map.complete).toBe(true);
    expect(map.columns.ngay_nhan).toEqual({ key: 'ngay_nhan', index: 0, header: 'Ngày tiếp nhận' });
    expect(map.columns.ma_ho_so?.index).toBe(3);
  });

  it('reports unknown columns as warnings and ignores them', () => {
    const map = mapHeader(['STT', 'ma_ho_so', 'ma_tthc', 'kenh', 'ngay_nhan', 'Cán bộ xử lý', ''], 1);
    expect(map.problems).toEqual([]);
    expect(map.warnings).toEqual([
      'Cột "STT" (cột thứ 1) không có trong mẫu sổ nên được bỏ qua.',
      'Cột "Cán bộ xử lý" (cột thứ 6) không có trong mẫu sổ nên được bỏ qua.',
    ]);
  });

  it('reports each missing required column on the header line', () => {
    const map = mapHeader(['Mã hồ sơ', 'Ghi chú'], 3);
    expect(map.complete).toBe(false);
    expect(map.problems).toEqual([
      { line: 3, column: 'Mã TTHC', value: '', reason: 'Thiếu cột bắt buộc "Mã TTHC" (ma_tthc) hoặc cột "Tên TTHC" (ten_tthc)' },
      { line: 3, column: 'Hình thức nộp', value: '', reason: 'Thiếu cột bắt buộc "Hình thức nộp" (kenh)' },
      { line: 3, column: 'Ngày tiếp nhận', value: '', reason: 'Thiếu cột bắt buộc "Ngày tiếp nhận" (ngay_nhan)' },
    ]);
  });

  it('accepts ten_tthc in place of ma_tthc', () => {
    expect(mapHeader(['ma_ho_so', 'Tên TTHC', 'kenh', 'ngay_nhan'], 1).problems).toEqual([]);
  });

  it('refuses a column given twice', () => {
    const map = mapHeader(['ma_ho_so', 'ma_tthc', 'kenh', 'ngay_nhan', 'Mã hồ sơ'], 1);
    expect(map.problems).toEqual([
      {
        line: 1,
        column: 'Mã hồ sơ',
        value: 'Mã hồ sơ',
        reason: 'Cột "Mã hồ sơ" (ma_ho_so) xuất hiện hai lần: cột thứ 1 ("ma_ho_so") và cột thứ 5',
      },
    ]);
  });
});
