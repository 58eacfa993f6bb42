// The set-up shared by the rules-update tests: a province ledger that makes the package with
// `make-rules-update` from a source file, a commune ledger that receives it, and the sender's registration.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { dayFromIso } from '../../shared/time/day';
import { intakeInput } from '../support/intake-input';
import { cli, initLedger, tempFolder } from './helpers';
import { RULES_UPDATE_SOURCE } from './rules-update-fixture';

export const PROVINCE = { unitName: 'UBND tỉnh Thừa Thiên Huế', unitCode: '000.00.00.H57' };
export const COMMUNE = { unitName: 'UBND xã Hương Hữu', unitCode: '000.00.21.H57' };

export const CONTENT = RULES_UPDATE_SOURCE;

export interface Setup {
  folder: string;
  province: string;
  commune: string;
  pkg: string;
  fingerprint: string;
}

export async function setUp(content: unknown = CONTENT): Promise<Setup> {
  const folder = tempFolder();
  const province = await initLedger(join(folder, 'tinh.db'), PROVINCE);
  expect((await cli('receiving-office', '--db', province)).code).toBe(0);
  const source = join(folder, 'cap-nhat.json');
  writeFileSync(source, JSON.stringify(content, null, 2));
  const pkg = join(folder, 'cap-nhat.somc');
  const made = await cli('make-rules-update', '--db', province, '--from', source, '--out', pkg);
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
  const fingerprint = /Dấu vân tay khóa ký: ([0-9A-Z-]{19})/.exec(made.stdout)?.[1] ?? '';
  expect(fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  const commune = await initLedger(join(folder, 'xa.db'), COMMUNE);
  return { folder, province, commune, pkg, fingerprint };
}

export async function register(s: Setup): Promise<void> {
  const registered = await cli('rules-sender', '--db', s.commune, '--unit-code', PROVINCE.unitCode, '--fingerprint', s.fingerprint.toLowerCase(), '--unit-name', PROVINCE.unitName);
  expect(registered.code).toBe(0);
  expect(registered.stdout).toContain(s.fingerprint);
}

/** A marital-status certificate (1.004873, 3 working days) received at 09:00 on the given day. */
export const intakeOf = (date: string) => intakeInput('1.004873', { day: dayFromIso(date), minute: 9 * 60 }, 'Lê Văn Cường');
