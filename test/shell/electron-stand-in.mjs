// A stand-in for the `electron` module, for running the built main process (dist/electron/main.js) in
// plain Node: it records what the app asks of Electron and lets the test (the parent process, over the
// fork IPC channel) play Electron's part — app ready, IPC calls from a given frame, navigation, new
// windows, a second launch, a crashed page, a request to the app's scheme.
import { EventEmitter } from 'node:events';
import { syncBuiltinESMExports } from 'node:module';
import os from 'node:os';

// STANDIN_WINDOWS="<os.release()>,<os.machine()>,<process.arch>" plays that Windows, e.g. 8.1 64-bit:
// "6.3.9600,x86_64,x64". Set before the main process's own code runs (it imports electron first).
if (process.env.STANDIN_WINDOWS) {
  const [release, machine, arch] = process.env.STANDIN_WINDOWS.split(',');
  os.release = () => release;
  os.machine = () => machine;
  syncBuiltinESMExports();
  Object.defineProperty(process, 'platform', { value: 'win32' });
  Object.defineProperty(process, 'arch', { value: arch });
}

const send = (message) => process.send?.(message);
const record = (kind, data = null) => send({ type: 'record', kind, data: JSON.parse(JSON.stringify(data ?? null)) });

let ready = false;
let markReady = () => {};
const readyPromise = new Promise((resolve) => (markReady = resolve));
const ipcHandlers = new Map();
const protocolHandlers = new Map();
const windows = [];
const allContents = [];
let nextOpenPath = null;
let nextSavePath = null;

class App extends EventEmitter {
  constructor() {
    super();
    this.paths = { appData: process.env.STANDIN_APPDATA, temp: process.env.STANDIN_TEMP, documents: process.env.STANDIN_TEMP };
    this.commandLine = { appendSwitch: (...args) => record('appendSwitch', args) };
  }
  setPath(name, value) {
    record('setPath', { name, value, ready });
    this.paths[name] = value;
  }
  getPath(name) {
    if (name === 'userData' && !this.paths.userData) return `${this.paths.appData}/so-mot-cua-package-name`;
    const value = this.paths[name];
    if (!value) throw new Error(`stand-in: no path ${name}`);
    return value;
  }
  getAppPath() {
    return process.env.STANDIN_APP_PATH;
  }
  getVersion() {
    return '0.1.0';
  }
  requestSingleInstanceLock() {
    record('requestSingleInstanceLock');
    return process.env.STANDIN_LOCK !== 'taken';
  }
  whenReady() {
    return readyPromise;
  }
  quit() {
    record('quit');
  }
  exit(code) {
    record('exit', code);
    setTimeout(() => process.exit(code), 50);
  }
}

export const app = new App();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record('registerSchemesAsPrivileged', { schemes, ready });
  },
  handle(scheme, handler) {
    if (process.env.STANDIN_FAIL === 'protocol') throw new Error('giả lập: không đăng ký được giao thức');
    record('protocol.handle', { scheme, ready });
    protocolHandlers.set(scheme, handler);
  },
};

export const ipcMain = {
  handle(channel, handler) {
    record('ipcMain.handle', { channel });
    ipcHandlers.set(channel, handler);
  },
};

class WebContents extends EventEmitter {
  constructor() {
    super();
    this.windowOpenHandler = null;
    allContents.push(this);
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
  /** This PC's printers, as Electron lists them. */
  getPrintersAsync() {
    return Promise.resolve([
      { name: 'Canon_LBP2900', displayName: 'Canon LBP2900', description: '', isDefault: true, options: {} },
      { name: 'HP_LaserJet_P1102', displayName: 'HP LaserJet P1102', description: '', isDefault: false, options: {} },
    ]);
  }
  executeJavaScript(code) {
    record('executeJavaScript', code);
    return Promise.resolve(true);
  }
  /** Electron's print: records the options; the test's STANDIN_PRINT=cancelled plays a cancelled dialog. */
  print(options, callback) {
    record('print', options);
    const outcome = process.env.STANDIN_PRINT ?? 'printed';
    setTimeout(() => callback(outcome === 'printed', outcome === 'printed' ? '' : outcome), 10);
  }
}

/** What Chromium would fetch for a page of the app's scheme: the page, its stylesheets and their fonts. */
async function loadThroughScheme(url) {
  const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1));
  if (!handler) return;
  const get = async (address) => {
    const response = await handler(new Request(address, { method: 'GET' }));
    return { url: address, status: response.status, contentType: response.headers.get('content-type'), csp: response.headers.get('content-security-policy'), body: Buffer.from(await response.arrayBuffer()) };
  };
  const page = await get(url);
  const html = page.body.toString('utf8');
  const resources = [];
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)) {
    const css = await get(new URL(href, url).href);
    resources.push(css);
    for (const [, font] of css.body.toString('utf8').matchAll(/url\("([^"]+)"\)/g)) resources.push(await get(new URL(font, css.url).href));
  }
  record('loaded', {
    url,
    status: page.status,
    csp: page.csp,
    html,
    resources: resources.map((r) => ({ url: r.url, status: r.status, contentType: r.contentType, bytes: r.body.length, text: r.contentType?.startsWith('text/') ? r.body.toString('utf8') : null })),
  });
}

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    record('BrowserWindow', { options, ready });
    this.webContents = new WebContents();
    this.destroyed = false;
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    record('loadURL', url);
    // The page paints its first frame a moment later, unless the test paints it (STANDIN_PAINT=manual).
    if (process.env.STANDIN_PAINT !== 'manual' && !url.includes('/in/')) setTimeout(() => this.paint(), 20);
    return url.includes('/in/') ? loadThroughScheme(url) : Promise.resolve();
  }
  paint() {
    record('ready-to-show');
    this.emit('ready-to-show');
  }
  destroy() {
    record('destroy');
    this.destroyed = true;
    this.emit('closed');
  }
  show() {
    record('show');
  }
  focus() {
    record('focus');
  }
  restore() {
    record('restore');
  }
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

