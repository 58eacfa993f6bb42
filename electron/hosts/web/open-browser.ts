// Opens an address in the system's default browser (`npm start` without Electron), the way each system
// does it; when that fails the address printed above is still there to open by hand.
import { spawn } from 'node:child_process';

export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const { command, args } = browserCommand(url, platform);
  const say = (why: string) => console.log(`Không tự mở được trình duyệt (${why}): hãy mở địa chỉ trên bằng tay.`);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: platform === 'win32' });
    child.on('error', (error) => say(error.message));
    child.unref();
  } catch (error) {
    say(error instanceof Error ? error.message : String(error));
  }
}
