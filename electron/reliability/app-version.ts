// This app's version, from its package.json (found by walking up from this module, so it works from the
// sources run with tsx and from the built files alike).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const PACKAGE_NAME = 'so-mot-cua';
const manifestSchema = z.object({ name: z.string(), version: z.string() });

let cached: string | null = null;

export function appVersion(): string {
  if (cached !== null) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const manifest = manifestSchema.safeParse(JSON.parse(readFileSync(candidate, 'utf8')));
      if (manifest.success && manifest.data.name === PACKAGE_NAME) {
        cached = manifest.data.version;
        return cached;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json of ${PACKAGE_NAME} not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}
