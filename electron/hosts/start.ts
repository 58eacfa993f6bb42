// `npm start`: the desktop app when Electron's binary is installed; otherwise says why, in Vietnamese, and
// opens the same app in the system's browser through the loopback web host (on the printed address).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { APP_ROOT } from './app-paths';

/**
 * The Electron executable, or the reason there is none. Read from the electron package's path.txt without
 * requiring the package: its index.js would try to download the binary, and this machine may be offline.
 */
export function findElectron(): { path: string } | { missing: string } {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch (error) {
    return { missing: `chưa cài gói electron (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile) && !override) return { missing: 'tệp chạy của Electron chưa được tải về khi cài đặt' };
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = override ? path.join(override, executable) : path.join(packageDir, 'dist', executable);
  if (!existsSync(binary)) return { missing: `không có tệp chạy ${binary}` };
  return { path: binary };
}

const electron = findElectron();
if ('path' in electron) {
  const child = spawn(electron.path, [APP_ROOT], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
  child.on('error', (error) => {
    console.error('Không chạy được Electron:', error.message);
    process.exit(1);
  });
} else {
  console.log(`Không mở được ứng dụng máy tính: ${electron.missing}.`);
  console.log('(Tệp này được tải về trong lúc cài đặt; máy này đã bỏ qua bước tải — ELECTRON_SKIP_BINARY_DOWNLOAD — hoặc không có mạng.)');
  console.log('Đang mở Sổ Một Cửa trong trình duyệt thay thế (cùng sổ dữ liệu, chỉ máy này truy cập được)…\n');
  process.env.SOMC_OPEN_BROWSER = '1';
  await import('./web/main');
}
