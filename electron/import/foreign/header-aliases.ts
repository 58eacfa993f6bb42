// The column headers other systems write (the province's one-stop system, older commune ledgers), as
// words the importer recognises by itself. A header matches when, case, diacritics and punctuation
// aside, it equals one of these or one of our own keys and labels (columns.ts).
import { type ColumnKey, findColumn } from '../columns';
import { foldKey } from '../fold';

/** What a foreign column may hold: one of our columns, the status text, or the row number (ignored). */
export type ForeignKey = ColumnKey | 'trang_thai' | 'stt' | 'lien_thong';

export const FOREIGN_KEY_LABELS: Record<'trang_thai' | 'stt' | 'lien_thong', string> = { trang_thai: 'Trạng thái', stt: 'STT', lien_thong: 'Liên thông' };

const ALIASES: Record<string, ForeignKey> = {
  STT: 'stt',
  'Số TT': 'stt',
  'Số thứ tự': 'stt',
  TT: 'stt',
  'Số hồ sơ': 'ma_ho_so',
  'Mã hồ sơ': 'ma_ho_so',
  'Mã số hồ sơ': 'ma_ho_so',
  'Số biên nhận': 'ma_ho_so',
  'Mã thủ tục': 'ma_tthc',
  'Mã TTHC': 'ma_tthc',
  'Mã thủ tục hành chính': 'ma_tthc',
  'Tên thủ tục': 'ten_tthc',
  'Tên TTHC': 'ten_tthc',
  'Thủ tục hành chính': 'ten_tthc',
  'Tên thủ tục hành chính': 'ten_tthc',
  'Thủ tục': 'ten_tthc',
  'Lĩnh vực': 'linh_vuc',
  'Ngày tiếp nhận': 'ngay_nhan',
  'Ngày nhận': 'ngay_nhan',
  'Ngày nhận hồ sơ': 'ngay_nhan',
  'Thời gian tiếp nhận': 'ngay_nhan',
  'Ngày giờ tiếp nhận': 'ngay_nhan',
  'Ngày hẹn trả': 'han_tra',
  'Ngày hẹn trả kết quả': 'han_tra',
  'Hạn xử lý': 'han_tra',
  'Hạn giải quyết': 'han_tra',
  'Hạn trả kết quả': 'han_tra',
  'Ngày có kết quả': 'ngay_co_ket_qua',
  'Ngày hoàn thành': 'ngay_co_ket_qua',
  'Ngày xử lý xong': 'ngay_co_ket_qua',
  'Ngày giải quyết xong': 'ngay_co_ket_qua',
  'Ngày kết thúc': 'ngay_co_ket_qua',
  'Ngày trả kết quả': 'ngay_tra_ket_qua',
  'Ngày trả': 'ngay_tra_ket_qua',
  'Hình thức nộp': 'kenh',
  'Kênh tiếp nhận': 'kenh',
  'Nguồn hồ sơ': 'kenh',
  'Hình thức tiếp nhận': 'kenh',
  'Kênh nộp': 'kenh',
  'Trạng thái': 'trang_thai',
  'Tình trạng': 'trang_thai',
  'Trạng thái hồ sơ': 'trang_thai',
  'Tình trạng hồ sơ': 'trang_thai',
  'Tình trạng xử lý': 'trang_thai',
  'Người nộp': 'nguoi_nop',
  'Chủ hồ sơ': 'nguoi_nop',
  'Tên công dân': 'nguoi_nop',
  'Người đứng tên': 'nguoi_nop',
  'Tổ chức, cá nhân': 'nguoi_nop',
  'Số CCCD': 'so_dinh_danh',
  'Số giấy tờ': 'so_dinh_danh',
  'Số CMND': 'so_dinh_danh',
  'Số CMND/CCCD': 'so_dinh_danh',
  'Số định danh': 'so_dinh_danh',
  'Số điện thoại': 'dien_thoai',
  'Điện thoại': 'dien_thoai',
  SĐT: 'dien_thoai',
  'Địa chỉ': 'dia_chi',
  'Ghi chú': 'ghi_chu',
  'Ngày yêu cầu bổ sung': 'ngay_yeu_cau_bo_sung',
  'Ngày bổ sung': 'ngay_bo_sung_xong',
  'Nguyên nhân quá hạn': 'nguyen_nhan_qua_han',
  'Lý do quá hạn': 'nguyen_nhan_qua_han',
  'Liên thông': 'lien_thong',
  'Hồ sơ liên thông': 'lien_thong',
  'Liên thông với': 'lien_thong',
  'Cơ quan liên thông': 'lien_thong',
  'Liên thông đến': 'lien_thong',
};

const BY_FOLDED = new Map<string, ForeignKey>(Object.entries(ALIASES).map(([header, key]) => [foldKey(header), key]));

/** The column a foreign header names, or null. Our own keys and labels are recognised too. */
export function recogniseHeader(header: string): ForeignKey | null {
  const folded = foldKey(header);
  if (folded === '') return null;
  return BY_FOLDED.get(folded) ?? findColumn(header);
}
