// `npm run bench`: synthetic ledgers of 10k, 100k and 1M dossiers (`--quick`: 10k and 100k), each
// measured in one run on its own file; prints the tables and writes bench/results.json.
import path from 'node:path';
import { parseBenchArgs } from './args';
import { machineInfo } from './machine';
import type { ScaleResult } from './metrics';
import { scaleTable, summaryTable } from './report-table';
import { writeResults } from './results-file';
import { runScale } from './scale-run';

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2), path.join(import.meta.dirname, 'results.json'));
  const machine = machineInfo(new Date());
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`Sổ Một Cửa bench — ${machine.cores} cores, ${machine.memory_gib} GiB, ${machine.cpu}, Node ${machine.node}`);
  const results: ScaleResult[] = [];
  for (const dossiers of args.scales) {
    results.push(await runScale(dossiers, { keep: args.keep, log }));
    writeResults(args.out, results, machine); // a partial file survives a later failure
  }
  const out = process.stdout;
  for (const r of results) out.write(`\n${scaleTable(r)}\n`);
  out.write(`\n### Summary (${machine.date.slice(0, 10)}; ${machine.cores} cores, ${machine.memory_gib} GiB, ${machine.cpu}, Node ${machine.node})\n\n`);
  out.write(`${summaryTable(results)}\n`);
  out.write(`\nWrote ${path.relative(process.cwd(), args.out)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
