// The ledger columns of interchange.md §1 as data: key, Vietnamese label, whether the column is required,
// and how a (non-empty, trimmed) cell is parsed. A header matches the key or the label, without regard to
// case, diacritics, spacing or punctuation ("Mã hồ sơ" = "ma_ho_so" = "MÃ HỒ SƠ").
import type { DayNumber } from '../../shared/time/day';
import type { LocalDateTime } from '../../shared/time/local-time';
import type { Channel, Ending, Rating } from '../../shared/dossier/dossier';
import { parseAmount } from './amount-cell';
import { parseChannel, parseEnding, parseFlag, parseRating } from './choice-cell';
import { parseDayCell, parseDayListCell, parseReceptionCell } from './date-cell';
import { foldKey } from './fold';
import { type ParseResult, ok } from './parse-result';

/** The value each column holds once parsed. */
export interface ColumnValues {
  ma_ho_so: string;
  ma_tthc: string;
  ten_tthc: string;
  linh_vuc: string;
  kenh: Channel;
  ngay_nhan: LocalDateTime;
  han_tra: DayNumber;
  ngay_yeu_cau_bo_sung: DayNumber[];
  ngay_bo_sung_xong: DayNumber[];
  ngay_co_ket_qua: DayNumber;
  ngay_tra_ket_qua: DayNumber;
  ket_thuc: Ending;
  han_gia_han: DayNumber;
  ngay_xin_loi: DayNumber;
  nguyen_nhan_qua_han: string;
  so_hoa_ho_so: boolean;
  so_hoa_ket_qua: boolean;
  luu_kho: boolean;
  thanh_toan_truc_tuyen: boolean;
  phi: number;
  danh_gia: Rating;
  nguoi_nop: string;
  so_dinh_danh: string;
  dien_thoai: string;
  dia_chi: string;
  ghi_chu: string;
}

export type ColumnKey = keyof ColumnValues;

export interface ColumnSpec<K extends ColumnKey = ColumnKey> {
  key: K;
  label: string;
  /** The column must be in the header (unless `alternative` is) and its cells must not be empty. */
  required: boolean;
  /** For `ma_tthc`: `ten_tthc` may stand in for it. */
  alternative?: ColumnKey;
  /** Parses a non-empty, trimmed cell. Empty cells are absent values and never reach the parser. */
  parse: (text: string) => ParseResult<ColumnValues[K]>;
}

const text = (value: string): ParseResult<string> => ok(value);

type ColumnTable = { [K in ColumnKey]: ColumnSpec<K> };

export const LEDGER_COLUMNS: ColumnTable = {
  ma_ho_so: { key: 'ma_ho_so', label: 'Mã hồ sơ', required: true, parse: text },
  ma_tthc: { key: 'ma_tthc', label: 'Mã TTHC', required: true, alternative: 'ten_tthc', parse: text },
  ten_tthc: { key: 'ten_tthc', label: 'Tên TTHC', required: false, parse: text },
  linh_vuc: { key: 'linh_vuc', label: 'Lĩnh vực', required: false, parse: text },
  kenh: { key: 'kenh', label: 'Hình thức nộp', required: true, parse: parseChannel },
  ngay_nhan: { key: 'ngay_nhan', label: 'Ngày tiếp nhận', required: true, parse: parseReceptionCell },
  han_tra: { key: 'han_tra', label: 'Ngày hẹn trả', required: false, parse: parseDayCell },
  ngay_yeu_cau_bo_sung: {
    key: 'ngay_yeu_cau_bo_sung',
    label: 'Ngày yêu cầu bổ sung',
    required: false,
    parse: parseDayListCell,
  },
  ngay_bo_sung_xong: { key: 'ngay_bo_sung_xong', label: 'Ngày bổ sung xong', required: false, parse: parseDayListCell },
  ngay_co_ket_qua: { key: 'ngay_co_ket_qua', label: 'Ngày có kết quả', required: false, parse: parseDayCell },
  ngay_tra_ket_qua: { key: 'ngay_tra_ket_qua', label: 'Ngày trả kết quả', required: false, parse: parseDayCell },
  ket_thuc: { key: 'ket_thuc', label: 'Kết thúc', required: false, parse: parseEnding },
  han_gia_han: { key: 'han_gia_han', label: 'Ngày hẹn mới', required: false, parse: parseDayCell },
  ngay_xin_loi: { key: 'ngay_xin_loi', label: 'Ngày văn bản xin lỗi', required: false, parse: parseDayCell },
  nguyen_nhan_qua_han: { key: 'nguyen_nhan_qua_han', label: 'Nguyên nhân quá hạn', required: false, parse: text },
  so_hoa_ho_so: { key: 'so_hoa_ho_so', label: 'Số hóa hồ sơ', required: false, parse: parseFlag },
  so_hoa_ket_qua: { key: 'so_hoa_ket_qua', label: 'Số hóa kết quả', required: false, parse: parseFlag },
  luu_kho: { key: 'luu_kho', label: 'Lưu kho dữ liệu', required: false, parse: parseFlag },
  thanh_toan_truc_tuyen: {
    key: 'thanh_toan_truc_tuyen',
    label: 'Thanh toán trực tuyến',
    required: false,
    parse: parseFlag,
  },
  phi: { key: 'phi', label: 'Phí, lệ phí', required: false, parse: parseAmount },
  danh_gia: { key: 'danh_gia', label: 'Đánh giá', required: false, parse: parseRating },
  nguoi_nop: { key: 'nguoi_nop', label: 'Người nộp', required: false, parse: text },
  so_dinh_danh: { key: 'so_dinh_danh', label: 'Số định danh', required: false, parse: text },
  dien_thoai: { key: 'dien_thoai', label: 'Điện thoại', required: false, parse: text },
  dia_chi: { key: 'dia_chi', label: 'Địa chỉ', required: false, parse: text },
  ghi_chu: { key: 'ghi_chu', label: 'Ghi chú', required: false, parse: text },
};

/** The keys in the order of interchange.md §1 (also the order an export writes them). */
export const COLUMN_KEYS = Object.keys(LEDGER_COLUMNS) as ColumnKey[];

export function columnSpec<K extends ColumnKey>(key: K): ColumnSpec<K> {
  return LEDGER_COLUMNS[key];
}

const BY_HEADER = new Map<string, ColumnKey>();
for (const key of COLUMN_KEYS) {
  BY_HEADER.set(foldKey(key), key);
  BY_HEADER.set(foldKey(LEDGER_COLUMNS[key].label), key);
}
// "Phí, lệ phí" is often headed just "Phí" or "Lệ phí".
BY_HEADER.set(foldKey('Lệ phí'), 'phi');

/** The column a header names, by key or label; null for an unknown header. */
export function findColumn(header: string): ColumnKey | null {
  return BY_HEADER.get(foldKey(header)) ?? null;
}
