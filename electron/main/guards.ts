// Applied to every web contents the app ever creates: no navigation away from the app, no new windows
// (allow-listed links go to the system browser instead), no <webview>, no permissions.
import { type WebContents, app, session, shell } from 'electron';
import { isAllowedExternalUrl, isAllowedNavigation, isAllowedPermission } from './security';

function guard(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      shell.openExternal(url).catch((error: unknown) => console.error('Không mở được liên kết ngoài:', error));
    }
    return { action: 'deny' };
  });
}

export function installGuards(): void {
  app.on('web-contents-created', (_event, contents) => guard(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isAllowedPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
}
