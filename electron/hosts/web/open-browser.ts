// Opens an address in the system's default browser (`npm start` without Electron), the way each system
// does it; when that fails the address printed above is still there to open by hand.
import { spawn } from 'node:child_process';

/**
 * The program and arguments that open `url`. Windows: `start` is a command of cmd.exe, whose first quoted
 * argument is a window title (hence the empty ""); the arguments go verbatim (Node would escape the quotes
 * cmd needs), so the address is quoted here — cmd would take an `&` in it for a second command. macOS:
 * `open`; elsewhere the desktop's `xdg-open`.
 */
export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  if (!/^https?:\/\/[^\s"]+$/.test(url)) throw new Error(`không phải địa chỉ web: ${url}`);
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', `"${url}"`] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const say = (why: string) => console.log(`Không tự mở được trình duyệt (${why}): hãy mở địa chỉ trên bằng tay.`);
  try {
    const { command, args } = browserCommand(url, platform);
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: platform === 'win32' });
    child.on('error', (error) => say(error.message));
    child.unref();
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
  }
}
