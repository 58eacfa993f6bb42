// The Electron shell's rules, as the pure functions the shell calls.
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isAllowedExternalUrl,
  isAllowedNavigation,
  isAllowedPermission,
  secureWebPreferences,
} from '../../electron/main/security';

describe('navigation guard', () => {
  it('lets the window move only between pages of the app', () => {
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html#/so-theo-doi`)).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'file:///etc/passwd',
      'file:///C:/Windows/win.ini',
      'somc://other/index.html',
      'somc://app.evil.com/',
      'somc://user:pass@app/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'not a url',
      '',
    ]) {
      expect(isAllowedNavigation(url), url).toBe(false);
    }
  });
});

describe('external links', () => {
  it('open only official https sites of the allow-list', () => {
    expect(isAllowedExternalUrl('https://dichvucong.gov.vn/p/home/dvc-trang-chu.html')).toBe(true);
    expect(isAllowedExternalUrl('https://csdl.dichvucong.gov.vn/web/jsp/index.jsp')).toBe(true);
    expect(isAllowedExternalUrl('https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=1')).toBe(true);
    for (const url of [
      'http://dichvucong.gov.vn/',
      'https://dichvucong.gov.vn.evil.com/',
      'https://evildichvucong.gov.vn/',
      'https://evil.com/?u=https://dichvucong.gov.vn',
      'https://user@dichvucong.gov.vn/',
      'https://dichvucong.gov.vn:8443/',
      'file:///C:/',
      'javascript:alert(1)',
      'somc://app/index.html',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });
});

describe('window settings', () => {
  it('isolate the renderer: context isolation, sandbox, no Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, preload: '/app/preload.cjs' });
    expect(isAllowedPermission('media')).toBe(false);
    expect(isAllowedPermission('notifications')).toBe(false);
  });

  it('use a strict content security policy', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('default-src')).toBe("default-src 'self'");
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(directives.get('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
