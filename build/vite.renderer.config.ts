// Vite builds the renderer (React 19, JSX through Vite's own transform) into dist/renderer with relative
// asset paths, so the same files load from the Electron shell's custom scheme and from the web host.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: path.join(root, 'renderer'),
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: path.join(root, 'dist', 'renderer'),
    emptyOutDir: true,
    target: 'chrome110',
    sourcemap: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
