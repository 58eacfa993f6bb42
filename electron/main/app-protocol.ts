// The renderer is served from the app's own scheme (somc://app/…), read-only from dist/renderer, with the
// security headers on every response, so the page never runs from file:// and the CSP always applies.
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../hosts/web/http-io';
import { staticFile } from '../hosts/web/static-files';
import { printPageFile } from './print-pages';
import { APP_SCHEME } from './security';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app' || request.method !== 'GET') return new Response('Không tìm thấy.', { status: 404, headers: SECURITY_HEADERS });
    const file = printPageFile(url.pathname) ?? (await staticFile(rendererDir, url.pathname));
    if (!file) return new Response('Không tìm thấy.', { status: 404, headers: SECURITY_HEADERS });
    return new Response(Buffer.from(file.body), { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType } });
  });
}
