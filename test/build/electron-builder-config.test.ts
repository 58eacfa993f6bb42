// The packaging configuration (build/electron-builder.yml), checked without Electron's binary: the rules
// an installer needs (x64 only, no native rebuild, ASCII executable names, the .deb's metadata, the
// per-user NSIS install that keeps the data folder, the Windows 10 / 64-bit refusal), then a real
// `electron-builder --dir` for Linux on a stand-in Electron distribution, whose layout must hold what the
// packaged main process looks for.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractAll, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRODUCT_NAME } from '../../electron/hosts/app-paths';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, openLedger } from '../../electron/ledger';
import { UNSUPPORTED_NEXT_STEP } from '../../electron/main/system-check';
import { probeLedgerFile } from '../../electron/reliability/ledger-probe';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { renderPeriodReport } from '../../electron/services/report-documents-service';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { type WorkerScript, runInWorker } from '../../electron/workers/run-task';
import { NOW, ledgerWith } from '../reliability/helpers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG_FILE = path.join(ROOT, 'build', 'electron-builder.yml');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  appId: string;
  productName: string;
  executableName: string;
  npmRebuild: boolean;
  nodeGypRebuild: boolean;
  asar: { smartUnpack: boolean };
  asarUnpack: string[];
  files: string[];
  extraMetadata: { main: string; homepage?: string; author?: { name: string; email: string } };
  win: { executableName: string; target: TargetEntry[]; files: string[] };
  linux: { executableName: string; maintainer: string; target: TargetEntry[]; files: string[] };
  nsis: Record<string, unknown>;
}

const config = yaml.load(readFileSync(CONFIG_FILE, 'utf8')) as BuilderConfig;

