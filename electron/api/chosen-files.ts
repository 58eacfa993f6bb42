// Files the page names by path instead of sending their bytes (in Electron, where a native open dialog
// chose them: a large file never travels as base64 over IPC). The main process reads only a path the
// shell's own dialog handed out (host.allowsPath), absolute, a regular file, under a size cap.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ApiContext } from './context';
import { rejected } from './errors';

export interface ChosenFileRule {
  /** The dialog's name as the screen shows it ("Chọn tệp gói"). */
  dialog: string;
  maxBytes: number;
  /** Why a bigger file is refused ("quá lớn để là một gói bàn giao"). */
  tooBig: string;
}

/** A file system error as a refused call (a stick pulled out, a wrong path); anything else goes on. */
function unreadable(file: string, error: unknown): never {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('E')) {
    throw rejected(`Không đọc được tệp "${file}" (${error.code === 'ENOENT' ? 'không tìm thấy tệp; ổ USB có thể đã bị rút ra' : error.code}).`);
  }
  throw error;
}

/** Refuses a path the shell's own dialog did not hand out (`dialog`: that dialog's name on the screen). */
export function assertHandedOut(ctx: ApiContext, file: string, dialog: string): void {
  if (ctx.host.allowsPath && !ctx.host.allowsPath(file)) {
    throw rejected(`Không mở tệp "${path.basename(file)}": chỉ mở được tệp vừa chọn trong hộp thoại "${dialog}".`);
  }
  if (!path.isAbsolute(file)) throw rejected(`"${file}" không phải đường dẫn đầy đủ của một tệp.`);
}

export function readChosenFile(ctx: ApiContext, file: string, rule: ChosenFileRule): Uint8Array {
  assertHandedOut(ctx, file, rule.dialog);
  return readFileAt(file, rule);
}

export function readFileAt(file: string, rule: ChosenFileRule): Uint8Array {
  if (!path.isAbsolute(file)) throw rejected(`"${file}" không phải đường dẫn đầy đủ của một tệp.`);
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch (error) {
    return unreadable(file, error);
  }
  if (!stat.isFile()) throw rejected(`"${file}" không phải một tệp.`);
  if (stat.size > rule.maxBytes) throw rejected(`Tệp "${path.basename(file)}" ${rule.tooBig}.`);
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    return unreadable(file, error);
  }
}
