// Issue 15 (follow-up): a restore is exactly what a damaged ledger needs, even one damaged so that only the
// full check sees it (its checked safety backup then fails). The damaged ledger is kept aside byte for
// byte under a name that says so, for the user only, and the officer is told where it is.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../electron/ledger';
import { BackupFailedError, takeBackup } from '../../electron/reliability/auto-backup';
import { probeLedgerFile } from '../../electron/reliability/ledger-probe';
import { restoreLedger } from '../../electron/reliability/restore';
import { NOW, dossierCount, ledgerWith, localConfig, staleIndex } from '../reliability/helpers';

async function backupOf(file: string): Promise<string> {
  const db = openLedger(file);
  try {
    return (await takeBackup(db, file, 'daily', { config: localConfig(file), now: NOW - 3_600_000 })).written[0]!.file;
  } finally {
    db.close();
  }
}

describe('restoring over a ledger damaged only per the full check', () => {
  it('keeps the damaged ledger aside as it was (so.hong-….db, 0600), restores, and says where it is', async () => {
    const file = ledgerWith(40);
    const backup = await backupOf(file);
    staleIndex(file);
    expect(probeLedgerFile(file).status).toBe('ok');
    expect(probeLedgerFile(file, { thorough: true }).status).toBe('corrupt');
    const damaged = readFileSync(file);

    const outcome = await restoreLedger({ ledgerFile: file, backupFile: backup, config: localConfig(file), now: NOW });
    expect(outcome.safetyBackup).toBeNull();
    expect(outcome.damagedKeptAs).toBe(join(dirname(file), 'so.hong-2024-03-14_10-00-00.db'));
    expect(outcome.keptOldAs).toEqual([outcome.damagedKeptAs]);
    expect(readFileSync(outcome.damagedKeptAs!).equals(damaged)).toBe(true);
    if (process.platform !== 'win32') expect(statSync(outcome.damagedKeptAs!).mode & 0o777).toBe(0o600);
    expect(outcome.damagedNote).toContain(`"${outcome.damagedKeptAs}"`);
    expect(outcome.damagedNote).toMatch(/^Sổ cũ bị hỏng .*không sửa một byte/);
    expect(dossierCount(file)).toBe(40);
    expect(probeLedgerFile(file, { thorough: true }).status).toBe('ok');
  });

  it('a healthy ledger whose safety backup cannot be written is still not restored over', async () => {
    const file = ledgerWith(3);
    const backup = await backupOf(file);
    const before = readFileSync(file);
    const nowhere = { directories: [join(dirname(file), 'khong-co', 'sao-luu')], keep: 3 };
    await expect(restoreLedger({ ledgerFile: file, backupFile: backup, config: nowhere, now: NOW })).rejects.toBeInstanceOf(BackupFailedError);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
