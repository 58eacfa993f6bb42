// Moving to a new PC without the command line: an encrypted backup (the full package Thiết lập › Sao lưu
// writes) is restored at the desk — previewed first (nothing written), then put in place as a backup
// restore is (the current ledger kept aside; signed periods and the chairman's PIN as for any restore).
// Real ledgers, real packages, the real worker.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../shared/api/contract';
import { collectDossiers } from '../../electron/handoff/dossier-content';
import { collectLedgerTables } from '../../electron/handoff/ledger-content';
import { openLedger } from '../../electron/ledger';
import { isRunning } from '../../electron/services/unfinished-copies';
import { deskApi } from './desk-helpers';
import { OPERATOR, type TestApi, dossierInput, ledgerFingerprint, procedureVersionInput, testApi } from './helpers';
import { CHECKPOINT_IDLE_MS } from '../../electron/desk/commit-keeper';

const PASSPHRASE = 'Mật khẩu máy cũ 2024';
const PIN = '583941';
const LOCAL_PROCEDURE = 'Xác nhận đơn riêng của xã';

/** The old PC: dossiers, its own procedure, a day off, two operators, a signed 2024-Q1, the unit key; then its encrypted backup. */
async function oldPc(): Promise<{ t: TestApi; packageFile: string; exported: CommandOutput<'handoff.export'> }> {
  const t = await testApi('2024-04-02 09:00', { kind: 'web' }, true, { backgroundDelayMs: -1 });
  await t.call('operators.add', { name: 'Trần Văn Bình' });
  const own = await t.call('catalogue.addVersion', procedureVersionInput(LOCAL_PROCEDURE));
  await t.call('calendar.addEdit', { date: '2024-03-19', kind: 'off', reason: 'Nghỉ do bão số 3' });
  await t.call('dossier.create', dossierInput('Nguyễn Văn An', '2024-03-11 09:00'));
  await t.call('dossier.create', dossierInput('Lê Thị Bình', '2024-03-12 09:00', own.code));
  await t.call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
  await t.call('report.signOff', { period: '2024-Q1', rule: 'nd09', signerName: 'Hồ Văn Ẩn', pin: PIN });
  await t.call('dossier.create', dossierInput('Phạm Văn Cường', '2024-04-02 08:30'));
  const usb = path.join(t.dir, 'usb');
  mkdirSync(usb);
  const exported = await t.call('handoff.export', { kind: 'full', folder: usb, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });
  return { t, packageFile: exported.path, exported };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const upload = (file: string) => ({ kind: 'upload' as const, fileName: path.basename(file), contentBase64: readFileSync(file).toString('base64') });

/** Everything a full package carries, read from a closed ledger file (the derived tables aside). */
function contentOf(file: string) {
  const db = openLedger(file, { mustExist: true });
  try {
    return { dossiers: collectDossiers(db), tables: collectLedgerTables(db) };
  } finally {
    db.close();
  }
}

/** The ledger file and its WAL, hashed (a refused restore must leave them byte for byte as they were). */
const bytesOf = (file: string) => ['', '-wal'].map((s) => (existsSync(file + s) ? createHash('sha256').update(readFileSync(file + s)).digest('hex') : null));

function signoffsOf(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT period_key, figures, signer_name, signed_at FROM period_signoffs ORDER BY id').all();
  } finally {
    db.close();
  }
}

