// Electron 45 runs only on 64-bit Windows 10 or later. The NSIS installer refuses older or 32-bit Windows
// before copying anything (build/installer.nsh); the portable .exe has no installer, so the app itself
// says the same at start, in Vietnamese, and quits.

export interface SystemFacts {
  platform: NodeJS.Platform;
  /** os.release(): "10.0.19045" on Windows 10 and 11, "6.3.9600" on 8.1, "6.1.7601" on 7. */
  release: string;
  /** process.arch: the build this process is. */
  arch: string;
  /** os.machine(): the processor as Windows reports it to this process ("x86_64", "i686", "arm64"). */
  machine: string;
}

export const UNSUPPORTED_TITLE = 'Sổ Một Cửa không chạy được trên máy này';

/** What the office can do instead, as README.md's "Máy tính được hỗ trợ" says (also in installer.nsh). */
export const UNSUPPORTED_NEXT_STEP =
  'Cách làm tiếp: dùng Sổ Một Cửa trên một máy Windows 10/11 64-bit khác, hoặc cài Linux 64-bit lên máy này (bản AppImage hoặc .deb). ' +
  'Sổ dữ liệu chuyển sang máy mới theo mục "Chuyển sang máy mới" trong hướng dẫn.';

function windowsMajor(release: string): number | null {
  const major = Number.parseInt(release.split('.')[0] ?? '', 10);
  return Number.isFinite(major) ? major : null;
}

/** Why this Windows cannot run the app (Vietnamese), or null when it can (and on other systems). */
export function unsupportedSystem(facts: SystemFacts): string | null {
  if (facts.platform !== 'win32') return null;
  const major = windowsMajor(facts.release);
  const old = major !== null && major < 10;
  const bits32 = facts.arch === 'ia32' || /^(i[3-6]86|x86)$/i.test(facts.machine);
  if (!old && !bits32) return null;
  const what = old && bits32 ? `Windows cũ hơn Windows 10, bản 32-bit` : old ? `Windows cũ hơn Windows 10` : 'Windows bản 32-bit';
  return `Sổ Một Cửa cần Windows 10 hoặc Windows 11 bản 64-bit; máy này đang chạy ${what} (phiên bản ${facts.release}) nên ứng dụng không chạy được.\n\n${UNSUPPORTED_NEXT_STEP}`;
}
