// The removable drives (USB sticks and USB hard disks) the export wizard offers as destinations. On
// Windows 10/11: asked of PowerShell — the logical disks of drive type 2 (removable) and those on a
// disk whose bus is USB (a USB hard disk reports itself as a fixed disk, type 3) — with the output forced
// to UTF-8 (Windows PowerShell writes the OEM code page otherwise, which garbled Vietnamese labels); on
// Linux: the filesystems mounted under /media and /run/media; elsewhere none. The parsers are pure.
import { execFile } from 'node:child_process';
import { readFileSync, statfsSync } from 'node:fs';

export interface RemovableDrive {
  /** The folder to write into: "E:\\" or "/media/cb/KINGSTON". */
  path: string;
  /** "E: KINGSTON", or the mount's folder name. */
  label: string;
  freeBytes: number | null;
  sizeBytes: number | null;
}

export interface DriveListing {
  drives: RemovableDrive[];
  /** Why the drives could not be listed (Vietnamese); the person can still type or choose a folder. */
  problem: string | null;
}

export const WINDOWS_DRIVES_COMMAND = [
  '[Console]::OutputEncoding = [System.Text.Encoding]::UTF8',
  // Drive letters on disks attached by USB (Get-Disk: Windows 8 and later); none if the Storage module fails.
  "$usb = @(try { Get-Disk -ErrorAction Stop | Where-Object { $_.BusType -eq 'USB' } | Get-Partition | Where-Object { $_.DriveLetter } | ForEach-Object { [string]$_.DriveLetter + ':' } } catch { })",
  'Get-CimInstance Win32_LogicalDisk | Where-Object { $_.DriveType -eq 2 -or $usb -contains $_.DeviceID } | Select-Object DeviceID,VolumeName,FreeSpace,Size | ConvertTo-Json -Compress',
].join('; ');

/** A cold PowerShell start (first use after boot, antivirus scanning it) can take well over 10 s. */
export const POWERSHELL_TIMEOUT_MS = 45_000;

/**
 * PowerShell's bytes as text: UTF-8 as the command asks (with or without a byte-order mark); when they
 * are not UTF-8 (an older shell ignoring the request), the Vietnamese OEM/ANSI code page 1258, whose
 * tone marks are combining characters — composed again (NFC) so labels compare and display normally.
 */
export function decodePowerShellOutput(output: Uint8Array | string): string {
  if (typeof output === 'string') return output.normalize('NFC');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(output).normalize('NFC');
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return new TextDecoder('windows-1258').decode(output).normalize('NFC');
  }
}

const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** PowerShell's ConvertTo-Json: nothing (no drive), one object, or an array of objects. */
export function parseWindowsDrives(output: string | Uint8Array): RemovableDrive[] {
  const text = decodePowerShellOutput(output).replace(/^\uFEFF/, '').trim();
  if (text === '') return [];
  const parsed: unknown = JSON.parse(text);
  const items = Array.isArray(parsed) ? parsed : [parsed];
  const drives: RemovableDrive[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    const id = typeof record.DeviceID === 'string' ? record.DeviceID.trim() : '';
    if (!/^[A-Za-z]:$/.test(id)) continue;
    const name = typeof record.VolumeName === 'string' ? record.VolumeName.trim() : '';
    drives.push({ path: `${id.toUpperCase()}\\`, label: name ? `${id.toUpperCase()} ${name}` : id.toUpperCase(), freeBytes: numberOrNull(record.FreeSpace), sizeBytes: numberOrNull(record.Size) });
  }
  return drives;
}

/** /proc/mounts escapes space, tab, newline and backslash as octal. */
function unescapeMount(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

const MOUNT_ROOTS = ['/media/', '/run/media/'];

/** The mounts under /media or /run/media, each once, in the file's order. */
export function parseLinuxMounts(mounts: string): RemovableDrive[] {
  const seen = new Set<string>();
  const drives: RemovableDrive[] = [];
  for (const line of mounts.split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3 || fields[1] === undefined) continue;
    const mountPoint = unescapeMount(fields[1]);
    if (!MOUNT_ROOTS.some((root) => mountPoint.startsWith(root)) || seen.has(mountPoint)) continue;
    seen.add(mountPoint);
    drives.push({ path: mountPoint, label: mountPoint.slice(mountPoint.lastIndexOf('/') + 1) || mountPoint, freeBytes: null, sizeBytes: null });
  }
  return drives;
}

export interface DriveProbe {
  platform: NodeJS.Platform;
  readMounts(): string;
  /** PowerShell's standard output, as bytes (decoded by decodePowerShellOutput). */
  runPowerShell(command: string): Promise<Uint8Array | string>;
  /** Free and total bytes of a mounted folder. */
  space(path: string): { freeBytes: number; sizeBytes: number } | null;
}

function runPowerShell(command: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    execFile(
      'powershell.exe',
      ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-Command', command],
      { timeout: POWERSHELL_TIMEOUT_MS, windowsHide: true, encoding: 'buffer', maxBuffer: 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

function space(path: string): { freeBytes: number; sizeBytes: number } | null {
  try {
    const s = statfsSync(path);
    return { freeBytes: s.bavail * s.bsize, sizeBytes: s.blocks * s.bsize };
  } catch (error) {
    // A stick pulled out between listing and measuring: listed without its size.
    if (error instanceof Error && 'code' in error) return null;
    throw error;
  }
}

export const SYSTEM_PROBE: DriveProbe = { platform: process.platform, readMounts: () => readFileSync('/proc/mounts', 'utf8'), runPowerShell, space };

function reasonOf(error: unknown): string {
  if (error instanceof Error && 'killed' in error && error.killed) return `PowerShell không trả lời sau ${POWERSHELL_TIMEOUT_MS / 1000} giây`;
  if (error instanceof SyntaxError) return 'PowerShell trả về dữ liệu không đọc được';
  return error instanceof Error ? error.message : String(error);
}

export async function listRemovableDrives(probe: DriveProbe = SYSTEM_PROBE): Promise<DriveListing> {
  try {
    if (probe.platform === 'win32') return { drives: parseWindowsDrives(await probe.runPowerShell(WINDOWS_DRIVES_COMMAND)), problem: null };
    if (probe.platform === 'linux') {
      const drives = parseLinuxMounts(probe.readMounts()).map((d) => ({ ...d, ...(probe.space(d.path) ?? {}) }));
      return { drives, problem: null };
    }
    return { drives: [], problem: null };
  } catch (error) {
    return { drives: [], problem: `Không dò được ổ USB (${reasonOf(error)}); hãy chọn thư mục bằng tay.` };
  }
}
