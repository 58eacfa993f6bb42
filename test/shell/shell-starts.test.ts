// The Electron shell proven without Electron's binary (stand-in-shell.ts): how it starts — the window
// before the ledger, an upgrade in the worker (or blocked when the worker cannot start), a second launch,
// old Windows refused, a failed start — and the sandboxed preload bundle.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, openLedger } from '../../electron/ledger';
import { PRODUCT_DIR, type RunningShell, builtApp, launch, until } from './stand-in-shell';

const built = builtApp();
const { work } = built;

describe('the window before the ledger', () => {
  const statusOf = (shell: RunningShell) =>
    shell.ask<{ ok: boolean; value?: { phase: string; work: { title: string; label: string } | null; notes: string[] } }>('invoke', {
      channel: 'somc:api',
      senderUrl: 'somc://app/index.html',
      args: ['startup.status', {}],
    });

  it('creates and shows the window, and opens the ledger only once the window has painted; the page’s first call waits for it', async () => {
    const appData = path.join(work, 'appdata-paint');
    mkdirSync(appData, { recursive: true });
    const shell = launch(built.appPath, appData, { STANDIN_PAINT: 'manual' });
    try {
      await until(() => shell.recorded('requestSingleInstanceLock').length > 0, 'the single-instance lock');
      await shell.ask('ready');
      await until(() => shell.recorded('loadURL').length > 0, 'the window to load');
      const [window] = shell.recorded('BrowserWindow') as { options: { show: boolean } }[];
      expect(window?.options.show).toBe(true);
      const ledger = path.join(appData, PRODUCT_DIR, 'so-mot-cua.db');
      let answered = false;
      const status = statusOf(shell).then((answer) => ((answered = true), answer));
      await new Promise((r) => setTimeout(r, 500));
      // Not painted yet: no ledger opened (not even created), the page's call waiting.
      expect(existsSync(ledger)).toBe(false);
      expect(answered).toBe(false);
      await shell.ask('paint');
      expect(await status).toMatchObject({ ok: true, value: { phase: 'ready' } });
      expect(existsSync(ledger)).toBe(true);
      const kinds = shell.records.map((r) => r.kind);
      expect(kinds.indexOf('BrowserWindow')).toBeLessThan(kinds.indexOf('ready-to-show'));
    } finally {
      shell.child.kill();
      await shell.exited;
    }
  }, 60_000);

  it('upgrades an older ledger in the bundled worker while the window answers: “Đang nâng cấp sổ…”, then ready', async () => {
    const appData = path.join(work, 'appdata-upgrade');
    const ledger = path.join(appData, PRODUCT_DIR, 'so-mot-cua.db');
    mkdirSync(path.dirname(ledger), { recursive: true });
    openLedger(ledger, { migrations: MIGRATIONS.slice(0, 7) }).close();
    const shell = launch(built.appPath, appData);
    try {
      await until(() => shell.recorded('requestSingleInstanceLock').length > 0, 'the single-instance lock');
      await shell.ask('ready');
      const first = await statusOf(shell);
      expect(first).toMatchObject({ ok: true, value: { phase: 'upgrading', work: { title: 'Đang nâng cấp sổ…' } } });
      let answer = first;
      while (answer.value?.phase === 'upgrading') {
        await new Promise((r) => setTimeout(r, 50));
        answer = await statusOf(shell);
      }
      expect(answer).toMatchObject({ ok: true, value: { phase: 'ready' } });
      expect(answer.value?.notes).toContain(`Đã nâng cấp sổ lên lược đồ số ${LATEST_SCHEMA_VERSION} sau khi sao lưu.`);
      expect(readdirSync(path.join(appData, PRODUCT_DIR, 'sao-luu')).filter((f) => f.endsWith('.truoc-nang-cap.db'))).toHaveLength(1);
    } finally {
      shell.child.kill();
      await shell.exited;
    }
  }, 60_000);
});

