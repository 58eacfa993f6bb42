// The packaging configuration (build/electron-builder.yml), checked without Electron's binary: the rules
// an installer needs (x64 only, no native rebuild, ASCII executable names, the .deb's metadata, the
// per-user NSIS install that keeps the data folder, the Windows 10 / 64-bit refusal), then a real
// `electron-builder --dir` for Linux on a stand-in Electron distribution, whose layout must hold what the
// packaged main process looks for.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG_FILE = path.join(ROOT, 'build', 'electron-builder.yml');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };

interface TargetEntry {
  target: string;
  arch?: string[];
}
interface BuilderConfig {
  productName: string;
  executableName: string;
  npmRebuild: boolean;
  nodeGypRebuild: boolean;
  asar: boolean;
  asarUnpack: string[];
  files: string[];
  extraMetadata: { main: string; homepage?: string; author?: { name: string; email: string } };
  win: { executableName: string; target: TargetEntry[]; files: string[] };
  linux: { executableName: string; maintainer: string; target: TargetEntry[]; files: string[] };
  nsis: Record<string, unknown>;
}

const config = yaml.load(readFileSync(CONFIG_FILE, 'utf8')) as BuilderConfig;
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

  it('unpacks the native module from the asar archive', () => {
    expect(config.asar).toBe(true);
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
    // The data folder is %APPDATA%\<productName>, apart from the install folder the upgrade replaces.
    expect(config.nsis.include).toBe('build/installer.nsh');
  });

  it('refuses Windows older than 10 and 32-bit Windows before installing, in Vietnamese', () => {
    const bytes = readFileSync(path.join(ROOT, 'build', 'installer.nsh'));
    // Unicode NSIS reads a UTF-8 file as UTF-8 only with its byte-order mark.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const script = bytes.toString('utf8');
    expect(script).toMatch(/!macro preInit[\s\S]*\$\{IfNot\} \$\{AtLeastWin10\}[\s\S]*\$\{OrIfNot\} \$\{RunningX64\}[\s\S]*MessageBox[\s\S]*Quit[\s\S]*!macroend/);
    expect(script).toContain('Sổ Một Cửa cần Windows 10 hoặc Windows 11 bản 64-bit');
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

  it('puts only the Linux x64 prebuild of better-sqlite3 beside the archive, and it loads', () => {
    const prebuilds = path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'prebuilds');
    expect(existsSync(path.join(prebuilds, 'linux-x64.node'))).toBe(true);
    expect(existsSync(path.join(prebuilds, 'win32-x64.node'))).toBe(false);
    // Every .node the archive lists is marked unpacked: Electron then loads it from app.asar.unpacked.
    const archive = path.join(unpacked, 'resources', 'app.asar');
    const natives = asarEntries.filter((e) => e.endsWith('.node'));
    expect(natives).toEqual(['/node_modules/better-sqlite3/prebuilds/linux-x64.node']);
    for (const entry of natives) expect(statFile(archive, entry.slice(1))).toMatchObject({ unpacked: true });
    // Node-API: the same binary Electron loads; here Node loads it from the unpacked folder.
    const lib = path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'lib', 'linux-x64.js');
    const answer = execFileSync(process.execPath, ['-e', `const D = require(${JSON.stringify(lib)}); const db = new D(':memory:'); console.log(db.prepare('select sqlite_version() v').get().v)`], {
      encoding: 'utf8',
    });
    expect(answer.trim()).toMatch(/^3\.\d+\.\d+$/);
  });
});
