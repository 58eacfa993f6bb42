// Real ledgers in temporary folders for the handoff tests: made by the command line's `init` (in-process),
// filled through the ledger's own services, closed and hashed to prove a refused package changed nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import type { NewDossier } from '../../electron/ledger/dossier-record';
import { applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { cliWithClock } from '../cli/helpers';
import { compilePeriodReport, resolvePeriodRequest } from '../../electron/services/report-service';
import type { CompiledReport } from '../../shared/report/compile';
import { dayFromIso } from '../../shared/time/day';

export const FIXTURE_CSV = '/work/shared/fixtures/huong-huu-2024-q1.csv';
export const FIXTURE_EXPECTED = '/work/shared/fixtures/huong-huu-2024-q1.expected.json';
export const PASSPHRASE = 'Mật khẩu bàn giao 2024';
export const HUONG_HUU = { unitName: 'UBND xã Hương Hữu', unitCode: '000.00.21.H57' };
/** Fixed instants, so no test depends on the clock. */
export const AT = new Date('2024-03-15T02:00:00.000Z');
export const later = (minutes: number) => new Date(AT.getTime() + minutes * 60_000);

const folders: string[] = [];
const suiteFolders: string[] = [];
const sessions: LedgerSession[] = [];

afterEach(() => {
  for (const s of sessions.splice(0)) if (s.db.open) s.close();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});
afterAll(() => {
  for (const f of suiteFolders.splice(0)) rmSync(f, { recursive: true, force: true });
});

/** A temporary folder removed after the test; `suite`: kept for the whole file (made in beforeAll). */
export function tempFolder(lifetime: 'test' | 'suite' = 'test'): string {
  const folder = mkdtempSync(join(tmpdir(), 'so-mot-cua-handoff-'));
  (lifetime === 'suite' ? suiteFolders : folders).push(folder);
  return folder;
}

// The ledger's own writes (init's catalogue) carry the computer's time: a CLI clock behind them would be warned about.
export const cli = cliWithClock(() => Date.now());

export interface LedgerSpec {
  unitName: string;
  unitCode?: string;
  desk?: number;
  receivingUnit?: string;
}

/** A new ledger made exactly as the command line's `init` makes it. */
export async function initLedger(file: string, spec: LedgerSpec): Promise<string> {
  const argv = ['init', '--db', file, '--unit-name', spec.unitName];
  if (spec.unitCode) argv.push('--unit-code', spec.unitCode);
  if (spec.desk) argv.push('--desk', String(spec.desk));
  if (spec.receivingUnit) argv.push('--receiving-unit', spec.receivingUnit);
  const result = await cli(...argv);
  if (result.code !== 0) throw new Error(result.stderr);
  return file;
}

export function open(file: string, actor = 'Cán bộ một cửa'): LedgerSession {
  const session = openLedgerSession(file, { actor });
  sessions.push(session);
  return session;
}

/** The example ledger, imported through the CSV importer's plan and apply. */
export async function importFixture(session: LedgerSession): Promise<void> {
  const plan = await planImport(session, new Uint8Array(readFileSync(FIXTURE_CSV)), 'huong-huu-2024-q1.csv');
  if (plan.problems.length > 0) throw new Error(JSON.stringify(plan.problems));
  applyImport(session, plan, { update: false });
}

export function q1Report(session: LedgerSession, period = '2024-Q1'): CompiledReport {
  return compilePeriodReport(session, resolvePeriodRequest(session, { period }));
}

/** SHA-256 of a closed ledger file; the ledger must have no WAL left beside it. */
export function hashLedger(file: string): string {
  if (existsSync(`${file}-wal`)) throw new Error(`${file} has a WAL file: close every connection first`);
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A dossier of a same-day procedure received on `date` (Vietnam local), with personal data. */
export function dossier(date: string, minute: number, overrides: Partial<NewDossier> = {}): NewDossier {
  const day = dayFromIso(date);
  return {
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    channel: 'truc_tiep',
    receivedAt: { day, minute },
    rule: { timeValue: 0, timeUnit: 'same_day', cutoffMinute: 15 * 60, extraWorkingDays: 0 },
    baseDueDay: day,
    ...overrides,
  };
}
