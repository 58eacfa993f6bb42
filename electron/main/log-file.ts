// The app's log in its data folder ("<userData>/nhat-ky/so-mot-cua.log"): a packaged Windows app has no
// console, so start-up failures, crashed pages and internal errors are written here, one dated line
// each. When the file passes MAX_BYTES it is renamed to .1 (the previous .1 is dropped).
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

export const LOG_FOLDER = 'nhat-ky';
export const LOG_FILE_NAME = 'so-mot-cua.log';
const MAX_BYTES = 2 * 1024 * 1024;

export interface AppLog {
  readonly file: string;
  write(level: 'info' | 'error', message: string, error?: unknown): void;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const own = error.stack ?? `${error.name}: ${error.message}`;
  return error.cause === undefined ? own : `${own}\nNguyên nhân: ${describe(error.cause)}`;
}

export function openAppLog(dataDir: string, clock: () => Date = () => new Date()): AppLog {
  const dir = path.join(dataDir, LOG_FOLDER);
  const file = path.join(dir, LOG_FILE_NAME);
  return {
    file,
    write(level, message, error) {
      try {
        mkdirSync(dir, { recursive: true });
        if (existsSync(file) && statSync(file).size > MAX_BYTES) {
          rmSync(`${file}.1`, { force: true });
          renameSync(file, `${file}.1`);
        }
        const detail = error === undefined ? '' : `\n  ${describe(error).replaceAll('\n', '\n  ')}`;
        appendFileSync(file, `${clock().toISOString()} ${level.toUpperCase()} ${message}${detail}\n`, 'utf8');
      } catch (failure) {
        // The log must never stop the app; the console is all that is left.
        console.error('Không ghi được nhật ký:', failure, message, error);
      }
    },
  };
}
