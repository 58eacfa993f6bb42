// The crash campaign: hundreds of child processes, each killed with SIGKILL at a random moment while it
// logs dossiers, imports a CSV file or migrates an old ledger, each kill followed by the checks of
// verify.ts. Kill moments come from a seeded generator; a calibration pass measures how long an import
// and a migration take here, so that the kills land inside them. After some kills while logging, the
// -wal is deleted or truncated (as a person cleaning up, or copying only the .db, would): whenever that
// loses an acknowledged dossier, the start-up check — run before anything else opens the ledger — must say
// so; after a deletion it must say so from the leftover -shm alone too (a copy of the ledger and its -shm
// without the commit stamp, which stays beside the original).
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { diagnoseStartup } from '../../electron/reliability/startup-diagnosis';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBaseLedger, createOldLedger } from './fixtures';
import { type Random, seededRandom } from './prng';
import type { ChildEvent } from './protocol';
import { type ChildRun, type KillPlan, runChild } from './spawn-child';
import { missingAcknowledged, verifyMigratedLedger, verifyWorkLedger } from './verify';

export type Scenario = 'log' | 'import' | 'migrate';

export interface CampaignOptions {
  kills: number;
  seed: number;
  /** Default: a new temporary folder, removed afterwards unless `keep` or a failure. */
  workDir?: string;
  keep?: boolean;
  progress?: (line: string) => void;
  /** Dossiers in the old ledger that is migrated. Default 3000. */
  oldLedgerDossiers?: number;
  /** Copies of the 78-row fixture per imported file. Default 4. */
  importCopies?: number;
  /** Kills on one work ledger before it is replaced by a fresh one. Default 40. */
  epoch?: number;
  /** Share of the kills while logging after which the -wal is deleted or truncated. Default 0.3. */
  walLossRate?: number;
}

export interface CampaignReport {
  seed: number;
  kills: number;
  durationMs: number;
  byScenario: Record<Scenario, number>;
  /** Kills that landed inside an import's transaction (begun, not committed) and inside a migration. */
  inFlight: { import: number; migration: number };
  acknowledgedWrites: number;
  importsRolledBack: number;
  migrationsCommitted: number;
  migrationsRolledBack: number;
  /** Kills after which the -wal was really deleted or truncated; of those, how many lost acknowledged writes, and how many of these were warned. */
  walRemoved: number;
  walLosses: number;
  walLossesWarned: number;
  failures: string[];
  workDir: string;
}

interface Timings {
  applyMs: number;
  migration: { readyUntilDone: number; beginUntilDone: number; stepUntilDone: number };
}

const between = (run: ChildRun, from: ChildEvent['kind'], to: ChildEvent['kind']) => {
  const a = run.events.findIndex((e) => e.kind === from);
  const b = run.events.findIndex((e) => e.kind === to);
  return a >= 0 && b >= 0 ? (run.times[b] ?? 0) - (run.times[a] ?? 0) : null;
};

function schedule(kills: number, random: Random): Scenario[] {
  const counts: Record<Scenario, number> = { import: Math.round(kills * 0.3), migrate: Math.round(kills * 0.25), log: 0 };
  counts.log = kills - counts.import - counts.migrate;
  const list = (Object.keys(counts) as Scenario[]).flatMap((s) => Array<Scenario>(counts[s]).fill(s));
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [list[i], list[j]] = [list[j] as Scenario, list[i] as Scenario];
  }
  return list;
}

const uniform = (random: Random, maxMs: number) => Math.round(random.next() * Math.max(1, maxMs));

/** `sure`: a kill that certainly lands inside the transaction (the first of each kind in a campaign). */
function importPlan(random: Random, tagBase: string, rows: number, t: Timings, sure: boolean): KillPlan {
  const roll = sure ? 0 : random.next();
  if (roll < 0.5) {
    const k = random.int(0, 1);
    const n = random.int(1, Math.max(1, Math.floor(rows * 0.8)));
    return { trigger: (e) => e.kind === 'import-row' && e.tag === `${tagBase}x${k}` && e.n === n, delayMs: 0 };
  }
  if (roll < 0.8) return { trigger: (e) => e.kind === 'import-begin', delayMs: uniform(random, t.applyMs * 1.2) };
  return { trigger: (e) => e.kind === 'ready', delayMs: uniform(random, t.applyMs * 3) };
}

