// Every SQLite error a person can meet, in Vietnamese and without a stack trace: what happened, whether
// anything was written, what to do. A full disk or a read-only ledger is never called damage, and never
// answered with "restore a backup".
import { sqliteCodeOf, storageFaultOf } from './storage-fault';

export const DISK_FULL_TEXT =
  'Ổ đĩa đầy: không còn chỗ để ghi vào sổ dữ liệu, lần ghi này chưa được lưu (sổ không bị hỏng, không cần khôi phục bản sao lưu). ' +
  'Hãy xóa bớt tệp không cần hoặc chuyển chúng sang ổ khác để giải phóng dung lượng, rồi thử lại.';

export const READ_ONLY_TEXT =
  'Không có quyền ghi vào sổ dữ liệu (tệp, thư mục hoặc ổ đĩa chỉ cho đọc): lần ghi này chưa được lưu (sổ không bị hỏng, không cần khôi phục bản sao lưu). ' +
  'Hãy bỏ thuộc tính "chỉ đọc" của tệp sổ, cấp quyền ghi cho thư mục, hoặc chép sổ sang một thư mục ghi được, rồi thử lại.';

export const BUSY_TEXT =
  'Sổ dữ liệu đang bận (một chương trình khác, ví dụ lệnh nhập trên dòng lệnh, đang ghi vào sổ): đang nhập dữ liệu, thử lại sau ít phút. Lần ghi này chưa được lưu.';

function textForCode(code: string): string {
  if (code === 'SQLITE_FULL') return DISK_FULL_TEXT;
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return READ_ONLY_TEXT;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return BUSY_TEXT;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === 'SQLITE_FORMAT') {
    return 'Sổ dữ liệu bị hỏng (SQLite không đọc được một phần của tệp). Đừng ghi thêm gì; hãy chạy lệnh "check" và khôi phục từ bản sao lưu gần nhất còn tốt.';
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return 'Lỗi đọc/ghi ổ đĩa khi dùng sổ dữ liệu (ổ USB bị rút ra, ổ mạng mất kết nối hoặc ổ đĩa hỏng): lần ghi này chưa được lưu. Hãy kiểm tra ổ đĩa rồi thử lại.';
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return 'Không mở được tệp sổ dữ liệu (đường dẫn sai, thư mục không còn, hoặc không có quyền). Hãy kiểm tra đường dẫn và quyền truy cập.';
  if (code.startsWith('SQLITE_CONSTRAINT')) return 'Dữ liệu không được sổ chấp nhận (trùng hoặc thiếu thông tin bắt buộc): chưa ghi gì. Hãy kiểm tra lại dữ liệu vừa nhập.';
  if (code === 'SQLITE_NOMEM' || code === 'SQLITE_TOOBIG') return 'Máy không đủ bộ nhớ cho thao tác này (dữ liệu quá lớn): chưa ghi gì. Hãy đóng bớt chương trình khác rồi thử lại.';
  if (code === 'SQLITE_INTERRUPT' || code === 'SQLITE_ABORT') return 'Thao tác trên sổ dữ liệu bị ngắt giữa chừng: chưa ghi gì. Hãy thử lại.';
  return 'Lỗi của cơ sở dữ liệu khi dùng sổ: chưa ghi gì. Hãy thử lại; nếu vẫn lỗi, chạy lệnh "check" để kiểm tra sổ.';
}

/**
 * The Vietnamese text of an SQLite error (with its code for support), or null when it is not one. Given
 * the ledger's file, an I/O error on a full or read-only disk (SQLite says SQLITE_IOERR when the -shm
 * cannot grow) is told as what it is, not as a pulled-out USB drive.
 */
export function sqliteErrorText(error: unknown, ledgerFile?: string): string | null {
  const code = sqliteCodeOf(error);
  if (code === null) return null;
  const fault = ledgerFile === undefined ? null : storageFaultOf(error, ledgerFile);
  const text = fault === 'disk-full' ? DISK_FULL_TEXT : fault === 'read-only' ? READ_ONLY_TEXT : textForCode(code);
  return `${text} (mã lỗi: ${code})`;
}
