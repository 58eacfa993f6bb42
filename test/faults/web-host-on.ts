// The loopback web host over a test API, serving a one-line page: enough to drive the HTTP API as the
// browser does.
import fs from 'node:fs';
import path from 'node:path';
import { startWebHost } from '../../electron/hosts/web/server';
import type { TestApi } from '../api/helpers';

export function webHostOn(t: TestApi): ReturnType<typeof startWebHost> {
  const staticDir = path.join(t.dir, 'renderer');
  fs.mkdirSync(staticDir, { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
  return startWebHost({ dispatch: t.api.dispatch, staticDir });
}
