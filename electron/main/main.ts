// The desktop shell: one instance, one window, the ledger in the user data folder, the renderer from the
// app's own scheme with the strict CSP, the typed API over one IPC channel (only from the app's pages).
import { userInfo } from 'node:os';
import path from 'node:path';
import { BrowserWindow, Menu, app, ipcMain } from 'electron';
import { type AppApi, createAppApi } from '../api';
import { APP_ROOT, LEDGER_FILE_NAME, rendererDir } from '../hosts/app-paths';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { installGuards } from './guards';
import { electronHostServices } from './host-services';
import { API_CHANNEL } from './ipc-channel';
import { APP_ORIGIN, isAllowedNavigation, secureWebPreferences } from './security';

let mainWindow: BrowserWindow | null = null;
let api: AppApi | null = null;

function actor(): string {
  try {
    return `ứng dụng (${userInfo().username})`;
  } catch (error) {
    console.error('Không đọc được tên người dùng của máy:', error);
    return 'ứng dụng';
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Sổ Một Cửa',
    backgroundColor: '#f3f5f8',
    icon: path.join(APP_ROOT, 'build', 'icon.png'),
    webPreferences: secureWebPreferences(path.join(APP_ROOT, 'dist', 'electron', 'preload.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = null;
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

async function start(): Promise<void> {
  const ledgerFile = path.join(app.getPath('userData'), LEDGER_FILE_NAME);
  api = createAppApi({ ledgerFile, actor: actor(), host: electronHostServices(() => mainWindow), appVersion: app.getVersion() });
  installGuards();
  serveRenderer(rendererDir());
  ipcMain.handle(API_CHANNEL, (event, command: unknown, input: unknown) => {
    if (!api || !isAllowedNavigation(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'unauthorised', message: 'Lời gọi không đến từ giao diện của ứng dụng.' } };
    }
    return api.dispatch(String(command), input);
  });
  Menu.setApplicationMenu(null);
  mainWindow = createWindow();
}

// Date and number inputs in the Vietnamese way (dd/mm/yyyy), whatever the system's language.
app.commandLine.appendSwitch('lang', 'vi');
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    api?.close();
    api = null;
    app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Không khởi động được Sổ Một Cửa:', error);
      app.exit(1);
    });
}