describe('restoring an encrypted backup at the desk', () => {
  it('on a new PC (first run): shows what the copy holds, then brings back dossiers, catalogue, calendar, operators, sign-offs and the unit key', async () => {
    const { t, packageFile, exported } = await oldPc();
    const identity = await t.call('handoff.identity', { create: false });
    t.api.close();
    const original = contentOf(t.file);

    const newPc = path.join(t.dir, 'may-moi');
    mkdirSync(newPc);
    const file = path.join(newPc, 'so.db');
    const app = deskApi(file, '2024-04-03 08:00');
    expect((await app.call('app.info', {})).configured).toBe(false);

    const preview = await app.call('backup.previewPackage', { source: upload(packageFile), passphrase: PASSPHRASE });
    expect(preview).toMatchObject({
      fileName: path.basename(packageFile),
      unitCode: '000.00.21.H57',
      unitName: 'UBND xã Hương Hữu',
      desk: 1,
      fingerprint: exported.fingerprint,
      dossiers: 3,
      operators: [OPERATOR, 'Trần Văn Bình'],
      signedPeriods: ['Quý I năm 2024'],
      current: { dossiers: 0, configured: false },
      periodsAtRisk: [],
    });
    expect(preview.createdAtText).toMatch(/^\d{2}:\d{2} ngày 02\/04\/2024$/);
    expect(preview.historyEvents).toBeGreaterThanOrEqual(3);
    // Nothing written by the preview.
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(0);

    const restored = await app.call('backup.restorePackage', { previewId: preview.previewId });
    expect(restored).toMatchObject({ dossiers: 3, restoredFrom: path.basename(packageFile) });
    expect(restored.startup.phase).toBe('ready');
    expect(restored.lines.at(-1)).toBe(`Đã khôi phục sổ từ "${path.basename(packageFile)}": 3 hồ sơ.`);
    // The empty ledger of the first run is kept aside too, never deleted.
    expect(restored.keptOldAs).toHaveLength(1);
    expect(existsSync(restored.keptOldAs[0] ?? '')).toBe(true);

    expect((await app.call('app.info', {})).configured).toBe(true);
    expect((await app.call('operators.list', {})).operators.map((o) => o.name)).toEqual([OPERATOR, 'Trần Văn Bình']);
    const catalogue = await app.call('catalogue.list', { on: '2024-04-03' });
    expect(catalogue.procedures.some((p) => p.name === LOCAL_PROCEDURE)).toBe(true);
    const year = await app.call('calendar.year', { year: 2024 });
    expect(year.edits.map((e) => [e.date, e.reason])).toContainEqual(['2024-03-19', 'Nghỉ do bão số 3']);
    expect((await app.call('handoff.identity', { create: false })).fingerprint).toBe(identity.fingerprint);
    const report = await app.call('report.compile', { period: '2024-Q1', rule: 'nd09' });
    expect(report.signoff).toMatchObject({ signer: 'Hồ Văn Ẩn' });
    // Nothing of the rebuilt copy is left beside the ledger.
    expect(readdirSync(newPc).filter((n) => n.includes('dang-khoi-phuc'))).toEqual([]);
    app.api.close();

    const back = contentOf(file);
    expect(back.dossiers).toEqual(original.dossiers);
    expect(back.tables).toEqual(original.tables);
  });

  it('over an existing ledger: the current one is backed up and kept aside, the copy replaces it', async () => {
    const { t, packageFile } = await oldPc();
    t.api.close();
    const original = contentOf(t.file);

    const other = await testApi('2024-04-03 08:00', { kind: 'web' }, true, { backgroundDelayMs: -1 });
    for (const name of ['Đỗ Thị Một', 'Đỗ Thị Hai', 'Đỗ Thị Ba', 'Đỗ Thị Bốn']) await other.call('dossier.create', dossierInput(name, '2024-04-03 07:30'));
    const preview = await other.call('backup.previewPackage', { source: upload(packageFile), passphrase: PASSPHRASE });
    expect(preview.current).toEqual({ unitName: 'UBND xã Hương Hữu', unitCode: '000.00.21.H57', dossiers: 4, configured: true });

    const restored = await other.call('backup.restorePackage', { previewId: preview.previewId });
    expect(restored.dossiers).toBe(3);
    expect(restored.lines.join('\n')).toContain('Đã giữ lại sổ cũ thành tệp');
    const kept = restored.keptOldAs[0] ?? '';
    const old = new Database(kept, { readonly: true });
    expect(old.prepare('SELECT count(*) FROM dossiers').pluck().get()).toBe(4);
    old.close();
    // The backup taken before the restore is listed.
    expect((await other.call('backup.settings', {})).backups.some((b) => b.reasonLabel.includes('khôi phục'))).toBe(true);
    // The same preview is spent.
    const again = await other.api.dispatch('backup.restorePackage', { previewId: preview.previewId });
    expect(again).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Không tìm thấy lần xem trước này') } });
    other.api.close();

    const back = contentOf(other.file);
    expect(back.dossiers).toEqual(original.dossiers);
    expect(back.tables).toEqual(original.tables);
  });

  it('a copy made before a sign-off of this ledger: said in the preview, then needs the chairman’s PIN and keeps the sign-off', async () => {
    const t = await testApi('2024-04-02 09:00', { kind: 'web' }, true, { backgroundDelayMs: -1 });
    await t.call('dossier.create', dossierInput('Nguyễn Văn An', '2024-03-11 09:00'));
    const usb = path.join(t.dir, 'usb');
    mkdirSync(usb);
    const before = await t.call('handoff.export', { kind: 'full', folder: usb, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });
    await t.call('settings.setChairmanPin', { currentPin: null, newPin: PIN });
    await t.call('report.signOff', { period: '2024-Q1', rule: 'nd09', signerName: 'Hồ Văn Ẩn', pin: PIN });
    const signed = signoffsOf(t.file);

    const preview = await t.call('backup.previewPackage', { source: upload(before.path), passphrase: PASSPHRASE });
    expect(preview.periodsAtRisk).toEqual(['Quý I năm 2024']);
    expect(preview.signedPeriods).toEqual([]);
    const silent = await t.api.dispatch('backup.restorePackage', { previewId: preview.previewId });
    expect(silent).toMatchObject({ ok: false, error: { code: 'needs_chairman_pin', details: ['Quý I năm 2024'] } });
    const wrong = await t.api.dispatch('backup.restorePackage', { previewId: preview.previewId, chairmanPin: '111111' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Mã PIN không đúng') } });
    expect(signoffsOf(t.file)).toEqual(signed);
    expect(readdirSync(t.dir).filter((n) => n.includes('dang-khoi-phuc'))).toEqual([]);

    const restored = await t.call('backup.restorePackage', { previewId: preview.previewId, chairmanPin: PIN });
    expect(restored.lines.join(' ')).toContain('Đã giữ chữ ký duyệt và số liệu đã ký của Quý I năm 2024');
    expect(signoffsOf(t.file)).toEqual(signed);
  });

  it('refuses a wrong passphrase, a tampered file and a report package in Vietnamese, the ledger byte for byte as it was', async () => {
    const { t, packageFile } = await oldPc();
    const report = await t.call('handoff.export', { kind: 'report', period: '2024-Q1', rule: 'nd09', folder: path.dirname(packageFile) });
    const tampered = path.join(t.dir, 'sua.somc');
    const bytes = readFileSync(packageFile);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle);
    writeFileSync(tampered, bytes);
    // The WAL copied into the ledger file once the desk is quiet after writes (desk/commit-keeper): then nothing moves.
    await new Promise((resolve) => setTimeout(resolve, CHECKPOINT_IDLE_MS + 500));
    const before = bytesOf(t.file);
    const rows = ledgerFingerprint(t.file);
    const count = (await t.call('dossier.count', { filter: {} })).count;

    const wrong = await t.api.dispatch('backup.previewPackage', { source: upload(packageFile), passphrase: 'mật khẩu khác hẳn' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'rejected', inputField: 'passphrase', message: expect.stringContaining('Mật khẩu không đúng') } });
    const damaged = await t.api.dispatch('backup.previewPackage', { source: upload(tampered), passphrase: PASSPHRASE });
    expect(damaged).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringMatching(/Gói bị hỏng|Chữ ký số của gói không đúng/) } });
    const reportKind = await t.api.dispatch('backup.previewPackage', { source: upload(report.path), passphrase: PASSPHRASE });
    expect(reportKind).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Chỉ khôi phục được sổ từ gói đầy đủ; đây là gói báo cáo') } });
    const empty = await t.api.dispatch('backup.previewPackage', { source: upload(packageFile), passphrase: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'invalid', inputField: 'passphrase' } });
    const unknown = await t.api.dispatch('backup.restorePackage', { previewId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'rejected' } });

    for (const refused of [wrong, damaged, reportKind]) if (!refused.ok) expect(refused.error.message).toContain('Không có gì được ghi vào sổ.');
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(count);
    expect(bytesOf(t.file)).toEqual(before);
    expect(ledgerFingerprint(t.file)).toBe(rows);
    // No copy rebuilt, none kept aside.
    expect(readdirSync(t.dir).filter((n) => n.includes('dang-khoi-phuc') || n.startsWith('so.cu-'))).toEqual([]);
  });

  it('from the start-up screen of a lost ledger whose backups are known', async () => {
    const { t, packageFile } = await oldPc();
    await t.call('backup.now', {});
    t.api.close();
    renameSync(t.file, `${t.file}.mat`);
    const app = deskApi(t.file, '2024-04-03 08:00');
    const status = await app.call('startup.status', {});
    expect(status.phase).toBe('blocked');
    expect(status.problems[0]?.actions.map((a) => a.kind)).toContain('restore-encrypted-backup');

    const preview = await app.call('backup.previewPackage', { source: upload(packageFile), passphrase: PASSPHRASE });
    expect(preview.current).toBeNull();
    const restored = await app.call('backup.restorePackage', { previewId: preview.previewId });
    expect(restored).toMatchObject({ dossiers: 3, keptOldAs: [] });
    expect(restored.startup.phase).toBe('ready');
    expect((await app.call('dossier.count', { filter: {} })).count).toBe(3);
  });

  it('is followed on the progress bar while the ledger is replaced, and cancelled before that leaves everything as it was', async () => {
    const { t, packageFile } = await oldPc();
    const preview = await t.call('backup.previewPackage', { source: upload(packageFile), passphrase: PASSPHRASE });

    const cancelJob = randomUUID();
    const cancelled = t.api.dispatch('backup.restorePackage', { previewId: preview.previewId, jobId: cancelJob });
    while ((await t.call('job.status', { jobId: cancelJob })).state !== 'running') await sleep(5);
    expect(await t.call('job.cancel', { jobId: cancelJob })).toEqual({ cancelled: true, message: 'Đã hủy: chưa ghi gì.' });
    expect(await cancelled).toMatchObject({ ok: false, error: { message: 'Đã hủy khôi phục: sổ hiện tại giữ nguyên.' } });
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(3);
    expect(readdirSync(t.dir).filter((n) => n.includes('dang-khoi-phuc') || n.startsWith('so.cu-'))).toEqual([]);

    const jobId = randomUUID();
    let done = false;
    const restoring = t.api.dispatch('backup.restorePackage', { previewId: preview.previewId, jobId }).finally(() => (done = true));
    const seen = new Set<string>();
    while (!done) {
      const status = await t.call('job.status', { jobId });
      if (status.state === 'running') seen.add(status.label);
      await sleep(5);
    }
    expect(await restoring).toMatchObject({ ok: true });
    // Answered while the ledger file itself was being replaced (every other command waits for that): its steps show.
    const replacing = [...seen].filter((label) => /sổ đang dùng|bản sẽ khôi phục|Đang chép|vừa chép/.test(label));
    expect(replacing.length, [...seen].join(' | ')).toBeGreaterThan(0);
  });

  it('a rebuilt copy left by a process killed during the restore is removed at the next start', async () => {
    const { t } = await oldPc();
    t.api.close();
    let dead = 999_999;
    while (isRunning(dead)) dead -= 1;
    const left = [`${t.file}.goi-ma-hoa.dang-khoi-phuc-${dead}-0a1b2c3d`, `${t.file}.goi-ma-hoa.dang-khoi-phuc-${dead}-0a1b2c3d.dang-khoi-phuc-${dead}-wal`];
    for (const file of left) writeFileSync(file, 'hồ sơ của công dân, chưa mã hóa');
    const app = deskApi(t.file, '2024-04-03 08:00');
    expect((await app.call('startup.status', {})).phase).toBe('ready');
    expect(left.filter((file) => existsSync(file))).toEqual([]);
  });

  it('desktop app: reads only the file its open dialog handed out', async () => {
    const { t, packageFile } = await oldPc();
    t.api.close();
    let handedOut: string | null = null;
    const allowed = new Set<string>();
    const desk = await testApi('2024-04-03 08:00', {
      kind: 'electron',
      chooseEncryptedBackupFile: () => {
        if (handedOut) allowed.add(handedOut);
        return Promise.resolve(handedOut);
      },
      allowsPath: (file) => allowed.has(file),
    });
    const notChosen = await desk.api.dispatch('backup.previewPackage', { source: { kind: 'path', path: packageFile }, passphrase: PASSPHRASE });
    expect(notChosen).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('chỉ mở được tệp vừa chọn trong hộp thoại "Chọn bản sao lưu mã hóa để khôi phục"') } });
    expect(await desk.call('backup.choosePackageFile', {})).toEqual({ path: null });
    handedOut = packageFile;
    const chosen = await desk.call('backup.choosePackageFile', {});
    const preview = await desk.call('backup.previewPackage', { source: { kind: 'path', path: chosen.path ?? '' }, passphrase: PASSPHRASE });
    expect(preview).toMatchObject({ fileName: path.basename(packageFile), dossiers: 3 });
    const restored = await desk.call('backup.restorePackage', { previewId: preview.previewId });
    expect(restored.dossiers).toBe(3);

    const web = await testApi('2024-04-03 08:00');
    expect(await web.api.dispatch('backup.choosePackageFile', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
