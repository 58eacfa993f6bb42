// The export wizard's drive detection: PowerShell's JSON (none, one, several drives), /proc/mounts, and
// the graceful answers when the system cannot be asked.
import { describe, expect, it } from 'vitest';
import { type DriveProbe, WINDOWS_DRIVES_COMMAND, listRemovableDrives, parseLinuxMounts, parseWindowsDrives } from '../../electron/services/removable-drives';

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
    expect(WINDOWS_DRIVES_COMMAND).toContain("DriveType=2");
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
