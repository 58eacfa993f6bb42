// Writing a package file so that a failure never leaves a half-written or wrong file under the package's
// name, and never overwrites a good file on the stick: the bytes go to a temporary file beside the target,
// are flushed to the device, read back and verified, and only then renamed into place.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HandoffError } from './errors';
import { removeUnfinishedCopies } from '../services/unfinished-copies';

function writeAll(fd: number, bytes: Buffer): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
}

function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    switch (error.code) {
      case 'ENOSPC':
        return 'ổ đĩa đã đầy';
      case 'EACCES':
      case 'EPERM':
        return 'không có quyền ghi (ổ USB có thể đang bị khóa chống ghi)';
      case 'EROFS':
        return 'ổ đĩa chỉ cho đọc';
      case 'ENOENT':
        return 'thư mục không tồn tại (ổ USB có thể đã bị rút ra)';
      case 'EIO':
        return 'lỗi đọc/ghi của thiết bị';
    }
  }
  return 'lỗi hệ thống';
}

/**
 * Writes `bytes` to `target` through a temporary file; `verify` gets the bytes read back from the device
 * and throws when they are not a good package. On any failure the temporary file is removed and an
 * existing `target` is left as it was.
 */
const TEMPORARY_MARK = '.dang-ghi-';

/**
 * After an export was cancelled (its worker stopped): removes `target` — a name no file had when the
 * export began (handoff's targetIn) — and the temporary files of writePackageFile beside it.
 */
export function removePackageLeftovers(target: string): void {
  const folder = dirname(target);
  const temporary = `${basename(target)}${TEMPORARY_MARK}`;
  let names: string[] = [];
  try {
    names = readdirSync(folder);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return; // the stick was pulled out
    throw error;
  }
  for (const name of names) if (name === basename(target) || name.startsWith(temporary)) rmSync(join(folder, name), { force: true });
}

export function writePackageFile(target: string, bytes: Buffer, verify: (written: Buffer) => void): void {
  if (!existsSync(dirname(target))) throw new HandoffError(`Không ghi được gói: thư mục "${dirname(target)}" không tồn tại (ổ USB có thể đã bị rút ra).`);
  const temporary = `${target}${TEMPORARY_MARK}${process.pid}-${randomBytes(4).toString('hex')}`;
  // What a killed export or encrypted backup left half-written here (services/unfinished-copies).
  removeUnfinishedCopies(dirname(target));
  try {
    const fd = openSync(temporary, 'wx');
    try {
      writeAll(fd, bytes);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    verify(readFileSync(temporary));
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const detail =
      error instanceof HandoffError
        ? error.message.replace(/\.$/, '')
        : error instanceof Error && 'code' in error
          ? describe(error)
          : 'gói đọc lại từ ổ đĩa không đúng, ổ USB có thể bị lỗi';
    throw new HandoffError(`Không ghi được gói vào "${target}" (${detail}); tệp cũ (nếu có) được giữ nguyên.`, { cause: error });
  }
}