export const screen = { getPrimaryDisplay: () => ({ workAreaSize: { width: 1366, height: 728 } }) };
export const Menu = { setApplicationMenu: (menu) => record('setApplicationMenu', menu) };
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => (session.permissionRequest = handler),
    setPermissionCheckHandler: (handler) => (session.permissionCheck = handler),
  },
};
export const shell = {
  openExternal(url) {
    record('openExternal', url);
    return Promise.resolve();
  },
};
export const dialog = {
  showErrorBox: (title, content) => record('showErrorBox', { title, content }),
  /** The file the person picks in the next open dialog (set by the test), else cancelled. */
  showOpenDialog: () => {
    const chosen = nextOpenPath;
    nextOpenPath = null;
    return Promise.resolve(chosen ? { canceled: false, filePaths: [chosen] } : { canceled: true, filePaths: [] });
  },
  /** The file the person names in the next save dialog (set by the test), else cancelled. */
  showSaveDialog: (...args) => {
    record('showSaveDialog', args.at(-1));
    const chosen = nextSavePath;
    nextSavePath = null;
    return Promise.resolve(chosen ? { canceled: false, filePath: chosen } : { canceled: true });
  },
};
export const contextBridge = {};
export const ipcRenderer = {};

export default { app, protocol, ipcMain, BrowserWindow, Menu, session, shell, dialog, screen };

function cancellable() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

async function act(message) {
  switch (message.cmd) {
    case 'ready':
      ready = true;
      markReady();
      app.emit('ready');
      return null;
    case 'invoke': {
      const handler = ipcHandlers.get(message.channel);
      if (!handler) return { missing: true };
      return handler({ senderFrame: message.senderUrl === null ? null : { url: message.senderUrl } }, ...message.args);
    }
    case 'navigate': {
      const results = [];
      for (const contents of allContents) {
        const event = cancellable();
        contents.emit(message.event, event, message.url);
        results.push(event.prevented);
      }
      return results;
    }
    case 'window-open':
      return allContents.map((c) => (c.windowOpenHandler ? c.windowOpenHandler({ url: message.url }) : null));
    case 'attach-webview': {
      const event = cancellable();
      allContents[0]?.emit('will-attach-webview', event, {}, {});
      return event.prevented;
    }
    case 'permission':
      return new Promise((resolve) => session.permissionRequest?.(null, message.permission, resolve));
    case 'choose-in-next-dialog':
      nextOpenPath = message.path;
      return null;
    case 'save-as-in-next-dialog':
      nextSavePath = message.path;
      return null;
    case 'paint':
      windows[0]?.paint();
      return null;
    case 'second-instance':
      app.emit('second-instance', {}, [], process.cwd());
      return null;
    case 'crash':
      windows[0]?.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 133 });
      return null;
    case 'close-window': {
      const window = windows[message.index];
      if (!window) return false;
      window.destroyed = true;
      window.emit('closed');
      return true;
    }
    case 'fail-load':
      windows[0]?.webContents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'somc://app/index.html', true);
      return null;
    case 'fetch': {
      const handler = protocolHandlers.get(new URL(message.url).protocol.slice(0, -1));
      if (!handler) return { missing: true };
      const response = await handler(new Request(message.url, { method: message.method ?? 'GET' }));
      return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
    }
    default:
      throw new Error(`stand-in: unknown command ${message.cmd}`);
  }
}

process.on('message', (message) => {
  act(message).then(
    (result) => send({ type: 'reply', id: message.id, result: JSON.parse(JSON.stringify(result ?? null)) }),
    (error) => send({ type: 'reply', id: message.id, error: String(error?.stack ?? error) }),
  );
});
