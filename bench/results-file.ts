// bench/results.json: { "<scale>": { "<metric>": number }, "not_available": { … }, "machine": { … } }.
import fs from 'node:fs';
import { scaleName } from './args';
import type { MachineInfo } from './machine';
import type { ScaleResult } from './metrics';

const round = (n: number) => Math.round(n * 1000) / 1000;

export function resultsJson(results: readonly ScaleResult[], machine: MachineInfo): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const unavailable: Record<string, string> = {};
  for (const r of results) {
    out[scaleName(r.dossiers)] = Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k, round(v)]));
    Object.assign(unavailable, r.unavailable);
  }
  if (Object.keys(unavailable).length > 0) out.not_available = unavailable;
  out.machine = machine;
  return out;
}

export function writeResults(file: string, results: readonly ScaleResult[], machine: MachineInfo): void {
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(resultsJson(results, machine), null, 2)}\n`);
  fs.renameSync(temporary, file);
}
