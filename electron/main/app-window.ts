// The app's one window: shown at once (its background colour until the page paints, so nothing waits
// for the ledger), the renderer from the app's own scheme, and kept alive: a crashed or killed page is
// reloaded, a page that fails to load is tried again, and after repeated failures the person is told
// in Vietnamese where the log is.
import path from 'node:path';
import { BrowserWindow, app, dialog } from 'electron';
import type { AppLog } from './log-file';
import { APP_ORIGIN, secureWebPreferences } from './security';

export const START_URL = `${APP_ORIGIN}/index.html`;
/** How long the ledger waits for the window's first paint before opening anyway (a page that never paints). */
const FIRST_PAINT_WAIT_MS = 3_000;
/** Reloads allowed within RELOAD_WINDOW_MS before giving up (a page that crashes as it starts). */
const MAX_RELOADS = 3;
const RELOAD_WINDOW_MS = 60_000;

/** Where the packaged app keeps its files: app.getAppPath() is resources/app.asar once installed. */
export function appFile(...parts: string[]): string {
  return path.join(app.getAppPath(), ...parts);
}

function tellAndQuit(log: AppLog, what: string): void {
  log.write('error', what);
  dialog.showErrorBox('Sổ Một Cửa gặp sự cố', `${what}\n\nHãy đóng rồi mở lại ứng dụng. Chi tiết được ghi trong tệp nhật ký:\n${log.file}`);
}

export function createAppWindow(log: AppLog): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: true,
    title: 'Sổ Một Cửa',
    backgroundColor: '#f3f5f8',
    icon: appFile('build', 'icon.png'),
    webPreferences: secureWebPreferences(appFile('dist', 'electron', 'preload.cjs')),
  });
  const reloads: number[] = [];
  const reload = (why: string) => {
    const now = Date.now();
    while (reloads.length > 0 && now - (reloads[0] ?? 0) > RELOAD_WINDOW_MS) reloads.shift();
    if (reloads.length >= MAX_RELOADS) {
      tellAndQuit(log, `Giao diện của ứng dụng dừng nhiều lần liên tiếp (${why}).`);
      return;
    }
    reloads.push(now);
    log.write('error', `Tải lại giao diện: ${why}`);
    void window.loadURL(START_URL).catch((error: unknown) => log.write('error', 'Không tải lại được giao diện', error));
  };
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || window.isDestroyed()) return;
    reload(`tiến trình giao diện dừng (${details.reason}, mã ${details.exitCode})`);
  });
  window.webContents.on('unresponsive', () => log.write('error', 'Giao diện không phản hồi.'));
  window.webContents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    // -3 (ERR_ABORTED) is a load replaced by another one, not a failure.
    if (!isMainFrame || errorCode === -3) return;
    reload(`không tải được ${validatedURL} (${errorCode} ${errorDescription})`);
  });
  void window.loadURL(START_URL).catch((error: unknown) => log.write('error', 'Không tải được giao diện', error));
  return window;
}

/**
 * Runs `then` once the window has painted its first frame (ready-to-show, or the page loaded), or after
 * FIRST_PAINT_WAIT_MS: work on this thread after it never leaves the window blank and "Not Responding".
 */
export function afterFirstPaint(window: BrowserWindow, then: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    // After the event's own turn, so Electron finishes presenting the frame first.
    setImmediate(then);
  };
  const timer = setTimeout(go, FIRST_PAINT_WAIT_MS);
  window.once('ready-to-show', go);
  window.webContents.once('did-finish-load', go);
}
