// The export wizard's drive detection: PowerShell's JSON (none, one, several drives), /proc/mounts, and
// the graceful answers when the system cannot be asked.
import { describe, expect, it } from 'vitest';
import {
  type DriveProbe,
  POWERSHELL_TIMEOUT_MS,
  WINDOWS_DRIVES_COMMAND,
  decodePowerShellOutput,
  listRemovableDrives,
  parseLinuxMounts,
  parseWindowsDrives,
} from '../../electron/services/removable-drives';

const ONE_DRIVE = '{"DeviceID":"E:","VolumeName":"KINGSTON","FreeSpace":15728640000,"Size":31457280000}\r\n';
const TWO_DRIVES = `\uFEFF[
    {
        "DeviceID":  "E:",
        "VolumeName":  "USB XA HUONG HUU",
        "FreeSpace":  1048576,
        "Size":  8053063680
    },
    {
        "DeviceID":  "f:",
        "VolumeName":  null,
        "FreeSpace":  null,
        "Size":  null
    }
]`;

const MOUNTS = [
  'sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0',
  '/dev/sda2 / ext4 rw,relatime 0 0',
  '/dev/sdb1 /media/canbo/KINGSTON vfat rw,nosuid,nodev,relatime,uid=1000 0 0',
  '/dev/sdc1 /run/media/canbo/USB\\040XA vfat rw,nosuid,nodev 0 0',
  '/dev/sdb1 /media/canbo/KINGSTON vfat rw 0 0',
  '/dev/sdd1 /mnt/data ext4 rw 0 0',
  '',
].join('\n');

function probe(patch: Partial<DriveProbe>): DriveProbe {
  return {
    platform: 'linux',
    readMounts: () => '',
    runPowerShell: () => Promise.reject(new Error('not windows')),
    space: () => null,
    ...patch,
  };
}

describe('removable drives', () => {
  it('reads PowerShell output: no drive, one drive, several drives', () => {
    expect(parseWindowsDrives('')).toEqual([]);
    expect(parseWindowsDrives('  \r\n')).toEqual([]);
    expect(parseWindowsDrives(ONE_DRIVE)).toEqual([{ path: 'E:\\', label: 'E: KINGSTON', freeBytes: 15728640000, sizeBytes: 31457280000 }]);
    expect(parseWindowsDrives(TWO_DRIVES)).toEqual([
      { path: 'E:\\', label: 'E: USB XA HUONG HUU', freeBytes: 1048576, sizeBytes: 8053063680 },
      { path: 'F:\\', label: 'F:', freeBytes: null, sizeBytes: null },
    ]);
  });

  it('skips entries that are not drive letters', () => {
    expect(parseWindowsDrives('[{"DeviceID":"\\\\\\\\server\\\\share"},{"VolumeName":"X"},null,3]')).toEqual([]);
  });

  it('reads /proc/mounts: only /media and /run/media, each once, with escaped spaces', () => {
    expect(parseLinuxMounts(MOUNTS)).toEqual([
      { path: '/media/canbo/KINGSTON', label: 'KINGSTON', freeBytes: null, sizeBytes: null },
      { path: '/run/media/canbo/USB XA', label: 'USB XA', freeBytes: null, sizeBytes: null },
    ]);
  });

  it('asks PowerShell on Windows with the removable-disk query', async () => {
    const asked: string[] = [];
    const listing = await listRemovableDrives(probe({ platform: 'win32', runPowerShell: (c) => (asked.push(c), Promise.resolve(ONE_DRIVE)) }));
    expect(asked).toEqual([WINDOWS_DRIVES_COMMAND]);
    expect(WINDOWS_DRIVES_COMMAND).toContain('$_.DriveType -eq 2');
    expect(listing).toEqual({ drives: [{ path: 'E:\\', label: 'E: KINGSTON', freeBytes: 15728640000, sizeBytes: 31457280000 }], problem: null });
  });

  it('adds the free space on Linux', async () => {
    const listing = await listRemovableDrives(probe({ readMounts: () => MOUNTS, space: (p) => (p.includes('KINGSTON') ? { freeBytes: 5, sizeBytes: 10 } : null) }));
    expect(listing.drives.map((d) => [d.label, d.freeBytes, d.sizeBytes])).toEqual([
      ['KINGSTON', 5, 10],
      ['USB XA', null, null],
    ]);
  });

  it('answers with no drive, and says why, when the system cannot be asked', async () => {
    const failed = await listRemovableDrives(probe({ platform: 'win32', runPowerShell: () => Promise.reject(new Error('powershell.exe ENOENT')) }));
    expect(failed.drives).toEqual([]);
    expect(failed.problem).toContain('Không dò được ổ USB (powershell.exe ENOENT)');
    const garbled = await listRemovableDrives(probe({ platform: 'win32', runPowerShell: () => Promise.resolve('Get-CimInstance : Access denied') }));
    expect(garbled.drives).toEqual([]);
    expect(garbled.problem).toMatch(/^Không dò được ổ USB/);
    expect(await listRemovableDrives(probe({ platform: 'darwin' }))).toEqual({ drives: [], problem: null });
    expect(await listRemovableDrives(probe({ readMounts: () => { throw new Error('EACCES /proc/mounts'); } }))).toMatchObject({ drives: [], problem: expect.stringContaining('EACCES') });
  });
});