function migratePlan(random: Random, t: Timings, sure: boolean): KillPlan {
  if (sure) return { trigger: (e) => e.kind === 'migrate-step', delayMs: 0 };
  const roll = random.next();
  if (roll < 0.5) return { trigger: (e) => e.kind === 'migrate-step', delayMs: uniform(random, t.migration.stepUntilDone * 1.2) };
  if (roll < 0.75) return { trigger: (e) => e.kind === 'migrate-begin', delayMs: uniform(random, t.migration.beginUntilDone * 1.2) };
  return { trigger: (e) => e.kind === 'ready', delayMs: uniform(random, t.migration.readyUntilDone * 1.2) };
}

function childFailure(run: ChildRun, what: string): string | null {
  if (run.timedOut) return `${what}: the child never reached its kill point. ${run.stderr}`;
  if (!run.killed && run.exitCode !== 0) return `${what}: the child failed (exit ${run.exitCode}): ${run.stderr}`;
  return null;
}

/** Deletes the -wal (the -shm stays), or cuts it at a random length, as after a careless clean-up; what was done. */
function loseWal(ledger: string, random: Random): 'deleted' | 'truncated' | null {
  const wal = `${ledger}-wal`;
  if (!existsSync(wal) || statSync(wal).size === 0) return null;
  if (random.next() < 0.5) {
    rmSync(wal);
    return 'deleted';
  }
  truncateSync(wal, Math.floor(random.next() * statSync(wal).size));
  return 'truncated';
}

const warns = (ledgerFile: string) => diagnoseStartup({ ledgerFile, now: Date.now(), appVersion: 'crash-test' }).problems.some((p) => p.kind === 'changes-missing');

/** The ledger and its leftover -shm copied elsewhere, without the commit stamp (kept beside the original). */
function copyWithoutStamp(ledger: string, workDir: string, n: number): string {
  const copy = join(workDir, `wal-loss-copy-${n}.db`);
  copyFileSync(ledger, copy);
  if (existsSync(`${ledger}-shm`)) copyFileSync(`${ledger}-shm`, `${copy}-shm`);
  return copy;
}

