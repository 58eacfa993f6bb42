// `npm run test:crash [-- --kills 200 --seed 7 --keep]`: the full crash campaign, with its report.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runCrashCampaign } from './campaign';

const { values } = parseArgs({
  options: { kills: { type: 'string', default: '200' }, seed: { type: 'string' }, keep: { type: 'boolean', default: false } },
});
const kills = Number(values.kills);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(kills) || kills < 1 || !Number.isInteger(seed)) {
  console.error('usage: tsx test/crash/run.ts [--kills N] [--seed S] [--keep]');
  process.exit(2);
}

console.log(`crash test: ${kills} kills, seed ${seed} (repeat with --seed ${seed})`);
const report = await runCrashCampaign({ kills, seed, keep: values.keep, progress: (line) => console.log(`  ${line}`) });
const seconds = (report.durationMs / 1000).toFixed(1);
console.log(
  [
    `kills: ${report.kills} in ${seconds} s (log ${report.byScenario.log}, import ${report.byScenario.import}, migration ${report.byScenario.migrate})`,
    `killed inside an import transaction: ${report.inFlight.import}; inside a migration: ${report.inFlight.migration}`,
    `acknowledged writes checked: ${report.acknowledgedWrites}; imports rolled back whole: ${report.importsRolledBack}`,
    `migrations committed: ${report.migrationsCommitted}; rolled back to the old schema: ${report.migrationsRolledBack}`,
    `-wal deleted or cut after a kill: ${report.walRemoved}; of those, acknowledged writes lost: ${report.walLosses}, warned: ${report.walLossesWarned}`,
  ].join('\n'),
);
// The -wal part of the campaign must have happened, and every loss it caused must have been warned.
if (report.walRemoved === 0) report.failures.push('no -wal was deleted or cut after a kill: the campaign did not test losing it');
if (report.walLossesWarned !== report.walLosses) report.failures.push(`${report.walLosses - report.walLossesWarned} losses of acknowledged writes were not warned`);
if (report.failures.length > 0) {
  const kept = existsSync(report.workDir) ? ` (work folder kept: ${report.workDir})` : '';
  console.error(`FAILED${kept}:\n${report.failures.join('\n')}`);
  process.exit(1);
}
console.log('every kill: the ledger opened, integrity_check ok, every acknowledged write present (or, after the -wal was removed, its loss warned), no import half-applied');
