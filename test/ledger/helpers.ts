// Real SQLite files in temporary directories, removed after each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { type LedgerDatabase, type OpenLedgerOptions, openLedger } from '../../electron/ledger/open-ledger';
import type { NewDossier } from '../../electron/ledger/dossier-record';
import { createSettingsRepository } from '../../electron/ledger/settings-repository';
import { dayFromIso } from '../../shared/time/day';

const dirs: string[] = [];
const open: LedgerDatabase[] = [];

afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A path for a new database file in a fresh temporary directory. */
export function tempFile(name = 'ledger.db'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-mot-cua-ledger-'));
  dirs.push(dir);
  return path.join(dir, name);
}

/** Keeps a handle to close after the test. */
export function track<T extends LedgerDatabase>(db: T): T {
  open.push(db);
  return db;
}

export function openTempLedger(options: OpenLedgerOptions = {}, file = tempFile()): LedgerDatabase {
  return track(openLedger(file, options));
}

export const ACTOR = { actor: 'Cán bộ một cửa', at: new Date('2024-03-07T03:00:00.000Z') };

/** A dossier received on `date` at `time` (Vietnam local), same-day rule by default. */
export function sampleDossier(date = '2024-03-07', time = 9 * 60, overrides: Partial<NewDossier> = {}): NewDossier {
  const day = dayFromIso(date);
  return {
    procedureCode: '1.001193',
    procedureName: 'Đăng ký khai sinh',
    field: 'Hộ tịch',
    channel: 'truc_tiep',
    receivedAt: { day, minute: time },
    rule: { timeValue: 0, timeUnit: 'same_day', cutoffMinute: 15 * 60, extraWorkingDays: 0 },
    baseDueDay: day,
    applicantName: 'Nguyễn Văn A',
    idNumber: '001203004005',
    phone: '0912 345 678',
    address: 'Thôn Đông, xã Yên Sơn',
    ...overrides,
  };
}

/** Sets the unit code and desk number so dossiers can be logged without a code. */
export function configureDesk(db: LedgerDatabase, unitCode = 'H40.05', deskNumber = 1): void {
  createSettingsRepository(db).update({ unitCode, deskNumber }, ACTOR);
}
