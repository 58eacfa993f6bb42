// An app API on a fresh temporary ledger with a fixed clock, and a logical fingerprint of the ledger
// (every row of every table) to prove that a refused call changed nothing.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';
import { parseLocalDateTime } from '../../shared/time/local-time';
import { type AppApi, type AppApiOptions, type HostServices, createAppApi } from '../../electron/api';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

export function epochOfLocal(text: string): number {
  const t = parseLocalDateTime(text);
  if (!t) throw new Error(`bad local time ${text}`);
  return (t.day * 1440 + t.minute - 7 * 60) * 60_000;
}

export interface TestApi {
  api: AppApi;
  file: string;
  dir: string;
  call<C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>>;
  setNow(local: string): void;
}

export const UNIT = {
  unitName: 'UBND xã Hương Hữu',
  unitCode: '000.00.21.H57',
  receivingUnit: 'UBND huyện Nam Đông',
  parentBody: '',
  placeName: '',
  deskNumber: 1,
  extraWorkingDays: 0,
};

/** The desk operator every test API acts as. */
export const OPERATOR = 'Cán bộ kiểm thử';

export async function testApi(
  now: string,
  host: HostServices = { kind: 'web' },
  configured = true,
  options: Pick<AppApiOptions, 'driveProbe' | 'backgroundDelayMs'> = {},
): Promise<TestApi> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'somc-api-'));
  const file = path.join(dir, 'so.db');
  let clock = epochOfLocal(now);
  const errors: unknown[] = [];
  const api = createAppApi({ ledgerFile: file, actor: 'kiểm thử', host, appVersion: 'test', clock: () => clock, onInternalError: (e) => errors.push(e), ...options });
  cleanups.push(() => {
    api.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (errors.length > 0) throw new Error(`internal errors: ${errors.map(String).join('; ')}`);
  });
  const call = async <C extends CommandName>(command: C, input: CommandInput<C>): Promise<CommandOutput<C>> => {
    const result = await api.dispatch(command, input);
    if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    return result.value as CommandOutput<C>;
  };
  // Every write records the operator working at the desk: the first one added is chosen.
  await call('operators.add', { name: OPERATOR });
  if (configured) await call('setup.complete', UNIT);
  return { api, file, dir, call, setNow: (local) => (clock = epochOfLocal(local)) };
}

export function dossierInput(applicantName: string, receivedAt: string, procedureCode = '1.004884') {
  return {
    procedureCode,
    channel: 'truc_tiep' as const,
    receivedAt,
    applicantName,
    idNumber: '046190000123',
    phone: '0912345678',
    address: 'thôn 2',
    documents: [{ name: 'Tờ khai', form: 'Bản chính', quantity: 1 }],
    fee: 0,
    digitisedDossier: false,
    paidOnline: false,
    note: '',
  };
}

/** A catalogue version of a 2-working-day certification procedure: a local one (no national code) unless overridden. */
export function procedureVersionInput(name: string, overrides: Partial<CommandInput<'catalogue.addVersion'>> = {}): CommandInput<'catalogue.addVersion'> {
  return { code: '', name, field: 'Chứng thực', timeValue: 2, timeUnit: 'working_days', cutoff: null, note: '', effectiveFrom: null, effectiveTo: null, ...overrides };
}

/** Every row of every table, read through a second connection, hashed (not the wrong-PIN count, which a refused sign-off must raise). */
export function ledgerFingerprint(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'dossier_search%' AND name <> 'pin_lock' ORDER BY name").pluck().all() as string[];
    const hash = createHash('sha256');
    for (const t of tables) hash.update(`${t}\n${JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).all())}\n`);
    hash.update(String(db.pragma('user_version', { simple: true })));
    return hash.digest('hex');
  } finally {
    db.close();
  }
}