/** The namespace electron-builder derives an installer's GUID in (app-builder-lib, NsisTarget). */
const ELECTRON_BUILDER_NAMESPACE = '50e065bc-3134-11e6-9bab-38c9862bdaf3';

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An NSIS string literal as the person reads it. */
function nsisText(literal: string): string {
  return literal.replaceAll('$\\r', '\r').replaceAll('$\\n', '\n').replaceAll('$\\"', '"');
}
const electronVersion = (JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;

/** Every arch each platform's targets build. */
function archsOf(targets: TargetEntry[]): string[] {
  return [...new Set(targets.flatMap((t) => t.arch ?? []))];
}

describe('electron-builder.yml', () => {
  it('builds x64 only, every target naming its arch: Electron 45 has no 32-bit Windows build', () => {
    expect(readFileSync(CONFIG_FILE, 'utf8')).not.toMatch(/ia32|armv7l/);
    for (const platform of [config.win, config.linux]) {
      for (const target of platform.target) expect(target.arch, target.target).toEqual(['x64']);
    }
  });

  it('rebuilds no native module and finds a better-sqlite3 prebuild for every target platform and arch', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
    const prebuilds = path.join(ROOT, 'node_modules', 'better-sqlite3', 'prebuilds');
    for (const [platform, targets] of [
      ['win32', config.win.target],
      ['linux', config.linux.target],
    ] as const) {
      for (const arch of archsOf(targets)) expect(existsSync(path.join(prebuilds, `${platform}-${arch}.node`)), `${platform}-${arch}`).toBe(true);
    }
  });

  it('unpacks the native module from the asar archive, and nothing else', () => {
    expect(config.asar).toEqual({ smartUnpack: false });
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/prebuilds/*.node');
  });

  it('names the executables in ASCII, the product keeping its Vietnamese name', () => {
    for (const name of [config.executableName, config.win.executableName, config.linux.executableName]) expect(name).toMatch(/^[A-Za-z0-9-]+$/);
    expect(config.productName).toBe('Sổ Một Cửa');
  });

  it('gives the .deb its homepage and a maintainer with an e-mail', () => {
    expect(config.extraMetadata.homepage).toMatch(/^https:\/\//);
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^@\s]+\.[a-z]+>$/);
    expect(config.extraMetadata.author?.email).toMatch(/@/);
  });

  it('installs per user and keeps the data folder on uninstall and on upgrade', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, deleteAppDataOnUninstall: false });
    // The data folder is %APPDATA%\<productName> (electron/main/main.ts sets it from PRODUCT_NAME), apart
    // from the install folder (%LOCALAPPDATA%\Programs\<productName>) that an upgrade replaces.
    expect(config.productName).toBe(PRODUCT_NAME);
    expect(config.nsis.include).toBe('build/installer.nsh');
    // Nothing of ours removes files on uninstall (electron-builder's uninstaller keeps %APPDATA% unless
    // deleteAppDataOnUninstall): no custom uninstall or remove-files macro, no path into the data folder.
    const script = readFileSync(path.join(ROOT, 'build', 'installer.nsh'), 'utf8');
    expect(script).not.toMatch(/customUnInstall|customRemoveFiles|un\.onInit|RMDir|Delete |\$APPDATA/i);
  });

  it('upgrades over an older version: the same appId and a pinned installer GUID, found per user in the registry', () => {
    // electron-builder's installer finds the installed version by this GUID (its uninstall key under
    // HKCU for a per-user install), runs the old uninstaller in its "updated" mode and installs into the
    // same folder. The GUID defaults to a UUID v5 of appId: pinned to that value, so renaming appId can
    // never turn an upgrade into a second installation beside the first.
    expect(config.appId).toBe('vn.gov.somotcua.desk');
    expect(config.nsis.guid).toBe('b6029696-4d29-5ba8-9a82-ac22583311d6');
    expect(config.nsis.guid).toBe(uuidV5(config.appId, ELECTRON_BUILDER_NAMESPACE));
    // The portable .exe installs nothing: it runs from where it is and uses the same data folder.
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
  });

  it('refuses Windows older than 10 and 32-bit Windows before installing, in Vietnamese, pointing where README points', () => {
    const bytes = readFileSync(path.join(ROOT, 'build', 'installer.nsh'));
    // Unicode NSIS reads a UTF-8 file as UTF-8 only with its byte-order mark.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const script = bytes.toString('utf8');
    expect(script).toMatch(/!macro preInit[\s\S]*\$\{IfNot\} \$\{AtLeastWin10\}[\s\S]*\$\{OrIfNot\} \$\{RunningX64\}[\s\S]*MessageBox[\s\S]*Quit[\s\S]*!macroend/);
    const boxes = [...script.matchAll(/MessageBox MB_OK\|MB_ICONSTOP "((?:[^"$]|\$\\"|\$\\r|\$\\n)*)" \/SD IDOK/g)].map((m) => nsisText(m[1] ?? ''));
    expect(boxes).toEqual([
      'Sổ Một Cửa cần Windows 10 hoặc Windows 11 bản 64-bit; máy này đang chạy phiên bản Windows cũ hơn hoặc bản 32-bit nên không cài được.\r\n\r\n' +
        'Cách làm tiếp: dùng Sổ Một Cửa trên một máy Windows 10/11 64-bit khác, hoặc cài Linux 64-bit lên máy này (bản AppImage hoặc .deb). ' +
        'Sổ dữ liệu chuyển sang máy mới theo mục "Chuyển sang máy mới" trong hướng dẫn.',
    ]);
    // The same way forward as the portable .exe's own check at start, and as the README.
    expect(boxes[0]).toContain(UNSUPPORTED_NEXT_STEP);
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('**Chuyển sang máy mới.**');
    expect(readme).toMatch(/trên một máy Windows 10\/11 64-bit\s+khác, hoặc cài Linux 64-bit/);
  });
});

describe('electron-builder --dir on a stand-in Electron (Linux x64)', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'somc-builder-'));
  const out = path.join(work, 'release');
  const unpacked = path.join(out, 'linux-unpacked');
  let asarEntries: string[] = [];

  beforeAll(() => {
    const dist = path.join(work, 'electron-dist');
    mkdirSync(path.join(dist, 'resources'), { recursive: true });
    writeFileSync(path.join(dist, 'electron'), '#!/bin/sh\necho stand-in\n');
    chmodSync(path.join(dist, 'electron'), 0o755);
    writeFileSync(path.join(dist, 'version'), electronVersion);
    execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'build', 'bundle-main.ts')], { cwd: ROOT, stdio: 'pipe' });
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'electron-builder', 'cli.js'),
        '--config',
        CONFIG_FILE,
        '--linux',
        'dir',
        '--x64',
        `-c.electronDist=${dist}`,
        `-c.electronVersion=${electronVersion}`,
        `-c.directories.output=${out}`,
      ],
      { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CI: '1' } },
    );
    asarEntries = listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((e) => e.replaceAll('\\', '/'));
  }, 240_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('names the executable so-mot-cua', () => {
    expect(existsSync(path.join(unpacked, 'so-mot-cua'))).toBe(true);
  });

  it('packs the main process, the CommonJS preload, the catalogue, the icon and the fonts where the code looks for them', () => {
    // app.getAppPath() is resources/app.asar; the bundled main process resolves everything from there.
    for (const entry of [
      '/dist/electron/main.js',
      '/dist/electron/preload.cjs',
      '/assets/catalogue/procedures.csv',
      '/build/icon.png',
      '/package.json',
      '/node_modules/@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
      '/node_modules/better-sqlite3/lib/index.js',
    ]) {
      expect(asarEntries, entry).toContain(entry);
    }
    expect(asarEntries.some((e) => e.endsWith('.map'))).toBe(false);
    expect(asarEntries.some((e) => e.startsWith('/node_modules/better-sqlite3/deps'))).toBe(false);
    const packaged = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(packaged.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('packs the worker thread of heavy jobs as CommonJS (Electron serves app.asar to a worker only through require)', () => {
    expect(asarEntries).toContain('/dist/electron/heavy-worker.cjs');
    expect(asarEntries.filter((e) => e.startsWith('/dist/electron/heavy-worker'))).toEqual(['/dist/electron/heavy-worker.cjs']);
    const code = readFileSync(path.join(ROOT, 'dist', 'electron', 'heavy-worker.cjs'), 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\bimport\(|import\.meta/);
  });

  it('puts only the Linux x64 prebuild of better-sqlite3 beside the archive, and it loads', () => {
    const prebuilds = path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds');
    expect(existsSync(path.join(prebuilds, 'linux-x64.node'))).toBe(true);
    expect(existsSync(path.join(prebuilds, 'win32-x64.node'))).toBe(false);
    // Every .node the archive lists is marked unpacked: Electron then loads it from app.asar.unpacked.
    const archive = path.join(unpacked, 'resources', 'app.asar');
    const natives = asarEntries.filter((e) => e.endsWith('.node'));
    expect(natives).toEqual(['/node_modules/better-sqlite3/prebuilds/linux-x64.node']);
    for (const entry of natives) expect(statFile(archive, entry.slice(1))).toMatchObject({ unpacked: true });
    // Only the native module: better-sqlite3's JavaScript stays in the archive with the code that requires it.
    const beside = path.join(unpacked, 'resources', 'app.asar.unpacked');
    expect(readdirSync(beside, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(beside, path.join(e.parentPath, e.name)))).toEqual([
      path.join('node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node'),
    ]);
    // Node-API: the same binary Electron loads; here Node loads it from the unpacked folder.
    const native = path.join(beside, 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node');
    const answer = execFileSync(process.execPath, ['-e', `const D = require('better-sqlite3'); const db = new D(':memory:', { nativeBinding: ${JSON.stringify(native)} }); console.log(db.prepare('select sqlite_version() v').get().v)`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(answer.trim()).toMatch(/^3\.\d+\.\d+$/);
  });

  describe('the worker started from the packed layout', () => {
    // The archive extracted into a folder of the same name, app.asar.unpacked beside it, and the files the
    // archive marks unpacked left only there (as in the installed app): plain Node 22 then starts the
    // worker as Electron would, without Electron's archive support, so everything the worker requires or
    // reads must resolve inside this layout.
    const resources = path.join(work, 'installed', 'resources');
    const ledgerFile = path.join(work, 'ledger', 'so.db');
    let script: WorkerScript;

    beforeAll(() => {
      const archive = path.join(unpacked, 'resources', 'app.asar');
      const app = path.join(resources, 'app.asar');
      extractAll(archive, app);
      cpSync(`${archive}.unpacked`, `${app}.unpacked`, { recursive: true });
      for (const entry of asarEntries) {
        const stat = statFile(archive, entry.slice(1));
        if (!('files' in stat) && 'unpacked' in stat && stat.unpacked) rmSync(path.join(app, entry));
      }
      script = { file: path.join(app, 'dist', 'electron', 'heavy-worker.cjs'), execArgv: [] };
      mkdirSync(path.dirname(ledgerFile), { recursive: true });
      ledgerWith(12, ledgerFile);
    }, 60_000);

    it('has nothing to fall back on outside it: no node_modules above, no native module inside the archive', () => {
      for (let dir = resources; path.dirname(dir) !== dir; dir = path.dirname(dir)) expect(existsSync(path.join(dir, 'node_modules')), dir).toBe(false);
      expect(existsSync(path.join(resources, 'app.asar', 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node'))).toBe(false);
      expect(existsSync(path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds', 'linux-x64.node'))).toBe(true);
      expect(existsSync(script.file)).toBe(true);
    });

    it('makes a report PDF with the packed pdfmake and fonts, the same bytes as the sources make', async () => {
      const session = openLedgerSession(ledgerFile, { actor: 'kiểm thử', mustExist: true });
      try {
        const period = resolvePeriodRequest(session, { period: '2024-Q1', rule: 'nd09' });
        const issuedOn = 19815;
        const packed = await runInWorker({ kind: 'report-document', ledgerFile, period, format: 'pdf', issuedOn, includePersonalData: false }, { script });
        const here = await renderPeriodReport(session, period, 'pdf', { issuedOn });
        expect(Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).toString('latin1', 0, 5)).toBe('%PDF-');
        expect(Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength).equals(Buffer.from(here))).toBe(true);
      } finally {
        session.close();
      }
    }, 60_000);

    it('upgrades an older ledger as the first start after an upgrade does: backup, migrations, due dates', async () => {
      const older = path.join(work, 'ledger', 'cu.db');
      openLedger(older, { migrations: MIGRATIONS.slice(0, 7) }).close();
      const folder = path.join(work, 'ledger', 'sao-luu-nang-cap');
      const steps: string[] = [];
      const task = { ledgerFile: older, now: NOW, appVersion: '0.2.0', actor: 'kiểm thử', config: { directories: [folder], keep: 3 }, upgrade: true };
      const done = await runInWorker({ kind: 'startup-work', ...task }, { script, onProgress: (p) => steps.push(p.label) });
      expect(done.upgradeBackup?.written).toHaveLength(1);
      expect(steps).toContain(`Đang nâng cấp sổ: bước ${LATEST_SCHEMA_VERSION - 7}/${LATEST_SCHEMA_VERSION - 7}`);
      expect(probeLedgerFile(older, { thorough: true })).toMatchObject({ status: 'ok', schemaVersion: LATEST_SCHEMA_VERSION });
    }, 60_000);

    it('takes a verified backup with better-sqlite3 loaded from app.asar.unpacked', async () => {
      const folder = path.join(work, 'ledger', 'sao-luu');
      const run = await runInWorker({ kind: 'backup', ledgerFile, reason: 'manual', config: { directories: [folder], keep: 3 }, now: NOW }, { script });
      expect(run.written).toHaveLength(1);
      expect(probeLedgerFile(run.written[0]!.file, { thorough: true })).toMatchObject({ status: 'ok', dossiers: 12 });
    }, 60_000);
  });
});
