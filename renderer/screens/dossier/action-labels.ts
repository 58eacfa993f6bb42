// The actions of the Hồ sơ screen as buttons read them.
import type { ActionKind } from '../../../shared/api/dossier-schemas';

export const ACTION_LABELS_VI: Record<ActionKind, string> = {
  hand_over: 'Chuyển xử lý',
  supplement_request: 'Yêu cầu bổ sung',
  supplement_return: 'Nhận hồ sơ bổ sung',
  result_ready: 'Có kết quả',
  returned: 'Trả kết quả',
  end: 'Rút / dừng / từ chối',
  extension: 'Xin lỗi, gia hạn',
  correct: 'Sửa thông tin',
};

/** The form's short name ("Mẫu 01"), for the button that saves its PDF. */
export const FORM_NAMES_VI = { mau01: 'Mẫu 01', mau02: 'Mẫu 02', mau04: 'Mẫu 04' } as const;

export const FORM_LABELS_VI = {
  mau01: 'In Mẫu 01 (giấy tiếp nhận)',
  mau02: 'In Mẫu 02 (yêu cầu bổ sung)',
  mau04: 'In Mẫu 04 (xin lỗi, gia hạn)',
} as const;
