// The file of an import dry run: the bytes the browser uploaded, or the path the desktop's open dialog
// handed out (read here, in the main process).
import { type ChosenFileRule, readChosenFile } from './chosen-files';
import type { ApiContext } from './context';
import { rejected } from './errors';
import { bytesOf } from './files';
import { OPEN_DIALOG_TITLES } from './dialog-titles';

/** A commune's whole ledger of ten years as CSV is ~300 MB; a spreadsheet that large is not a ledger list. */
const IMPORT_FILE: ChosenFileRule = { dialog: OPEN_DIALOG_TITLES.importFile, maxBytes: 512 * 1024 * 1024, tooBig: 'quá lớn để nhập (tối đa 512 MB)' };

export function importFileBytes(ctx: ApiContext, source: { contentBase64?: string | undefined; path?: string | undefined }): Uint8Array {
  const { contentBase64, path } = source;
  if (path !== undefined && contentBase64 === undefined) return readChosenFile(ctx, path, IMPORT_FILE);
  if (contentBase64 !== undefined && path === undefined) return bytesOf(contentBase64);
  throw rejected('Hãy gửi nội dung tệp hoặc đường dẫn của tệp vừa chọn, chỉ một trong hai.');
}
