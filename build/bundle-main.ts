// Bundles the Electron main process (ESM), the preload (CommonJS, as sandboxed preloads must be), the
// worker of heavy jobs (CommonJS, see below) and the loopback web host with esbuild into dist/electron.
// Our TypeScript is bundled; packages stay in node_modules (better-sqlite3 is native, pdfmake reads its
// fonts from it).
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
// `--out DIR` bundles elsewhere (tests run the bundle from a temporary app folder); default dist/electron.
const outFlag = process.argv.indexOf('--out');
const out = outFlag >= 0 && process.argv[outFlag + 1] ? path.resolve(process.argv[outFlag + 1] as string) : path.join(root, 'dist', 'electron');

// Packages the main process loads from node_modules at run time. vietnamese-lunar-calendar is bundled
// instead: its deep import of a folder resolves under tsx but not under Node's ESM loader.
const BUNDLED = new Set(['vietnamese-lunar-calendar']);
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const external = ['electron', ...Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name))].flatMap((name) => [name, `${name}/*`]);

const common = { bundle: true, platform: 'node', target: 'node22', external, sourcemap: false, logLevel: 'warning', absWorkingDir: root } as const;

await build({ ...common, entryPoints: [path.join(root, 'electron/main/main.ts')], format: 'esm', outfile: path.join(out, 'main.js') });
await build({ ...common, entryPoints: [path.join(root, 'electron/preload.ts')], format: 'cjs', outfile: path.join(out, 'preload.cjs') });
// The loopback web host (`npm run web`) as one file beside the worker: it starts without transpiling.
await build({ ...common, entryPoints: [path.join(root, 'electron/hosts/web/main.ts')], format: 'esm', outfile: path.join(out, 'web-host.js') });
// The worker thread of heavy jobs (backups, checks, documents, the upgrade): run-task.ts starts it beside
// main.js. CommonJS, not ESM: Electron serves files from inside app.asar to a worker thread through its
// patched CommonJS loader and fs (electron/electron#33216), not through the ES module loader. Our code's
// import.meta.url (paths found relative to a module) becomes the bundle's own file URL, and a dynamic
// import() of a package (exceljs) becomes require(), so nothing reaches the ES module loader.
// The ES module worker of earlier builds must not be packed beside it.
rmSync(path.join(out, 'heavy-worker.js'), { force: true });
await build({
  ...common,
  entryPoints: [path.join(root, 'electron/workers/heavy-worker.ts')],
  format: 'cjs',
  outfile: path.join(out, 'heavy-worker.cjs'),
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: "const import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  supported: { 'dynamic-import': false },
});
console.log(`Đã đóng gói tiến trình chính, luồng xử lý nền và preload vào ${path.relative(root, out) || out}/`);
