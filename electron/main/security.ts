// The Electron shell's security rules as pure functions (no electron import), so tests check exactly what
// the shell enforces: the content security policy, where the window may navigate, which external links
// may open in the system browser, and the window's web preferences.

/** The app's own origin: the renderer is served from this custom scheme, never from file:// or http://. */
export const APP_SCHEME = 'somc';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/**
 * The CSP of every page of the app (Electron and the web host alike): only the app's own scripts and
 * styles, no inline script, no eval, no remote anything; PDFs open from blob: URLs the app made itself.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Whether the main window may navigate to `url`: only to pages of the app itself. */
export function isAllowedNavigation(url: string, appOrigin: string = APP_ORIGIN): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const app = new URL(appOrigin);
  return target.protocol === app.protocol && target.host === app.host && target.username === '' && target.password === '';
}

/**
 * Official sites a desk officer may need (the national public-service portal, the procedure database,
 * the legal documents database). Only https, only these hosts and their subdomains.
 */
export const EXTERNAL_ALLOW_LIST: readonly string[] = ['dichvucong.gov.vn', 'csdl.dichvucong.gov.vn', 'vbpl.vn', 'chinhphu.vn', 'vanban.chinhphu.vn'];

export function isAllowedExternalUrl(url: string, allowList: readonly string[] = EXTERNAL_ALLOW_LIST): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (target.protocol !== 'https:' || target.username !== '' || target.password !== '' || target.port !== '') return false;
  const host = target.hostname.toLowerCase();
  return allowList.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}

/** The web preferences of every window the shell opens. */
export function secureWebPreferences(preload: string | null) {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    ...(preload ? { preload } : {}),
  } as const;
}

/** Permission requests (camera, notifications, geolocation …): the app needs none. */
export function isAllowedPermission(_permission: string): boolean {
  return false;
}
