// The imports and package exports that run in a worker, through the app's API on a real ledger file:
// progress the screen can show, other writes answered "busy" while reads keep answering, a cancelled
// import that writes nothing, a cancelled export that leaves no file, a package imported in the worker.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobStatusView } from '../../shared/api/job-schemas';
import { parseIsoDate } from '../../shared/time/day';
import { importFile } from '../../bench/measure/import';
import { type TestApi, dossierInput, ledgerFingerprint, testApi } from './helpers';
import { RULES_UPDATE_SOURCE } from '../handoff/rules-update-fixture';

const ROWS = 3000;
const PASSPHRASE = 'Mật khẩu bàn giao 2024';

async function planned(t: TestApi, rows = ROWS) {
  const bytes = importFile(t.api.ledger.session(), parseIsoDate('2024-03-15')!, rows);
  const plan = await t.call('import.plan', { fileName: 'so-xa-cu.csv', contentBase64: Buffer.from(bytes).toString('base64') });
  expect(plan.counts.new).toBe(rows);
  return plan;
}

/** Polls job.status until `until` holds (or the job ended); every status seen. */
async function follow(t: TestApi, jobId: string, until: (s: JobStatusView) => boolean): Promise<JobStatusView[]> {
  const seen: JobStatusView[] = [];
  for (;;) {
    const status = await t.call('job.status', { jobId });
    seen.push(status);
    if (until(status) || ['done', 'failed', 'cancelled'].includes(status.state)) return seen;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('jobs in a worker', () => {
  it('a cancelled import writes nothing; while it ran, writes were busy and reads answered', async () => {
    const t = await testApi('2024-03-15 08:00');
    const plan = await planned(t);
    const before = ledgerFingerprint(t.file);
    const jobId = randomUUID();
    const applying = t.api.dispatch('import.apply', { planId: plan.planId, update: false, jobId });
    const seen = await follow(t, jobId, (s) => s.state === 'running');
    expect(seen.at(-1)).toMatchObject({ state: 'running', cancellable: true });

    const write = await t.api.dispatch('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-15 07:30'));
    expect(write).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringContaining('đang nhập dữ liệu') } });
    expect(await t.call('dossier.count', { filter: {} })).toEqual({ count: 0 });

    expect(await t.call('job.cancel', { jobId })).toEqual({ cancelled: true, message: 'Đã hủy: chưa ghi gì.' });
    expect(await applying).toMatchObject({ ok: false, error: { code: 'rejected', message: 'Đã hủy nhập: chưa ghi gì vào sổ.' } });
    expect(await t.call('job.status', { jobId })).toMatchObject({ state: 'cancelled', cancellable: false });
    expect(ledgerFingerprint(t.file)).toBe(before);
    // The writer is free again.
    expect((await t.api.dispatch('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-15 07:30'))).ok).toBe(true);
  });

  it('an import followed to the end: the phases in Vietnamese, then every row written by the worker', async () => {
    const t = await testApi('2024-03-15 08:00');
    const plan = await planned(t);
    const jobId = randomUUID();
    const applying = t.api.dispatch('import.apply', { planId: plan.planId, update: false, jobId });
    const seen = await follow(t, jobId, () => false);
    expect(await applying).toEqual({ ok: true, value: { inserted: ROWS, updated: 0, unchanged: 0, skippedConflicts: 0, linked: 0, undecided: 0 } });
    expect(seen.at(-1)).toEqual({ state: 'done', label: 'Đã xong.', fraction: 1, cancellable: false });
    const labels = seen.filter((s) => s.state === 'running').map((s) => s.label);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^Đang (đọc tệp|kiểm tra dòng [\d.]+\/3\.000|đối chiếu với hồ sơ trong sổ|ghi vào sổ)/);
    expect(await t.call('dossier.count', { filter: {} })).toEqual({ count: ROWS });
    // The acknowledged change is stamped like any other (desk/commit-keeper), from the worker's commit.
    const stamp = JSON.parse(readFileSync(`${t.file}.dau-moc.json`, 'utf8')) as { historySeq: number };
    expect(stamp.historySeq).toBeGreaterThanOrEqual(ROWS);
    expect(await t.call('job.cancel', { jobId })).toMatchObject({ cancelled: false });
  });

  it('a cancelled package export leaves no file in the folder', async () => {
    const t = await testApi('2024-03-15 08:00');
    await t.call('dossier.create', dossierInput('Trần Văn Bình', '2024-03-14 09:00'));
    const folder = path.join(t.dir, 'usb');
    mkdirSync(folder);
    const jobId = randomUUID();
    const exporting = t.api.dispatch('handoff.export', { kind: 'full', folder, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE, jobId });
    await follow(t, jobId, (s) => s.state === 'running');
    expect(await t.call('job.cancel', { jobId })).toMatchObject({ cancelled: true });
    expect(await exporting).toMatchObject({ ok: false, error: { message: 'Đã hủy: không có tệp gói nào được ghi.' } });
    expect(readdirSync(folder)).toEqual([]);
    // Not cancelled, the same export writes its package.
    const done = await t.call('handoff.export', { kind: 'full', folder, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });
    expect(readdirSync(folder)).toEqual([done.fileName]);
  });

  it('a package imported by the worker: written once, its dossiers readable at once on this side', async () => {
    const a = await testApi('2024-03-15 08:00');
    await a.call('dossier.create', dossierInput('Trần Văn Bình', '2024-03-14 09:00'));
    const exported = await a.call('handoff.export', { kind: 'full', folder: a.dir, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });
    const b = await testApi('2024-03-15 09:00');
    const source = { kind: 'upload' as const, fileName: exported.fileName, contentBase64: readFileSync(exported.path).toString('base64') };
    const preview = await b.call('handoff.preview', { source, passphrase: PASSPHRASE, trustNewUnit: false });
    if (preview.status !== 'ready') throw new Error(preview.message);
    const jobId = randomUUID();
    const outcome = await b.call('handoff.import', { previewId: preview.previewId, jobId });
    expect(outcome).toMatchObject({ written: true, counts: { new: 1 } });
    expect(await b.call('job.status', { jobId })).toMatchObject({ state: 'done' });
    expect(await b.call('dossier.count', { filter: {} })).toEqual({ count: 1 });
  });

  it('a rules update imported by the worker: the calendar this side keeps is read again', async () => {
    const province = await testApi('2026-12-02 15:00');
    await province.call('settings.update', { unitName: 'UBND tỉnh Thừa Thiên Huế', unitCode: '000.00.00.H57' });
    await province.call('handoff.setRole', { receivingOffice: true });
    const source = { fileName: 'cap-nhat.json', contentBase64: Buffer.from(JSON.stringify(RULES_UPDATE_SOURCE)).toString('base64') };
    const made = await province.call('rules.make', { source, folder: province.dir });
    const commune = await testApi('2026-12-03 08:00');
    await commune.call('rules.registerSender', { unitCode: '000.00.00.H57', unitName: 'UBND tỉnh Thừa Thiên Huế', fingerprint: made.fingerprint });
    const stormDay = async () => (await commune.call('calendar.year', { year: 2027 })).specialDays.find((d) => d.date === '2027-10-14')?.working ?? true;
    expect(await stormDay()).toBe(true);
    const upload = { kind: 'upload' as const, fileName: made.fileName, contentBase64: readFileSync(made.path).toString('base64') };
    const preview = await commune.call('rules.preview', { source: upload });
    if (preview.status !== 'ready') throw new Error(preview.message);
    expect(await stormDay()).toBe(true); // the calendar as this side keeps it, after the dry run
    const jobId = randomUUID();
    expect(await commune.call('rules.import', { previewId: preview.previewId, jobId })).toMatchObject({ written: true });
    expect(await commune.call('job.status', { jobId })).toMatchObject({ state: 'done' });
    expect(await stormDay()).toBe(false);
  });
});
