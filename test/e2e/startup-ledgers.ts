// Ledgers made by an earlier run of the app (through its own API, at an earlier or later clock), then
// damaged for real: pages overwritten, a schema version from a newer app, an older schema to upgrade.
import Database from 'better-sqlite3';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/api/contract';
import { createAppApi } from '../../electron/api';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, createSettingsRepository, openLedger } from '../../electron/ledger';
import { APP_VERSION_STAMP_KEY } from '../../electron/reliability/schema-stamps';
import { fillLedger } from '../ledger/month-counts';
import { OPERATOR, UNIT, epochOfLocal } from './harness';

export { overwriteTablePages } from '../reliability/helpers';

type Call = <C extends CommandName>(command: C, input: CommandInput<C>) => Promise<CommandOutput<C>>;

export interface EarlierRun {
  call: Call;
  setNow(local: string): void;
}

/** Runs the app on `file` at `now` (set up, with OPERATOR at the desk), does `work`, closes it. */
export async function earlierRun(file: string, now: string, work: (run: EarlierRun) => Promise<void>): Promise<void> {
  let clock = epochOfLocal(now);
  const api = createAppApi({ ledgerFile: file, actor: 'lần chạy trước', host: { kind: 'web' }, appVersion: '0.1.0', clock: () => clock, backgroundDelayMs: -1 });
  const call: Call = async (command, input) => {
    const result = await api.dispatch(command, input);
    if (!result.ok) throw new Error(`${command}: ${result.error.message}`);
    return result.value as CommandOutput<typeof command>;
  };
  try {
    await call('operators.add', { name: OPERATOR });
    await call('setup.complete', UNIT);
    // The day's backup, which the desk takes in the background once its window is up.
    await api.ledger.runAutomaticBackup();
    await work({ call, setNow: (local) => (clock = epochOfLocal(local)) });
  } finally {
    api.close();
  }
}

export function intake(applicantName: string, receivedAt: string): CommandInput<'dossier.create'> {
  return {
    procedureCode: '1.004884',
    channel: 'truc_tiep',
    receivedAt,
    applicantName,
    idNumber: '046190000123',
    phone: '0912345678',
    address: 'thôn 2, xã Hương Hữu',
    documents: [{ name: 'Tờ khai đăng ký lại khai sinh', form: 'Bản chính', quantity: 1 }],
    fee: 0,
    digitisedDossier: false,
    paidOnline: false,
    note: '',
  };
}

/** Makes the closed ledger look written by app version `appVersion` at the next schema version. */
export function fromNewerApp(file: string, appVersion: string): void {
  const next = LATEST_SCHEMA_VERSION + 1;
  const db = new Database(file, { fileMustExist: true });
  try {
    const stamps = JSON.stringify({ [String(LATEST_SCHEMA_VERSION)]: '0.1.0', [String(next)]: appVersion });
    db.prepare('UPDATE settings SET value = ? WHERE key = ?').run(stamps, APP_VERSION_STAMP_KEY);
    db.pragma(`user_version = ${next}`);
  } finally {
    db.close();
  }
}

/** A configured ledger at an older schema (made by an older app), with no operator list yet. */
/** A ledger of the previous app version (one schema behind) holding `dossiers` dossiers: its upgrade takes seconds. */
export function previousVersionLedger(file: string, dossiers: number): void {
  const db = openLedger(file, { migrations: MIGRATIONS.slice(0, LATEST_SCHEMA_VERSION - 1) });
  try {
    fillLedger(db, dossiers);
  } finally {
    db.close();
  }
}

export function olderLedger(file: string, schemaVersion: number): void {
  const db = openLedger(file, { migrations: MIGRATIONS.slice(0, schemaVersion) });
  try {
    createSettingsRepository(db).update(
      { unitName: UNIT.unitName, unitCode: UNIT.unitCode, receivingUnit: UNIT.receivingUnit, deskNumber: 1 },
      { actor: 'phiên bản cũ', at: new Date(epochOfLocal('2024-03-01 08:00')) },
    );
  } finally {
    db.close();
  }
}
