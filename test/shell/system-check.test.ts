// Which systems the app refuses at start (the portable .exe has no installer to refuse them first).
import { describe, expect, it } from 'vitest';
import { unsupportedSystem } from '../../electron/main/system-check';

const windows = (release: string, machine: string, arch: string) => unsupportedSystem({ platform: 'win32', release, machine, arch });

describe('unsupportedSystem', () => {
  it('accepts 64-bit Windows 10 and 11, on x64 and on ARM, and every other system', () => {
    expect(windows('10.0.19045', 'x86_64', 'x64')).toBeNull();
    expect(windows('10.0.26100', 'x86_64', 'x64')).toBeNull();
    expect(windows('10.0.22631', 'arm64', 'arm64')).toBeNull();
    expect(unsupportedSystem({ platform: 'linux', release: '3.10.0', machine: 'i686', arch: 'ia32' })).toBeNull();
  });

  it('refuses Windows 7, 8 and 8.1, and a 32-bit process or processor, saying which', () => {
    expect(windows('6.1.7601', 'x86_64', 'x64')).toMatch(/^Sổ Một Cửa cần Windows 10 hoặc Windows 11 bản 64-bit; máy này đang chạy Windows cũ hơn Windows 10 \(phiên bản 6\.1\.7601\)/);
    expect(windows('6.2.9200', 'x86_64', 'x64')).toContain('Windows cũ hơn Windows 10 (phiên bản 6.2.9200)');
    expect(windows('6.3.9600', 'i686', 'ia32')).toContain('Windows cũ hơn Windows 10, bản 32-bit');
    expect(windows('10.0.19045', 'i686', 'x64')).toContain('Windows bản 32-bit (phiên bản 10.0.19045)');
    expect(windows('10.0.19045', 'x86_64', 'ia32')).toContain('Windows bản 32-bit');
  });

  it('does not refuse a release it cannot read', () => {
    expect(windows('', 'x86_64', 'x64')).toBeNull();
  });
});
