// Issue 15 §2 when the current ledger is damaged: a restore of a backup taken before a sign-off still
// finds the signed period — in the ledger itself, read though it fails its quick check, or (that part of
// it unreadable) in the archive of sign-offs kept beside it — asks for the chairman's PIN, and carries the
// signed figures, the signer and the instant over into the restored ledger. Real ledgers made through the
// app's API, damaged for real (pages overwritten), restored by the command line's code and by the desk.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createAppApi } from '../../electron/api';
import type { SignoffRow } from '../../electron/ledger/signoff-repository';
import { loadBackupConfig } from '../../electron/reliability/backup-config';
import { probeLedgerFile } from '../../electron/reliability/ledger-probe';
import { RestoreNeedsChairmanPinError, RestoreRefusedError, restoreLedger } from '../../electron/reliability/restore';
import { signoffArchiveFile } from '../../electron/reliability/signed-periods-archive';
import { ChairmanPinError } from '../../electron/security/chairman-pin';
import { dossierInput, epochOfLocal, testApi } from '../api/helpers';
import { overwriteTablePages } from './helpers';

const PIN = '583941';
const NOW = epochOfLocal('2024-04-03 09:00');

interface Signed {
  file: string;
  backupFile: string;
  signed: SignoffRow;
  /** The dossier counted in the signed period that the backup has, and the one logged after the backup. */
  inBackup: string;
  afterBackup: string;
}

/** A ledger whose Quý I/2024 was signed after its manual backup; the app closed. */
async function signedAfterBackup(options: { pinBeforeBackup: boolean }): Promise<Signed> {
  const t = await testApi('2024-04-02 09:00');
  const inBackup = (await t.call('dossier.create', dossierInput('Nguyễn Văn An', '2024-03-12 08:30'))).id;
  if (options.pinBeforeBackup) await t.call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
  const backup = (await t.call('backup.now', {})).settings.backups.find((b) => b.reasonLabel === 'sao lưu thủ công');
  if (!backup) throw new Error('no manual backup listed');
  const afterBackup = (await t.call('dossier.create', dossierInput('Lê Thị Bích', '2024-03-13 10:00'))).id;
  if (!options.pinBeforeBackup) await t.call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
  await t.call('report.signOff', { period: '2024-Q1', rule: 'nd09', signerName: 'Hồ Văn Ẩn', pin: PIN });
  t.api.close();
  return { file: t.file, backupFile: backup.file, signed: signoffsOf(t.file)[0]!, inBackup, afterBackup };
}

function signoffsOf(file: string): SignoffRow[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[], SignoffRow>('SELECT * FROM period_signoffs ORDER BY id').all();
  } finally {
    db.close();
  }
}

