// The process the crash test kills. It works on a ledger through the app's own code and reports every
// committed write on stdout (protocol.ts) right after the commit returns; the parent SIGKILLs it at a
// random moment and then checks the ledger.
//   log     LEDGER PREFIX SEED        log dossiers and change some, one transaction each
//   import  LEDGER TAG COPIES         import re-coded copies of the shared CSV fixture, one after another
//   migrate LEDGER BACKUP-DIR         back up, then migrate an old ledger through a slow extra migration, then wait
import { writeSync } from 'node:fs';
import { MIGRATIONS, openLedger } from '../../electron/ledger';
import { appVersion } from '../../electron/reliability/app-version';
import { prepareLedger } from '../../electron/reliability/startup';
import { applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { createCommitStamper } from '../../electron/reliability/commit-stamp';
import { crashDossier, crashProbeMigration, taggedLedgerCsv } from './fixtures';
import { seededRandom } from './prng';
import { type ChildEvent, formatEvent } from './protocol';

const ACTOR = 'tiến trình bị ngắt';
const MAX_OPERATIONS = 100_000;

function emit(event: ChildEvent): void {
  writeSync(1, `${formatEvent(event)}\n`);
}

function logDossiers(ledger: string, prefix: string, seed: number): void {
  const random = seededRandom(seed);
  const session = openLedgerSession(ledger, { actor: ACTOR });
  // As the desk does before it answers (desk/commit-keeper): the mark of the last acknowledged change.
  const stamper = createCommitStamper(session.db, ledger);
  emit({ kind: 'ready' });
  const mine: Array<{ id: string; code: string; version: number }> = [];
  for (let n = 0; n < MAX_OPERATIONS; n++) {
    const earlier = mine.length > 0 && random.next() < 0.4 ? random.pick(mine) : null;
    if (earlier) {
      const updated = session.dossiers.update(
        earlier.id,
        { lateCause: `Lần sửa ${earlier.version + 1}` },
        { actor: ACTOR, expectedVersion: earlier.version },
      );
      earlier.version = updated.version;
      stamper.afterCommit(Date.now());
      emit({ kind: 'ack', code: updated.code, version: updated.version });
    } else {
      const day = 19_724 + random.int(0, 700);
      const logged = session.dossiers.insert(crashDossier(`${prefix}-${n}`, day, random.int(7 * 60, 17 * 60)), { actor: ACTOR });
      mine.push({ id: logged.id, code: logged.code, version: logged.version });
      stamper.afterCommit(Date.now());
      emit({ kind: 'ack', code: logged.code, version: logged.version });
    }
  }
}

async function importFiles(ledger: string, tagBase: string, copies: number): Promise<void> {
  const session = openLedgerSession(ledger, { actor: ACTOR });
  emit({ kind: 'ready' });
  for (let k = 0; k < MAX_OPERATIONS; k++) {
    const tag = `${tagBase}x${k}`;
    const bytes = new TextEncoder().encode(taggedLedgerCsv(tag, copies));
    const plan = await planImport(session, bytes, `so-${tag}.csv`);
    if (plan.problems.length > 0) throw new Error(`fixture import has problems: ${JSON.stringify(plan.problems[0])}`);
    emit({ kind: 'import-begin', tag, rows: plan.counts.new });
    const started = performance.now();
    // each group of rows written inside the import transaction is reported: a kill aimed there lands mid-import
    let reported = 0;
    applyImport(session, plan, {
      update: false,
      onProgress: (written) => {
        while (reported < written) emit({ kind: 'import-row', tag, n: ++reported });
      },
    });
    emit({ kind: 'import-done', tag, ms: Math.round(performance.now() - started) });
  }
}

async function migrateOld(ledger: string, backupDir: string): Promise<void> {
  const migrations = [...MIGRATIONS, crashProbeMigration(() => emit({ kind: 'migrate-step' }))];
  emit({ kind: 'ready' });
  const prepared = await prepareLedger({
    ledgerFile: ledger,
    now: Date.now(),
    appVersion: appVersion(),
    actor: ACTOR,
    config: { directories: [backupDir], keep: 3 },
    migrations,
  });
  emit({ kind: 'backed-up', files: prepared.upgradeBackup?.written.length ?? 0 });
  emit({ kind: 'migrate-begin' });
  const db = openLedger(ledger, { mustExist: true, migrations });
  emit({ kind: 'migrate-done', version: db.pragma('user_version', { simple: true }) as number });
  db.close();
  // Stay alive: a kill just after the commit is a kill too.
  await new Promise<never>(() => setInterval(() => undefined, 1000));
}

async function main(argv: string[]): Promise<void> {
  const [mode, ledger = '', a = '', b = ''] = argv;
  if (mode === 'log') return logDossiers(ledger, a, Number(b));
  if (mode === 'import') return importFiles(ledger, a, Number(b));
  if (mode === 'migrate') return migrateOld(ledger, a);
  throw new Error(`unknown mode ${String(mode)}`);
}

await main(process.argv.slice(2));