// A Vietnamese office's sticks: "SAO LƯU XÃ" (removable) and a USB hard disk "Ổ cứng USB" (a fixed disk
// on the USB bus), as Windows PowerShell 5.1 writes them: UTF-8 with a byte-order mark when the command's
// [Console]::OutputEncoding is honoured, else code page 1258 (tone marks as combining characters).
const VIETNAMESE_JSON =
  '[{"DeviceID":"E:","VolumeName":"SAO LƯU XÃ","FreeSpace":1048576,"Size":8053063680},{"DeviceID":"G:","VolumeName":"Ổ cứng USB","FreeSpace":500,"Size":1000}]';
const AS_UTF8_WITH_BOM = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${VIETNAMESE_JSON}\r\n`, 'utf8')]);
const AS_CP1258 = Buffer.from(
  '5b7b224465766963654944223a22453a222c22566f6c756d654e616d65223a2253414f204cdd55205841de222c22467265655370616365223a313034383537362c2253697a65223a383035333036333638307d2c7b224465766963654944223a22473a222c22566f6c756d654e616d65223a22d4d22063fdec6e6720555342222c22467265655370616365223a3530302c2253697a65223a313030307d5d',
  'hex',
);
const EXPECTED_VIETNAMESE = [
  { path: 'E:\\', label: 'E: SAO LƯU XÃ', freeBytes: 1048576, sizeBytes: 8053063680 },
  { path: 'G:\\', label: 'G: Ổ cứng USB', freeBytes: 500, sizeBytes: 1000 },
];

describe('removable drives on Windows 10 and 11', () => {
  it('forces UTF-8 output and also lists disks on the USB bus (USB hard disks are fixed disks)', () => {
    expect(WINDOWS_DRIVES_COMMAND.startsWith('[Console]::OutputEncoding = [System.Text.Encoding]::UTF8;')).toBe(true);
    expect(WINDOWS_DRIVES_COMMAND).toContain("$_.BusType -eq 'USB'");
    expect(WINDOWS_DRIVES_COMMAND).toContain('$usb -contains $_.DeviceID');
    expect(WINDOWS_DRIVES_COMMAND).not.toMatch(/wmic/i);
  });

  it('decodes Vietnamese labels from UTF-8 with a byte-order mark', async () => {
    expect(parseWindowsDrives(AS_UTF8_WITH_BOM)).toEqual(EXPECTED_VIETNAMESE);
    const listing = await listRemovableDrives(probe({ platform: 'win32', runPowerShell: () => Promise.resolve(AS_UTF8_WITH_BOM) }));
    expect(listing).toEqual({ drives: EXPECTED_VIETNAMESE, problem: null });
  });

  it('decodes them from code page 1258 too, composing the tone marks (read as UTF-8 they were garbled)', () => {
    expect(AS_CP1258.toString('utf8')).toContain('\uFFFD');
    expect(decodePowerShellOutput(AS_CP1258)).toBe(VIETNAMESE_JSON);
    expect(parseWindowsDrives(AS_CP1258)).toEqual(EXPECTED_VIETNAMESE);
  });

  it('waits for a cold PowerShell start, and says so in Vietnamese when even that runs out', async () => {
    expect(POWERSHELL_TIMEOUT_MS).toBeGreaterThanOrEqual(30_000);
    const timedOut = Object.assign(new Error('Command failed: powershell.exe'), { killed: true, signal: 'SIGTERM' });
    const listing = await listRemovableDrives(probe({ platform: 'win32', runPowerShell: () => Promise.reject(timedOut) }));
    expect(listing).toEqual({ drives: [], problem: `Không dò được ổ USB (PowerShell không trả lời sau ${POWERSHELL_TIMEOUT_MS / 1000} giây); hãy chọn thư mục bằng tay.` });
  });
});
