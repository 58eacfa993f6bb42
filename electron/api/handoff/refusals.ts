// The handoff module's errors at the API: a refused package keeps the module's own Vietnamese message,
// with, where that message names a command-line command, what to do in the app's screens instead.
import type { RefusalReason } from '../../handoff';
import { HandoffError, PackageRefusedError } from '../../handoff';
import { ApiError } from '../errors';

const HINTS: Partial<Record<RefusalReason, string>> = {
  unknown_unit:
    'Trong ứng dụng: đăng ký đơn vị ở Bàn giao USB › Tổng hợp › Đăng ký đơn vị (mã, tên, dấu vân tay do đơn vị đọc qua điện thoại), ' +
    'hoặc, khi đã gọi điện xác nhận đúng dấu vân tay, đánh dấu ô "Đã gọi điện xác nhận dấu vân tay với đơn vị" ở trên rồi xem trước lại.',
  untrusted_key: 'Trong ứng dụng: nếu đơn vị xác nhận đúng dấu vân tay này, đăng ký thêm khóa ở Bàn giao USB › Tổng hợp › Đăng ký đơn vị.',
  wrong_kind: 'Trong ứng dụng: chế độ đơn vị nhận báo cáo được bật hoặc tắt ở Thiết lập › Bàn giao USB.',
  wrong_unit: 'Trong ứng dụng: mã đơn vị của sổ được khai báo ở Thiết lập › Đơn vị.',
  wrong_passphrase: 'Gõ mật khẩu vào ô "Mật khẩu của gói" rồi bấm Xem trước lại.',
};

export function hintFor(reason: RefusalReason): string | null {
  return HINTS[reason] ?? null;
}

/** Runs `work`, turning the handoff's errors into refused API calls with their Vietnamese message. */
export async function asApiErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PackageRefusedError) {
      const hint = hintFor(error.reason);
      throw new ApiError('rejected', `Gói bị từ chối: ${error.message}`, hint ? [hint] : undefined);
    }
    if (error instanceof HandoffError) throw new ApiError('rejected', error.message);
    throw error;
  }
}
