// `npm start` without Electron opens the system's browser on the printed address: the program and its
// arguments on each system (the Linux one is run for real by test/e2e/start-browser.test.ts).
import { describe, expect, it } from 'vitest';
import { browserCommand } from '../../electron/hosts/web/open-browser';

const URL = 'http://127.0.0.1:51234/#token=0123456789abcdef0123';

describe('the command that opens the browser', () => {
  it('on Windows: cmd /c start with an empty title, the address quoted as one argument', () => {
    expect(browserCommand(URL, 'win32')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', `"${URL}"`] });
    // an & inside the quotes is part of the address, not a second command for cmd
    const withQuery = 'http://127.0.0.1:51234/?a=1&b=2#token=ab';
    expect(browserCommand(withQuery, 'win32').args.at(-1)).toBe(`"${withQuery}"`);
  });
  it('on macOS: open', () => {
    expect(browserCommand(URL, 'darwin')).toEqual({ command: 'open', args: [URL] });
  });
  it('elsewhere: xdg-open', () => {
    expect(browserCommand(URL, 'linux')).toEqual({ command: 'xdg-open', args: [URL] });
    expect(browserCommand(URL, 'freebsd')).toEqual({ command: 'xdg-open', args: [URL] });
  });
  it('takes only a web address, which cannot break out of the quotes', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(() => browserCommand('http://127.0.0.1/" & calc', platform)).toThrow(/không phải địa chỉ web/);
      expect(() => browserCommand('file:///etc/passwd', platform)).toThrow(/không phải địa chỉ web/);
    }
  });
});
