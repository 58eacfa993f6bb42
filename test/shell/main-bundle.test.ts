// The Electron shell proven without Electron's binary: the built main process runs in Node against a
// stand-in for the `electron` module (stand-in-shell.ts). This file: one running app, as an office uses
// it — the window, the scheme, the API over IPC, workers, dialogs, printing, restore, crashes.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR, UNIT, dossierInput } from '../api/helpers';
import { FIXTURE_CSV } from '../cli/helpers';
import { PRODUCT_DIR, type RunningShell, builtApp, launch, until } from './stand-in-shell';

const built = builtApp();
const { work } = built;

describe('the built main process against a stand-in electron', () => {
  let shell: RunningShell;
  const appData = path.join(work, 'appdata');

  beforeAll(async () => {
    mkdirSync(appData, { recursive: true });
    shell = launch(built.appPath, appData);
    await until(() => shell.recorded('requestSingleInstanceLock').length > 0, 'the single-instance lock');
    await shell.ask('ready');
    await until(() => shell.recorded('loadURL').length > 0, 'the window to load');
  }, 60_000);

  afterAll(async () => {
    shell.child.kill();
    await shell.exited;
  });

  it('registers the privileged scheme, the data folder and the language before ready, and asks for the single-instance lock', () => {
    const kinds = shell.records.map((r) => r.kind);
    const readyAt = kinds.indexOf('BrowserWindow');
    expect(shell.recorded('registerSchemesAsPrivileged')).toEqual([
      { schemes: [{ scheme: 'somc', privileges: { standard: true, secure: true, supportFetchAPI: true } }], ready: false },
    ]);
    expect(shell.recorded('setPath')).toEqual([{ name: 'userData', value: path.join(appData, PRODUCT_DIR), ready: false }]);
    expect(shell.recorded('appendSwitch')).toEqual([['lang', 'vi']]);
    expect(kinds.indexOf('requestSingleInstanceLock')).toBeLessThan(readyAt);
  });

  it('opens one window at once, sandboxed and isolated, with the CommonJS preload from the app folder', () => {
    const windows = shell.recorded('BrowserWindow') as { options: Record<string, unknown> & { webPreferences: Record<string, unknown> }; ready: boolean }[];
    expect(windows).toHaveLength(1);
    const { options } = windows[0]!;
    expect(options).toMatchObject({ show: true, title: 'Sổ Một Cửa', minWidth: 1024, icon: path.join(built.appPath, 'build', 'icon.png') });
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      preload: path.join(built.appPath, 'dist', 'electron', 'preload.cjs'),
    });
    expect(existsSync(options.webPreferences.preload as string)).toBe(true);
    expect(shell.recorded('loadURL')[0]).toBe('somc://app/index.html');
    expect(shell.recorded('setApplicationMenu')).toEqual([null]);
  });

  it('serves the renderer from the app folder on its own scheme, with the CSP, and nothing else', async () => {
    const page = await shell.ask<{ status: number; headers: Record<string, string>; body: string }>('fetch', { url: 'somc://app/index.html' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Sổ Một Cửa</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect((await shell.ask<{ status: number }>('fetch', { url: 'somc://other/index.html' })).status).toBe(404);
    expect((await shell.ask<{ status: number }>('fetch', { url: 'somc://app/../../package.json' })).status).toBe(404);
  });

  it('answers the API over its one IPC channel from the app’s pages only, with the ledger in userData', async () => {
    expect(shell.recorded('ipcMain.handle')).toEqual([{ channel: 'somc:api' }]);
    const info = await shell.ask<{ ok: boolean; value?: unknown }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: ['app.info', {}] });
    expect(info.ok).toBe(true);
    for (const senderUrl of ['https://evil.example/', 'file:///C:/index.html', 'somc://other/index.html', 'http://127.0.0.1:5173/', null]) {
      const refused = await shell.ask<{ ok: boolean; error: { code: string } }>('invoke', { channel: 'somc:api', senderUrl, args: ['app.info', {}] });
      expect(refused, String(senderUrl)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    }
    const invalid = await shell.ask<{ ok: boolean; error: { code: string } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: ['dossier.get', { id: 'không phải mã' }] });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(existsSync(path.join(appData, PRODUCT_DIR, 'so-mot-cua.db'))).toBe(true);
  });

  it('runs heavy work in the bundled worker beside main.js (a backup into the data folder)', async () => {
    const backup = await shell.ask<{ ok: boolean; value?: { written: number } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: ['backup.now', {}] });
    expect(backup).toMatchObject({ ok: true, value: { written: 1 } });
    expect(existsSync(path.join(built.appPath, 'dist', 'electron', 'heavy-worker.cjs'))).toBe(true);
  });

  it('says in Vietnamese, and logs, when the worker cannot start (its file gone from a damaged installation)', async () => {
    const worker = path.join(built.appPath, 'dist', 'electron', 'heavy-worker.cjs');
    renameSync(worker, `${worker}.mat`);
    let answer: unknown;
    try {
      answer = await shell.ask('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: ['backup.now', {}] });
    } finally {
      renameSync(`${worker}.mat`, worker);
    }
    expect(answer).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringMatching(/^Ứng dụng không khởi động được phần xử lý nền \(không có tệp ".*heavy-worker\.cjs"\)/) } });
    const log = readFileSync(path.join(appData, PRODUCT_DIR, 'nhat-ky', 'so-mot-cua.log'), 'utf8');
    expect(log).toMatch(/ERROR .*\n {2}WorkerStartError: Ứng dụng không khởi động được phần xử lý nền \(không có tệp/);
  });

  it('blocks navigation away from the app, new windows and webviews; allow-listed links open in the system browser', async () => {
    expect(await shell.ask('navigate', { event: 'will-navigate', url: 'https://evil.example/' })).toEqual([true]);
    expect(await shell.ask('navigate', { event: 'will-redirect', url: 'file:///etc/passwd' })).toEqual([true]);
    expect(await shell.ask('navigate', { event: 'will-navigate', url: 'somc://app/index.html#/bao-cao' })).toEqual([false]);
    expect(await shell.ask('window-open', { url: 'https://evil.example/' })).toEqual([{ action: 'deny' }]);
    expect(await shell.ask('window-open', { url: 'https://dichvucong.gov.vn/p/home' })).toEqual([{ action: 'deny' }]);
    await until(() => shell.recorded('openExternal').length > 0, 'the system browser');
    expect(shell.recorded('openExternal')).toEqual(['https://dichvucong.gov.vn/p/home']);
    expect(await shell.ask('attach-webview')).toBe(true);
    expect(await shell.ask('permission', { permission: 'media' })).toBe(false);
  });

  it('shows the window again on a second launch', async () => {
    const before = shell.recorded('show').length;
    await shell.ask('second-instance');
    expect(shell.recorded('show').length).toBe(before + 1);
    expect(shell.recorded('focus').length).toBeGreaterThan(0);
  });

  it('prints Mẫu 01 as HTML in a hidden sandboxed window from memory, on A4, and leaves nothing behind', async () => {
    const api = async <T>(command: string, input: unknown): Promise<T> => {
      const result = await shell.ask<{ ok: boolean; value: T; error?: { message: string } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: [command, input] });
      if (!result.ok) throw new Error(`${command}: ${result.error?.message}`);
      return result.value;
    };
    await api('operators.add', { name: OPERATOR });
    await api('setup.complete', UNIT);
    const hourAgo = new Date(Date.now() + 6 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    const dossier = await api<{ id: string; code: string }>('dossier.create', dossierInput('Nguyễn Thị Ánh Tuyết', hourAgo));
    const windowsBefore = shell.recorded('BrowserWindow').length;
    const printed = await api<{ printed: boolean; message: string }>('forms.print', { id: dossier.id, form: 'mau01' });
    expect(printed.printed).toBe(true);
    expect(printed.message).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');

    const window = (shell.recorded('BrowserWindow') as { options: { show: boolean; webPreferences: Record<string, unknown> } }[])[windowsBefore]!;
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window.options.webPreferences).not.toHaveProperty('preload');
    const loaded = shell.recorded('loaded').at(-1) as {
      url: string;
      status: number;
      csp: string;
      html: string;
      resources: { url: string; status: number; contentType: string; bytes: number; text: string | null }[];
    };
    expect(loaded.url).toMatch(/^somc:\/\/app\/in\/[0-9a-f-]{36}\/trang\.html$/);
    expect(loaded.status).toBe(200);
    expect(loaded.csp).toContain("style-src 'self'");
    for (const text of ['GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', 'Nguyễn Thị Ánh Tuyết', dossier.code, 'NGƯỜI TIẾP NHẬN HỒ SƠ']) expect(loaded.html).toContain(text);
    expect(loaded.html).not.toMatch(/style="|<script/);
    // The stylesheet and the four Tinos faces come from the same origin, so the strict CSP lets them load.
    expect(loaded.resources.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(loaded.resources[0]?.text).toContain('@page{size:A4 portrait');
    expect(loaded.resources.slice(1).every((r) => r.contentType === 'font/ttf' && r.bytes > 100_000)).toBe(true);
    expect(shell.recorded('print').at(-1)).toMatchObject({ silent: false, pageSize: 'A4', landscape: false });
    expect(shell.recorded('destroy').length).toBeGreaterThan(0);

    // Once printed the page is gone from memory, and no file was ever written for it.
    const again = await shell.ask<{ status: number }>('fetch', { url: loaded.url });
    expect(again.status).toBe(404);
    const temp = path.join(appData, 'temp');
    const leftovers = existsSync(temp) ? readdirSync(temp, { recursive: true }) : [];
    expect(leftovers).toEqual([]);
  });

  it('reads a package only from a path its own open dialog handed out, never one the page makes up', async () => {
    const preview = (file: string) =>
      shell.ask<{ ok: boolean; value?: { status: string }; error?: { code: string; message: string } }>('invoke', {
        channel: 'somc:api',
        senderUrl: 'somc://app/index.html',
        args: ['handoff.preview', { source: { kind: 'path', path: file }, passphrase: null, trustNewUnit: false }],
      });
    const chosen = path.join(work, 'goi-tu-usb.somc');
    writeFileSync(chosen, 'không phải gói');
    const ledger = path.join(appData, PRODUCT_DIR, 'so-mot-cua.db');
    for (const madeUp of [chosen, ledger, '/etc/passwd']) {
      expect(await preview(madeUp), madeUp).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('chỉ mở được tệp vừa chọn') } });
    }
    await shell.ask('choose-in-next-dialog', { path: chosen });
    const handed = await shell.ask<{ ok: boolean; value: { path: string | null } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: ['handoff.choosePackageFile', {}] });
    expect(handed).toEqual({ ok: true, value: { path: chosen } });
    // Now read in the main process: the junk file is refused as a package, not as a path.
    const read = await preview(chosen);
    expect(JSON.stringify(read)).not.toContain('chỉ mở được tệp vừa chọn');
    expect(read).toMatchObject({ ok: true, value: { status: 'refused' } });
    expect(await preview(ledger)).toMatchObject({ ok: false, error: { code: 'rejected' } });
  });

  it('opens an encrypted backup to restore only from a path its own open dialog handed out', async () => {
    const preview = (file: string) =>
      shell.ask<{ ok: boolean; error?: { code: string; message: string; inputField?: string } }>('invoke', {
        channel: 'somc:api',
        senderUrl: 'somc://app/index.html',
        args: ['backup.previewPackage', { source: { kind: 'path', path: file }, passphrase: 'mật khẩu bất kỳ' }],
      });
    const chosen = path.join(work, 'sao-luu-ma-hoa.somc');
    writeFileSync(chosen, 'không phải bản sao lưu');
    const ledger = path.join(appData, PRODUCT_DIR, 'so-mot-cua.db');
    for (const madeUp of [chosen, ledger]) {
      expect(await preview(madeUp), madeUp).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('chỉ mở được tệp vừa chọn trong hộp thoại "Chọn bản sao lưu mã hóa để khôi phục"') } });
    }
    await shell.ask('choose-in-next-dialog', { path: chosen });
    const handed = await shell.ask<{ ok: boolean; value: { path: string | null } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: ['backup.choosePackageFile', {}] });
    expect(handed).toEqual({ ok: true, value: { path: chosen } });
    // Read in the main process (and its worker): refused as not a package, not as a path.
    const read = await preview(chosen);
    expect(read).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('không phải gói bàn giao của Sổ Một Cửa') } });
  });

  it('imports a ledger list by the path its open dialog chose, read in the main process', async () => {
    const invoke = (args: unknown[]) => shell.ask<{ ok: boolean; value?: { path?: string | null; counts?: { new: number } }; error?: { code: string; message: string } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args });
    const list = path.join(work, 'so-theo-doi-tu-usb.csv');
    copyFileSync(FIXTURE_CSV, list);
    expect(await invoke(['import.planForeign', { fileName: 'so-theo-doi-tu-usb.csv', path: list }])).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('chỉ mở được tệp vừa chọn') } });
    await shell.ask('choose-in-next-dialog', { path: list });
    expect(await invoke(['import.chooseFile', {}])).toEqual({ ok: true, value: { path: list } });
    expect(await invoke(['import.planForeign', { fileName: 'so-theo-doi-tu-usb.csv', path: list }])).toMatchObject({ ok: true, value: { counts: { new: 78 } } });
  });

  it('saves a large export where the save dialog says: written by the bundled worker, no bytes through IPC', async () => {
    const invoke = <T>(args: unknown[]) => shell.ask<{ ok: boolean; value: T; error?: { message: string } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args });
    const target = path.join(work, 'so-theo-doi-xuat.csv');
    expect(await invoke(['document.save', { document: { kind: 'ledgerCsv', filter: {} } }])).toEqual({ ok: true, value: { saved: false, path: null } });
    await shell.ask('save-as-in-next-dialog', { path: target });
    const saved = await invoke<{ saved: boolean; path: string }>(['document.save', { document: { kind: 'ledgerCsv', filter: {} } }]);
    expect(saved).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(JSON.stringify(saved)).not.toContain('contentBase64');
    expect(readFileSync(target, 'utf8')).toContain('Nguyễn Thị Ánh Tuyết');
    const asked = shell.recorded('showSaveDialog').at(-1) as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(path.basename(asked.defaultPath)).toMatch(/^so-theo-doi-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(asked.filters).toEqual([{ name: 'Tệp CSV', extensions: ['csv'] }]);

    // A copy of the ledger ("Lưu bản sao ra tệp…") the same way: made by the worker where the dialog says.
    const copy = path.join(work, 'ban-sao-gui-huyen.db');
    await shell.ask('save-as-in-next-dialog', { path: copy });
    expect(await invoke(['backup.create', {}])).toMatchObject({ ok: true, value: { dossiers: 1, savedTo: copy, file: null } });
    expect(readFileSync(copy).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });

  it('prints Mẫu 07 on A4 landscape', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const printed = await shell.ask<{ ok: boolean; value: { printed: boolean } }>('invoke', {
      channel: 'somc:api',
      senderUrl: 'somc://app/index.html',
      args: ['forms.print', { ledgerBook: { from: today, to: today, volume: '' } }],
    });
    expect(printed).toMatchObject({ ok: true, value: { printed: true } });
    expect((shell.recorded('loaded').at(-1) as { html: string }).html).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(shell.recorded('print').at(-1)).toMatchObject({ pageSize: 'A4', landscape: true });
  });

  it('prints straight to the printer chosen in Thiết lập (kept per PC in the data folder), or through the dialog', async () => {
    const invoke = (args: unknown[]) => shell.ask<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args });
    const book = () => invoke(['forms.print', { ledgerBook: { from: '2024-01-01', to: '2024-01-31', volume: '' } }]);
    expect(await invoke(['host.printers', {}])).toMatchObject({ ok: true, value: { chosen: null, printers: [{ name: 'Canon_LBP2900', isDefault: true }, { name: 'HP_LaserJet_P1102', displayName: 'HP LaserJet P1102' }] } });
    expect(await invoke(['host.choosePrinter', { name: 'Máy in không có' }])).toMatchObject({ ok: false, error: { code: 'rejected', message: 'Máy này không có máy in "Máy in không có".' } });
    expect(await invoke(['host.choosePrinter', { name: 'HP_LaserJet_P1102' }])).toMatchObject({ ok: true, value: { chosen: 'HP_LaserJet_P1102' } });
    expect(JSON.parse(readFileSync(path.join(appData, PRODUCT_DIR, 'may-in.json'), 'utf8'))).toEqual({ printer: 'HP_LaserJet_P1102' });
    expect(await book()).toMatchObject({ ok: true, value: { printed: true, message: expect.stringContaining('HP_LaserJet_P1102') } });
    expect(shell.recorded('print').at(-1)).toMatchObject({ silent: true, deviceName: 'HP_LaserJet_P1102', pageSize: 'A4', landscape: true });
    expect(await invoke(['host.choosePrinter', { name: null }])).toMatchObject({ ok: true, value: { chosen: null } });
    await book();
    expect(shell.recorded('print').at(-1)).toMatchObject({ silent: false });
    expect(shell.recorded('print').at(-1)).not.toHaveProperty('deviceName');
  });

  it('restores the ledger from the file the open dialog picked, read by path in the main process (no base64 over IPC)', async () => {
    const invoke = <T,>(args: unknown[]) => shell.ask<{ ok: boolean; value: T; error?: { code: string } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args });
    const chooseFile = () => invoke<{ path: string | null }>(['backup.chooseFile', {}]);
    const restoreChosen = (file: string) => invoke<{ dossiers: number; restoredFrom: string }>(['backup.restoreChosen', { path: file }]);
    expect(await chooseFile()).toEqual({ ok: true, value: { path: null } }); // the dialog cancelled: nothing happens
    const backups = path.join(appData, PRODUCT_DIR, 'sao-luu');
    const [taken] = readdirSync(backups).filter((f) => f.endsWith('.db'));
    const chosen = path.join(work, 'ban-sao-tren-usb.db');
    copyFileSync(path.join(backups, taken!), chosen);
    // a path the page names without the dialog having given it is refused
    expect(await restoreChosen(chosen)).toMatchObject({ ok: false, error: { code: 'rejected' } });
    await shell.ask('choose-in-next-dialog', { path: chosen });
    expect(await chooseFile()).toEqual({ ok: true, value: { path: chosen } });
    const restored = await restoreChosen(chosen);
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: chosen } });
    expect(readFileSync(chosen).equals(readFileSync(path.join(backups, taken!)))).toBe(true); // the chosen file itself is never changed
  });

  it('reloads a crashed page and a page that failed to load, and logs both in the data folder', async () => {
    const before = shell.recorded('loadURL').length;
    await shell.ask('crash');
    await shell.ask('fail-load');
    expect(shell.recorded('loadURL').slice(before)).toEqual(['somc://app/index.html', 'somc://app/index.html']);
    const log = readFileSync(path.join(appData, PRODUCT_DIR, 'nhat-ky', 'so-mot-cua.log'), 'utf8');
    expect(log).toMatch(/INFO Khởi động phiên bản 0\.1\.0/);
    expect(log).toContain('tiến trình giao diện dừng (crashed, mã 133)');
    expect(log).toContain('không tải được somc://app/index.html (-105 ERR_NAME_NOT_RESOLVED)');
  });
});
