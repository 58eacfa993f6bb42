// Every connection the app opens to a SQLite file goes through openDatabase, so a thread can tell
// better-sqlite3 where its native module lies. In the installed app the module is unpacked beside the
// archive (resources/app.asar.unpacked/…, electron-builder's asarUnpack): a native module is never
// loaded from inside app.asar. The worker thread of heavy jobs names that file itself
// (nativeBindingBeside) rather than count on Electron's archive support inside worker threads.
import { existsSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

let nativeBinding: string | null = null;

/** From now on, connections of this thread load better-sqlite3's native module from `file` (null: its own lookup). */
export function useNativeBinding(file: string | null): void {
  nativeBinding = file;
}

export function openDatabase(file: string, options: Database.Options = {}): Database.Database {
  return new Database(file, nativeBinding === null ? options : { ...options, nativeBinding });
}

/**
 * For code loaded from inside an asar archive (`moduleFile` = …/resources/app.asar/dist/electron/x.cjs):
 * better-sqlite3's prebuild for this platform in the unpacked folder beside the archive, when it is
 * there. Null outside an archive (the sources, an unpacked build): better-sqlite3 then finds its own.
 */
export function nativeBindingBeside(moduleFile: string, platform: string = process.platform, arch: string = process.arch): string | null {
  const archive = /^(.*?\.asar)[\\/]/.exec(moduleFile)?.[1];
  if (archive === undefined) return null;
  const file = path.join(`${archive}.unpacked`, 'node_modules', 'better-sqlite3', 'prebuilds', `${platform}-${arch}.node`);
  return existsSync(file) ? file : null;
}