describe('an upgrade whose worker cannot start', () => {
  it('is blocked on the start-up screen with what to do, in Vietnamese, and logged; the ledger is left as it was', async () => {
    const appData = path.join(work, 'appdata-no-worker');
    const ledger = path.join(appData, PRODUCT_DIR, 'so-mot-cua.db');
    mkdirSync(path.dirname(ledger), { recursive: true });
    openLedger(ledger, { migrations: MIGRATIONS.slice(0, 7) }).close();
    const before = readFileSync(ledger);
    const worker = path.join(built.appPath, 'dist', 'electron', 'heavy-worker.cjs');
    renameSync(worker, `${worker}.mat`);
    const shell = launch(built.appPath, appData);
    try {
      await until(() => shell.recorded('requestSingleInstanceLock').length > 0, 'the single-instance lock');
      await shell.ask('ready');
      let answer = await shell.ask<{ ok: boolean; value: { phase: string; failure: string | null } }>('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: ['startup.status', {}] });
      while (answer.value.phase === 'upgrading') {
        await new Promise((r) => setTimeout(r, 50));
        answer = await shell.ask('invoke', { channel: 'somc:api', senderUrl: 'somc://app/index.html', args: ['startup.status', {}] });
      }
      expect(answer.value.phase).toBe('blocked');
      expect(answer.value.failure).toMatch(/^Ứng dụng không khởi động được phần xử lý nền \(không có tệp ".*heavy-worker\.cjs"\), nên chưa làm được việc này; sổ dữ liệu không bị thay đổi\./);
      const log = readFileSync(path.join(appData, PRODUCT_DIR, 'nhat-ky', 'so-mot-cua.log'), 'utf8');
      expect(log).toMatch(/ERROR .*\n {2}WorkerStartError: Ứng dụng không khởi động được phần xử lý nền/);
      expect(readFileSync(ledger).equals(before)).toBe(true);
    } finally {
      renameSync(`${worker}.mat`, worker);
      shell.child.kill();
      await shell.exited;
    }
  }, 60_000);
});

describe('the shell’s other starts', () => {
  it('a second launch quits at once when the first holds the lock, opening nothing', async () => {
    const appData = path.join(work, 'appdata-locked');
    mkdirSync(appData, { recursive: true });
    const shell = launch(built.appPath, appData, { STANDIN_LOCK: 'taken' });
    await until(() => shell.recorded('quit').length > 0, 'quit');
    await shell.ask('ready').catch(() => undefined);
    shell.child.kill();
    await shell.exited;
    expect(shell.recorded('BrowserWindow')).toEqual([]);
    expect(existsSync(path.join(appData, PRODUCT_DIR, 'so-mot-cua.db'))).toBe(false);
  }, 60_000);

  it('the portable .exe on Windows older than 10 or 32-bit: says so in Vietnamese and quits, opening nothing', async () => {
    for (const [windows, what] of [
      ['6.3.9600,x86_64,x64', 'Windows cũ hơn Windows 10 (phiên bản 6.3.9600)'],
      ['6.1.7601,i686,ia32', 'Windows cũ hơn Windows 10, bản 32-bit (phiên bản 6.1.7601)'],
      ['10.0.19045,i686,ia32', 'Windows bản 32-bit (phiên bản 10.0.19045)'],
    ] as const) {
      const appData = path.join(work, `appdata-${windows}`);
      mkdirSync(appData, { recursive: true });
      const shell = launch(built.appPath, appData, { STANDIN_WINDOWS: windows });
      await until(() => shell.recorded('quit').length > 0, 'quit');
      await shell.ask('ready');
      shell.child.kill();
      await shell.exited;
      expect(shell.recorded('showErrorBox'), windows).toEqual([
        {
          title: 'Sổ Một Cửa không chạy được trên máy này',
          content:
            `Sổ Một Cửa cần Windows 10 hoặc Windows 11 bản 64-bit; máy này đang chạy ${what} nên ứng dụng không chạy được.\n\n` +
            'Cách làm tiếp: dùng Sổ Một Cửa trên một máy Windows 10/11 64-bit khác, hoặc cài Linux 64-bit lên máy này (bản AppImage hoặc .deb). ' +
            'Sổ dữ liệu chuyển sang máy mới theo mục "Chuyển sang máy mới" trong hướng dẫn.',
        },
      ]);
      expect(shell.recorded('requestSingleInstanceLock')).toEqual([]);
      expect(shell.recorded('BrowserWindow')).toEqual([]);
      expect(existsSync(path.join(appData, PRODUCT_DIR)), windows).toBe(false);
    }
  }, 60_000);

  it('Windows 10 or 11, 64-bit: starts as usual', async () => {
    const appData = path.join(work, 'appdata-windows-11');
    mkdirSync(appData, { recursive: true });
    const shell = launch(built.appPath, appData, { STANDIN_WINDOWS: '10.0.22631,x86_64,x64' });
    await until(() => shell.recorded('requestSingleInstanceLock').length > 0, 'the single-instance lock');
    shell.child.kill();
    await shell.exited;
    expect(shell.recorded('showErrorBox')).toEqual([]);
    expect(shell.recorded('quit')).toEqual([]);
  }, 60_000);

  it('a start that fails says so in Vietnamese, with the log file, and exits', async () => {
    const appData = path.join(work, 'appdata-failing');
    mkdirSync(appData, { recursive: true });
    const shell = launch(built.appPath, appData, { STANDIN_FAIL: 'protocol' });
    await until(() => shell.recorded('requestSingleInstanceLock').length > 0, 'the lock');
    await shell.ask('ready');
    expect(await shell.exited).toBe(1);
    const [box] = shell.recorded('showErrorBox') as { title: string; content: string }[];
    expect(box?.title).toBe('Sổ Một Cửa không khởi động được');
    expect(box?.content).toContain('giả lập: không đăng ký được giao thức');
    expect(box?.content).toContain(path.join(appData, PRODUCT_DIR, 'nhat-ky', 'so-mot-cua.log'));
    expect(shell.recorded('exit')).toEqual([1]);
  }, 60_000);
});

describe('the preload bundle', () => {
  it('is CommonJS requiring nothing but electron, and exposes only the API call', () => {
    const code = readFileSync(path.join(built.appPath, 'dist', 'electron', 'preload.cjs'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve('answer')) },
    };
    const sandbox = {
      require: (name: string) => {
        required.push(name);
        if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
        return electron;
      },
      module: { exports: {} },
      exports: {},
    };
    vm.runInNewContext(code, sandbox);
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['somc']);
    const api = exposed.somc as { call: (c: string, i: unknown) => Promise<unknown> };
    expect(Object.keys(api)).toEqual(['call']);
    void api.call('dossier.list', { limit: 1 });
    expect(invoked).toEqual([['somc:api', 'dossier.list', { limit: 1 }]]);
  });
});
