// The desktop shell: one instance, one window shown at once, the ledger in the user data folder, the
// renderer from the app's own scheme with the strict CSP, the typed API over one IPC channel (only from
// the app's pages). The ledger opens after the window has painted (commands wait for it); heavy work,
// the upgrade of a ledger included, runs in worker threads (electron/workers). Failures go to the log
// file in the data folder, and a start that fails says so in Vietnamese. Windows older than 10 or
// 32-bit is refused at once (the portable .exe has no installer to refuse it).
import { machine, release, userInfo } from 'node:os';
import path from 'node:path';
import { type BrowserWindow, Menu, app, dialog, ipcMain } from 'electron';
import { type AppApi, createAppApi } from '../api';
import { LEDGER_FILE_NAME, PRODUCT_NAME } from '../hosts/app-paths';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { afterFirstPaint, appFile, createAppWindow } from './app-window';
import { installGuards } from './guards';
import { clearPrintFolder, electronHostServices } from './host-services';
import { API_CHANNEL } from './ipc-channel';
import { type AppLog, openAppLog } from './log-file';
import { logPrivacyFailuresTo } from '../ledger/private-files';
import { isAllowedNavigation } from './security';
import { UNSUPPORTED_TITLE, unsupportedSystem } from './system-check';

let mainWindow: BrowserWindow | null = null;
let api: AppApi | null = null;
let log: AppLog | null = null;
let closing = false;

function actor(): string {
  try {
    return `ứng dụng (${userInfo().username})`;
  } catch (error) {
    log?.write('error', 'Không đọc được tên người dùng của máy', error);
    return 'ứng dụng';
  }
}

function showWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function start(appLog: AppLog): void {
  installGuards();
  clearPrintFolder();
  serveRenderer(appFile('dist', 'renderer'));
  Menu.setApplicationMenu(null);
  let apiOpened: (opened: AppApi) => void = () => undefined;
  const apiReady = new Promise<AppApi>((resolve) => {
    apiOpened = resolve;
  });
  ipcMain.handle(API_CHANNEL, async (event, command: unknown, input: unknown) => {
    if (!isAllowedNavigation(event.senderFrame?.url ?? '')) {
      return { ok: false, error: { code: 'unauthorised', message: 'Lời gọi không đến từ giao diện của ứng dụng.' } };
    }
    // The page's first calls arrive before the ledger is opened: they wait for it.
    const current = api ?? (closing ? null : await apiReady);
    if (!current || closing) return { ok: false, error: { code: 'internal', message: 'Ứng dụng đang đóng.' } };
    return current.dispatch(String(command), input);
  });
  mainWindow = createAppWindow(appLog);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  const ledgerFile = path.join(app.getPath('userData'), LEDGER_FILE_NAME);
  appLog.write('info', `Khởi động phiên bản ${app.getVersion()}, sổ "${ledgerFile}".`);
  // The ledger is opened once the window has painted: the start-up check runs on this thread (the long
  // work of an upgrade then goes to the worker), and a window must never wait for it unpainted.
  afterFirstPaint(mainWindow, () => {
    if (closing) return;
    try {
      api = createAppApi({
        ledgerFile,
        actor: actor(),
        host: electronHostServices(() => mainWindow, app.getPath('userData')),
        appVersion: app.getVersion(),
        onInternalError: (error) => appLog.write('error', 'Lỗi không mong đợi', error),
      });
      apiOpened(api);
    } catch (error) {
      failedStart(error);
    }
  });
}

function failedStart(error: unknown): void {
  log?.write('error', 'Không khởi động được Sổ Một Cửa', error);
  const why = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    'Sổ Một Cửa không khởi động được',
    `Ứng dụng gặp lỗi khi khởi động: ${why}\n\nSổ dữ liệu không bị thay đổi. Hãy mở lại ứng dụng; nếu vẫn lỗi, gửi tệp nhật ký này cho người hỗ trợ:\n${log?.file ?? '(chưa có nhật ký)'}`,
  );
  app.exit(1);
}

// The data folder by the product's name ("%APPDATA%\Sổ Một Cửa"), the same the web host opens.
app.setPath('userData', path.join(app.getPath('appData'), PRODUCT_NAME));
// Date and number inputs in the Vietnamese way (dd/mm/yyyy), whatever the system's language.
app.commandLine.appendSwitch('lang', 'vi');
registerAppScheme();

// Windows older than 10, or 32-bit: the installer refuses it, the portable .exe is refused here,
// before anything is opened or written.
const unsupported = unsupportedSystem({ platform: process.platform, release: release(), arch: process.arch, machine: machine() });

if (unsupported !== null) {
  dialog.showErrorBox(UNSUPPORTED_TITLE, unsupported);
  app.quit();
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  log = openAppLog(app.getPath('userData'));
  const appLog = log;
  process.on('uncaughtException', (error) => appLog.write('error', 'Lỗi không bắt được', error));
  process.on('unhandledRejection', (error) => appLog.write('error', 'Lời hứa bị từ chối không được xử lý', error));
  logPrivacyFailuresTo((message, error) => appLog.write('error', message, error));
  app.on('second-instance', showWindow);
  app.on('child-process-gone', (_event, details) => appLog.write('error', `Tiến trình phụ ${details.type} dừng: ${details.reason} (mã ${details.exitCode})`));
  app.on('window-all-closed', () => {
    closing = true;
    api?.close();
    api = null;
    app.quit();
  });
  app
    .whenReady()
    .then(() => start(appLog))
    .catch(failedStart);
}
