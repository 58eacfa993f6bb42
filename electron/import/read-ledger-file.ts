// Picks the reader for a ledger file from its first bytes and its name: .xlsx is a ZIP archive, CSV is
// UTF-8 text. Anything else is refused with a Vietnamese message.
import { readCsvTable } from './csv-reader';
import { type XlsxReadOptions, readXlsxTable } from './xlsx-reader';
import { type LedgerTable, LedgerFileError } from './table';

export type LedgerFormat = 'csv' | 'xlsx';

const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** The OLE compound file of Excel 97–2003 (.xls). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const ACCEPTED = 'Chỉ nhập được tệp CSV (UTF-8) hoặc Excel .xlsx.';

/** Text files hold no NUL byte; binary formats (PDF, images, .doc) nearly always do early on. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return !sample.includes(0);
}

/** Decides how to read the file; throws LedgerFileError when it is neither CSV nor .xlsx. */
export function detectLedgerFormat(bytes: Uint8Array, fileName: string): LedgerFormat {
  const ext = extensionOf(fileName);
  if (bytes.length === 0) throw new LedgerFileError(`Tệp "${fileName}" trống.`);
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (ext === 'xlsx' || ext === 'xlsm' || ext === 'csv' || ext === '') return 'xlsx';
    throw new LedgerFileError(`Tệp "${fileName}" không phải sổ theo dõi hồ sơ. ${ACCEPTED}`);
  }
  if (startsWith(bytes, OLE_MAGIC) || ext === 'xls') {
    throw new LedgerFileError(
      `Tệp "${fileName}" là Excel 97–2003 (.xls), chưa nhập trực tiếp được. Hãy mở bằng Excel và lưu thành .xlsx hoặc "CSV UTF-8".`,
    );
  }
  if (ext === 'xlsx' || ext === 'xlsm') {
    throw new LedgerFileError(`Tệp "${fileName}" có đuôi .${ext} nhưng không phải tệp Excel hợp lệ (có thể bị hỏng).`);
  }
  if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
    throw new LedgerFileError(
      `Tệp "${fileName}" được lưu dạng Unicode (UTF-16). Trong Excel, hãy chọn Lưu thành → "CSV UTF-8 (Comma delimited)" rồi nhập lại.`,
    );
  }
  if (looksLikeText(bytes)) return 'csv';
  throw new LedgerFileError(`Không nhận ra định dạng của tệp "${fileName}". ${ACCEPTED}`);
}

/** Reads a ledger file (CSV or .xlsx; for .xlsx the worksheet in `options.sheet`) into its header and records. */
export async function readLedgerTable(bytes: Uint8Array, fileName: string, options: XlsxReadOptions = {}): Promise<LedgerTable> {
  if (detectLedgerFormat(bytes, fileName) === 'xlsx') return readXlsxTable(bytes, options);
  if (options.sheet !== undefined) throw new LedgerFileError(`Tệp "${fileName}" là CSV, không có trang tính "${options.sheet}" để chọn.`);
  return readCsvTable(bytes);
}
