// Why a backup could not be written, as a Vietnamese clause ("ổ đĩa đã đầy …"): from the file system's
// error code, or from SQLite's (its online backup API writes the copy), never SQLite's English words.
// A full or read-only destination is said to be one, whatever code SQLite chose for it.
import { folderStorageFault, sqliteCodeOf, sqliteErrorText } from '../ledger';

const DISK_FULL = 'ổ đĩa đã đầy (hãy giải phóng dung lượng hoặc chọn ổ đĩa khác)';
const NO_WRITE = 'không có quyền ghi vào thư mục này';
const READ_ONLY_DRIVE = 'ổ đĩa chỉ cho đọc (USB đang bật khóa ghi?)';
const IO_ERROR = 'lỗi đọc ghi ổ đĩa (USB hỏng hoặc vừa bị rút?)';

const FS_REASONS: Record<string, string> = {
  EACCES: NO_WRITE,
  EPERM: NO_WRITE,
  EROFS: READ_ONLY_DRIVE,
  ENOSPC: DISK_FULL,
  EDQUOT: DISK_FULL,
  EFBIG: 'tệp sao lưu lớn hơn mức ổ đĩa này cho phép (ổ USB định dạng FAT32 chỉ nhận tệp dưới 4 GB: hãy dùng ổ NTFS hoặc exFAT)',
  ENOENT: 'không tìm thấy thư mục (USB vừa bị rút?)',
  EIO: IO_ERROR,
};

function errnoOf(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && !code.startsWith('SQLITE_') ? code : null;
}

/** The Vietnamese reason a backup into `folder` failed with `error`. */
export function backupFailureReason(error: unknown, folder: string): string {
  const errno = errnoOf(error);
  if (errno !== null && FS_REASONS[errno]) return FS_REASONS[errno];
  const sqlite = sqliteCodeOf(error);
  if (sqlite !== null) {
    // A full or read-only destination, whatever SQLite called it (SQLITE_FULL, SQLITE_IOERR_WRITE …).
    const fault = sqlite === 'SQLITE_FULL' ? 'disk-full' : folderStorageFault(folder) ?? (sqlite.startsWith('SQLITE_READONLY') ? 'read-only' : null);
    if (fault === 'disk-full') return DISK_FULL;
    if (fault === 'read-only') return NO_WRITE;
    if (sqlite.startsWith('SQLITE_IOERR')) return `${IO_ERROR} (mã lỗi: ${sqlite})`;
    return lowerFirst(sqliteErrorText(error) ?? sqlite);
  }
  const message = error instanceof Error ? error.message : String(error);
  // Our own refusals are Vietnamese already; anything else keeps only its code.
  if (/[À-ỹ]/u.test(message)) return message;
  return `lỗi không mong đợi khi ghi bản sao vào "${folder}"${errno ? ` (mã lỗi: ${errno})` : ''}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
