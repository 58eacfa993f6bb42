// Whether a file can be restored from: whole, intact, a Sổ Một Cửa ledger this app can read.
import { LATEST_SCHEMA_VERSION } from '../ledger';
import type { LedgerProbe } from './ledger-probe';

/** Why a file cannot be restored from, or null when it can. */
export function unusableBackupReason(probe: LedgerProbe, supportedVersion = LATEST_SCHEMA_VERSION): string | null {
  switch (probe.status) {
    case 'missing':
      return `Không tìm thấy bản sao lưu "${probe.file}".`;
    case 'empty':
    case 'unreadable':
      return `Tệp "${probe.file}" trống hoặc không đọc được, không phải bản sao lưu dùng được.`;
    case 'not-a-ledger':
      return `Tệp "${probe.file}" không phải bản sao lưu của Sổ Một Cửa.`;
    case 'disk-full':
    case 'read-only':
      return `Không đọc được bản sao lưu "${probe.file}" (ổ đĩa chứa nó đầy hoặc chỉ cho đọc); hãy chép nó sang ổ khác rồi chọn lại.`;
    case 'corrupt':
      return `Bản sao lưu "${probe.file}" bị hỏng (kiểm tra toàn vẹn không đạt).`;
    case 'ok':
      if ((probe.schemaVersion ?? 0) > supportedVersion) {
        return `Bản sao lưu "${probe.file}" do phiên bản mới hơn của Sổ Một Cửa tạo ra (lược đồ số ${probe.schemaVersion}); hãy cập nhật ứng dụng trước.`;
      }
      return null;
  }
}
