// The machine the numbers were taken on, recorded with them.
import os from 'node:os';

export interface MachineInfo {
  cores: number;
  memory_gib: number;
  cpu: string;
  node: string;
  platform: string;
  date: string;
}

export function machineInfo(date: Date): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    memory_gib: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    date: date.toISOString(),
  };
}
