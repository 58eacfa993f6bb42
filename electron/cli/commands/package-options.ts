// Options shared by the package commands: the passphrase file, and the handoff's errors as CLI errors.
import { readFileSync, statSync } from 'node:fs';
import { MAX_PACKAGE_FILE_BYTES } from '../../handoff/part-limits';
import { HandoffError, PackageRefusedError } from '../../handoff';
import { type ParsedArgs, optionalString } from '../args';
import { CliError } from '../cli-error';

/** The passphrase in `--passphrase-file` (one trailing line break removed), or null without the option. */
export function passphraseFrom(args: ParsedArgs): string | null {
  const file = optionalString(args, 'passphrase-file');
  if (file === undefined) return null;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`Không đọc được tệp mật khẩu "${file}": ${error instanceof Error && 'code' in error ? String(error.code) : 'lỗi hệ thống'}.`);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
}

export function readPackageFile(file: string): Uint8Array {
  try {
    if (statSync(file).size > MAX_PACKAGE_FILE_BYTES) throw new CliError(`Tệp "${file}" quá lớn để là một gói bàn giao; chưa đọc.`, 3);
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`Không đọc được gói "${file}": ${error instanceof Error && 'code' in error ? String(error.code) : 'lỗi hệ thống'}.`);
  }
}

/** Runs `work`, reporting a refused package or a handoff error as the command's error. */
export async function asCliErrors<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PackageRefusedError) throw new CliError(`Gói bị từ chối: ${error.message}`, 3);
    if (error instanceof HandoffError) throw new CliError(error.message);
    throw error;
  }
}