function countedOf(file: string, periodKey: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[string], string>('SELECT d.dossier_id FROM signoff_dossiers d JOIN period_signoffs s ON s.id = d.signoff_id WHERE s.period_key = ? ORDER BY d.dossier_id')
      .pluck()
      .all(periodKey);
  } finally {
    db.close();
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const withoutId = ({ id: _id, ...row }: SignoffRow) => row;

function restore(s: Signed, chairmanPin?: string) {
  return restoreLedger({ ledgerFile: s.file, backupFile: s.backupFile, config: loadBackupConfig(s.file).config, now: NOW, ...(chairmanPin === undefined ? {} : { chairmanPin }) });
}

describe('restoring over a damaged ledger that has a signed period the backup lacks', () => {
  it('reads the sign-off from the damaged ledger itself, asks for the PIN, and carries figures, signer and counted dossiers over', async () => {
    const s = await signedAfterBackup({ pinBeforeBackup: true });
    overwriteTablePages(s.file, 'dossier_history');
    expect(probeLedgerFile(s.file).status).toBe('corrupt');
    const damaged = sha(s.file);

    const asked = await restore(s).catch((error: unknown) => error);
    expect(asked).toBeInstanceOf(RestoreNeedsChairmanPinError);
    expect((asked as RestoreNeedsChairmanPinError).periods).toEqual(['Quý I năm 2024']);
    const wrong = await restore(s, '111111').catch((error: unknown) => error);
    expect(wrong).toBeInstanceOf(ChairmanPinError);
    expect((wrong as Error).message).toContain('Mã PIN không đúng; chưa khôi phục');
    // Refused twice: the damaged ledger is exactly as it was, and no copy was left beside it.
    expect(sha(s.file)).toBe(damaged);
    expect(readdirSync(path.dirname(s.file)).filter((f) => f.includes('dang-khoi-phuc'))).toEqual([]);

    const outcome = await restore(s, PIN);
    expect(signoffsOf(s.file).map(withoutId)).toEqual([withoutId(s.signed)]);
    expect(countedOf(s.file, s.signed.period_key)).toEqual([s.inBackup]);
    expect(outcome.signedPeriodNotes).toEqual([
      'Đã giữ chữ ký duyệt và số liệu đã ký của Quý I năm 2024 (bản sao lưu được tạo trước khi ký).',
      '1 hồ sơ đã được tính trong số liệu đã ký không có trong bản sao lưu: hãy nhập lại; mỗi hồ sơ nhập lại được ghi là đính chính của kỳ đã ký.',
    ]);
    // The damaged ledger was kept aside byte for byte.
    expect(outcome.keptOldAs).toHaveLength(1);
    expect(sha(outcome.keptOldAs[0]!)).toBe(damaged);
  });

  it('when the sign-offs themselves are unreadable, takes them from the archive beside the ledger', async () => {
    const s = await signedAfterBackup({ pinBeforeBackup: true });
    expect(existsSync(signoffArchiveFile(s.file))).toBe(true);
    overwriteTablePages(s.file, 'period_signoffs');
    expect(() => signoffsOf(s.file)).toThrow();

    await expect(restore(s)).rejects.toBeInstanceOf(RestoreNeedsChairmanPinError);
    const outcome = await restore(s, PIN);
    expect(signoffsOf(s.file).map(withoutId)).toEqual([withoutId(s.signed)]);
    expect(countedOf(s.file, s.signed.period_key)).toEqual([]);
    expect(outcome.signedPeriodNotes[0]).toBe('Đã giữ chữ ký duyệt và số liệu đã ký của Quý I năm 2024 (bản sao lưu được tạo trước khi ký).');
    expect(outcome.signedPeriodNotes[1]).toContain(`lấy từ tệp lưu chữ ký duyệt bên cạnh sổ ("${signoffArchiveFile(s.file)}")`);
  });

  it('refuses, changing nothing, when neither the damaged ledger nor the backup can check the PIN', async () => {
    const s = await signedAfterBackup({ pinBeforeBackup: false });
    overwriteTablePages(s.file, 'dossier_history');
    const damaged = sha(s.file);
    const refused = await restore(s, PIN).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RestoreRefusedError);
    expect((refused as Error).message).toContain('bản sao lưu này được tạo trước khi đặt mã PIN');
    expect(sha(s.file)).toBe(damaged);
    expect(readdirSync(path.dirname(s.file)).filter((f) => f.includes('dang-khoi-phuc'))).toEqual([]);
  });

  it('through the desk, from the start-up screen of the blocked ledger: needs_chairman_pin, then the restore keeps the sign-off', async () => {
    const s = await signedAfterBackup({ pinBeforeBackup: true });
    overwriteTablePages(s.file, 'dossier_history');
    const api = createAppApi({ ledgerFile: s.file, actor: 'kiểm thử', host: { kind: 'web' }, appVersion: 'test', clock: () => NOW, backgroundDelayMs: -1 });
    try {
      const call = (command: 'backup.restoreFrom', input: { backupFile: string; chairmanPin?: string }) => api.dispatch(command, input);
      expect(await api.dispatch('startup.status', {})).toMatchObject({ ok: true, value: { phase: 'blocked' } });
      expect(await call('backup.restoreFrom', { backupFile: s.backupFile })).toMatchObject({ ok: false, error: { code: 'needs_chairman_pin', details: ['Quý I năm 2024'] } });
      const restored = await call('backup.restoreFrom', { backupFile: s.backupFile, chairmanPin: PIN });
      expect(restored).toMatchObject({ ok: true, value: { startup: { phase: 'ready' } } });
      if (restored.ok) expect((restored.value as { lines: string[] }).lines.join(' ')).toContain('Đã giữ chữ ký duyệt và số liệu đã ký của Quý I năm 2024');
      const report = await api.dispatch('report.compile', { period: '2024-Q1', rule: 'nd09' });
      expect(report).toMatchObject({ ok: true, value: { signoff: { signer: 'Hồ Văn Ẩn', signedAt: s.signed.signed_at } } });
    } finally {
      api.close();
    }
  });
});
