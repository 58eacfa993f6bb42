// The physical floor of a durable commit: overwrite one 4 KiB page of a file and fsync it, on the same
// file system as the ledger. A commit with synchronous=FULL cannot be faster than this.
import fs from 'node:fs';
import path from 'node:path';
import { nowMs, percentile } from '../stats';

export interface FsyncFloor {
  p50: number;
  p99: number;
}

export function measureFsyncFloor(directory: string, samples = 1000): FsyncFloor {
  const file = path.join(directory, 'fsync-floor.bin');
  const page = Buffer.alloc(4096, 0x5a);
  const fd = fs.openSync(file, 'w');
  const times: number[] = [];
  try {
    fs.writeSync(fd, page, 0, page.length, 0);
    fs.fsyncSync(fd);
    for (let i = 0; i < samples; i += 1) {
      page.writeUInt32LE(i, 0);
      const start = nowMs();
      fs.writeSync(fd, page, 0, page.length, 0);
      fs.fsyncSync(fd);
      times.push(nowMs() - start);
    }
  } finally {
    fs.closeSync(fd);
    fs.rmSync(file, { force: true });
  }
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}
