// The files the shell's own open dialogs handed to the page: the only paths the main process reads when
// the page names one (a page can never make it read another file). Each stays valid for a while, as
// long as a person takes to preview and then import what they chose.
import path from 'node:path';

const VALID_MS = 60 * 60_000;

export interface HandedOutPaths {
  handOut(file: string | null): string | null;
  allows(file: string): boolean;
}

export function handedOutPaths(now: () => number = Date.now): HandedOutPaths {
  const until = new Map<string, number>();
  return {
    handOut(file) {
      if (file !== null) until.set(path.resolve(file), now() + VALID_MS);
      return file;
    },
    allows(file) {
      const key = path.resolve(file);
      const expires = until.get(key);
      if (expires === undefined) return false;
      if (expires < now()) {
        until.delete(key);
        return false;
      }
      return true;
    },
  };
}