export async function runCrashCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const started = performance.now();
  const random = seededRandom(options.seed);
  const workDir = options.workDir ?? mkdtempSync(join(tmpdir(), 'so-mot-cua-crash-'));
  const say = options.progress ?? (() => undefined);
  const copies = options.importCopies ?? 4;
  const rows = 78 * copies;
  const epoch = options.epoch ?? 40;
  const report: CampaignReport = {
    seed: options.seed,
    kills: 0,
    durationMs: 0,
    byScenario: { log: 0, import: 0, migrate: 0 },
    inFlight: { import: 0, migration: 0 },
    acknowledgedWrites: 0,
    importsRolledBack: 0,
    migrationsCommitted: 0,
    migrationsRolledBack: 0,
    walRemoved: 0,
    walLosses: 0,
    walLossesWarned: 0,
    failures: [],
    workDir,
  };

  const base = join(workDir, 'base.db');
  const oldTemplate = join(workDir, 'old-template.db');
  createBaseLedger(base);
  const oldCodes = createOldLedger(oldTemplate, options.oldLedgerDossiers ?? 3000);

  // Calibration: one import and one migration left to finish.
  const timings: Timings = { applyMs: 200, migration: { readyUntilDone: 2000, beginUntilDone: 1000, stepUntilDone: 500 } };
  const calibrationLedger = join(workDir, 'calibration.db');
  copyFileSync(base, calibrationLedger);
  const imported = await runChild(['import', calibrationLedger, 'cal', String(copies)], { trigger: (e) => e.kind === 'import-done', delayMs: 0 });
  timings.applyMs = between(imported, 'import-begin', 'import-done') ?? timings.applyMs;
  const calibrationOld = join(workDir, 'calibration-old.db');
  copyFileSync(oldTemplate, calibrationOld);
  const migrated = await runChild(['migrate', calibrationOld, join(workDir, 'calibration-sao-luu')], {
    trigger: (e) => e.kind === 'migrate-done',
    delayMs: 0,
  });
  const calibrationProblem = childFailure(imported, 'calibration import') ?? childFailure(migrated, 'calibration migration');
  if (calibrationProblem) throw new Error(calibrationProblem);
  timings.migration = {
    readyUntilDone: between(migrated, 'ready', 'migrate-done') ?? timings.migration.readyUntilDone,
    beginUntilDone: between(migrated, 'migrate-begin', 'migrate-done') ?? timings.migration.beginUntilDone,
    stepUntilDone: between(migrated, 'migrate-step', 'migrate-done') ?? timings.migration.stepUntilDone,
  };
  say(`calibration: import of ${rows} rows ${Math.round(timings.applyMs)} ms, migration ${Math.round(timings.migration.beginUntilDone)} ms`);

  const scenarios = schedule(options.kills, random);
  let ledger = '';
  let acked = new Map<string, number>();
  let imports = new Map<string, { rows: number; done: boolean }>();
  for (let i = 0; report.kills < options.kills && i < options.kills * 3; i++) {
    const scenario = scenarios[report.kills] ?? 'log';
    if (scenario !== 'migrate' && (ledger === '' || report.kills % epoch === 0)) {
      ledger = join(workDir, `work-${report.kills}.db`);
      copyFileSync(base, ledger);
      acked = new Map();
      imports = new Map();
    }
    let run: ChildRun;
    try {
      if (scenario === 'log') {
        run = await runChild(['log', ledger, `L${i}`, String(random.int(1, 2 ** 30))], { trigger: (e) => e.kind === 'ready', delayMs: uniform(random, 300) });
        for (const e of run.events) if (e.kind === 'ack') acked.set(e.code, Math.max(e.version, acked.get(e.code) ?? 0));
        report.acknowledgedWrites += run.events.filter((e) => e.kind === 'ack').length;
      } else if (scenario === 'import') {
        run = await runChild(['import', ledger, String(i), String(copies)], importPlan(random, String(i), rows, timings, report.byScenario.import === 0));
        const done = new Set(run.events.flatMap((e) => (e.kind === 'import-done' ? [e.tag] : [])));
        for (const e of run.events) if (e.kind === 'import-begin') imports.set(e.tag, { rows: e.rows, done: done.has(e.tag) });
        const open = run.events.filter((e) => e.kind === 'import-begin' && !done.has(e.tag)).length;
        if (run.killed && open > 0) report.inFlight.import += 1;
      } else {
        const old = join(workDir, `old-${i}.db`);
        const backupDir = join(workDir, `sao-luu-${i}`);
        copyFileSync(oldTemplate, old);
        run = await runChild(['migrate', old, backupDir], migratePlan(random, timings, report.byScenario.migrate === 0));
        const done = run.events.some((e) => e.kind === 'migrate-done');
        const committed = verifyMigratedLedger(old, {
          codes: oldCodes,
          oldVersion: 1,
          done,
          backupDir,
          backedUp: run.events.some((e) => e.kind === 'backed-up'),
        });
        if (run.killed && run.events.some((e) => e.kind === 'migrate-begin') && !done) report.inFlight.migration += 1;
        if (committed) report.migrationsCommitted += 1;
        else report.migrationsRolledBack += 1;
        rmSync(old, { force: true });
        rmSync(`${old}-wal`, { force: true });
        rmSync(`${old}-shm`, { force: true });
        rmSync(backupDir, { recursive: true, force: true });
      }
      const failure = childFailure(run, `kill ${report.kills + 1} (${scenario})`);
      if (failure) throw new Error(failure);
      const lose = scenario === 'log' && run.killed && random.next() < (options.walLossRate ?? 0.3);
      const lostHow = lose ? loseWal(ledger, random) : null;
      if (lostHow !== null) {
        report.walRemoved += 1;
        // Diagnosed before anything opens the ledger (opening it removes the leftover -shm).
        const copy = lostHow === 'deleted' ? copyWithoutStamp(ledger, workDir, report.walRemoved) : null;
        const warned = warns(ledger);
        const warnedWithoutStamp = copy === null ? null : warns(copy);
        const lost = missingAcknowledged(ledger, acked);
        if (lost > 0) {
          report.walLosses += 1;
          if (!warned) throw new Error(`${lost} acknowledged writes vanished with the -wal (${lostHow}) and the start-up check did not warn`);
          if (warnedWithoutStamp === false) throw new Error(`${lost} acknowledged writes vanished with the -wal and, without the stamp, the leftover -shm raised no warning`);
          report.walLossesWarned += 1;
          // That ledger has lost what the checks expect: the next kills work on a fresh one.
          ledger = '';
          report.kills += 1;
          report.byScenario.log += 1;
          continue;
        }
      }
      if (scenario !== 'migrate') {
        const state = verifyWorkLedger(ledger, { acked, imports });
        const begun = run.events.flatMap((e) => (e.kind === 'import-begin' ? [e.tag] : []));
        report.importsRolledBack += begun.filter((tag) => state.applied.get(tag) === false).length;
      }
    } catch (error) {
      report.failures.push(`${scenario} #${i}: ${error instanceof Error ? error.message : String(error)}`);
      break;
    }
    if (!run.killed) continue;
    report.kills += 1;
    report.byScenario[scenario] += 1;
    if (report.kills % 10 === 0) say(`${report.kills} kills, ${Math.round((performance.now() - started) / 1000)} s`);
  }
  report.durationMs = Math.round(performance.now() - started);
  if (report.failures.length === 0 && !options.keep && !options.workDir) rmSync(workDir, { recursive: true, force: true });
  return report;
}
