// The ledgers and files the crash test works on: a ledger at the current schema with the default
// catalogue (for logging and importing), a ledger at schema 1 full of dossiers (to be migrated), the
// shared CSV fixture re-coded so that every import is new, and a slow synthetic migration.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIGRATIONS, type Migration, createDossierRepository, createSettingsRepository, openLedger } from '../../electron/ledger';
import type { NewDossier } from '../../electron/ledger';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { FIXTURE_CSV } from '../support/domain-fixtures';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export { FIXTURE_CSV };
export const SETUP_ACTOR = { actor: 'kiểm thử mất điện', at: new Date('2024-03-07T03:00:00.000Z') };

/** Rows the synthetic migration writes per dossier (it must take a while). */
export const PROBE_ROWS_PER_DOSSIER = 40;
export const PROBE_TABLE = 'crash_probe';

/** A dossier received on `day` (day number), same-day rule, with the given code. */
export function crashDossier(code: string, day: number, minute: number): NewDossier {
  return {
    code,
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    channel: 'truc_tiep',
    receivedAt: { day, minute },
    rule: { timeValue: 0, timeUnit: 'same_day', cutoffMinute: 15 * 60, extraWorkingDays: 0 },
    baseDueDay: day,
    applicantName: 'Nguyễn Văn Mất Điện',
    idNumber: '001203004005',
    phone: '0912 345 678',
    address: 'Thôn Đông',
  };
}

/** A new ledger at the latest schema, with the default catalogue (as `init` makes it). */
export function createBaseLedger(file: string): void {
  const session = openLedgerSession(file, { actor: SETUP_ACTOR.actor, mustExist: false });
  try {
    session.settingsRepository.update({ unitName: 'UBND xã Hương Hữu', unitCode: '000.00.21.H57', deskNumber: 1 }, SETUP_ACTOR);
    session.catalogue.seedDefault(SETUP_ACTOR);
  } finally {
    session.close();
  }
}

/** A ledger at schema 1 holding `count` dossiers; returns their codes. */
export function createOldLedger(file: string, count: number): string[] {
  const db = openLedger(file, { migrations: MIGRATIONS.slice(0, 1) });
  try {
    createSettingsRepository(db).update({ unitCode: '000.00.21.H57', deskNumber: 1 }, SETUP_ACTOR);
    const repo = createDossierRepository(db);
    const codes: string[] = [];
    const firstDay = 19_724; // 2024-01-01
    db.transaction(() => {
      for (let i = 0; i < count; i++) codes.push(repo.insert(crashDossier(`OLD-${i}`, firstDay + (i % 300), 8 * 60 + (i % 480)), SETUP_ACTOR).code);
    })();
    return codes;
  } finally {
    db.close();
  }
}

/** The shared fixture with every dossier code prefixed by `I<tag>-<copy>-`, `copies` times over. */
export function taggedLedgerCsv(tag: string, copies: number): string {
  const [header, ...rows] = readFileSync(FIXTURE_CSV, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
  const out = [header];
  for (let copy = 0; copy < copies; copy++) {
    for (const row of rows) out.push(`I${tag}-${copy}-${row}`);
  }
  return `${out.join('\n')}\n`;
}

/** The code prefix of a tagged import. */
export const importPrefix = (tag: string) => `I${tag}-`;

/**
 * A slow last migration: a new table filled from every dossier, then an index. `onStep` runs inside the
 * migration transaction, after the table exists and before it is filled.
 */
export function crashProbeMigration(onStep: () => void): Migration {
  return {
    version: MIGRATIONS.length + 1,
    name: 'crash test probe',
    up(db) {
      db.exec(`CREATE TABLE ${PROBE_TABLE} (id INTEGER PRIMARY KEY, dossier_id TEXT NOT NULL, n INTEGER NOT NULL)`);
      onStep();
      db.exec(
        `WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ${PROBE_ROWS_PER_DOSSIER})
         INSERT INTO ${PROBE_TABLE}(dossier_id, n) SELECT d.id, k.n FROM dossiers d, k;
         CREATE INDEX ${PROBE_TABLE}_dossier ON ${PROBE_TABLE}(dossier_id, n);`,
      );
    },
  };
}

export const CRASH_MIGRATIONS_LENGTH = MIGRATIONS.length + 1;
