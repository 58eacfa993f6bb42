// What waits for a person (a print or file dialog left open), for PowerShell listing the USB drives, or for
// a worker making a document or a backup never holds the API queue: the commands after it are answered
// meanwhile (issue 14 §1). The desktop app's dialogs are played by the test, as the person would answer
// them; the documents and copies are real files, read back.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FileDto } from '../../shared/api/common';
import type { HostServices } from '../../electron/api';
import type { PrintableDocument } from '../../electron/documents/html/doc-html';
import { checkBackupFile } from '../../electron/reliability/backup-check';
import type { DriveProbe } from '../../electron/services/removable-drives';
import { readPdf } from '../documents/read-pdf';
import { type TestApi, dossierInput, testApi } from './helpers';

/** A dialog the person leaves open until the test answers it. */
function dialog<T>() {
  let open = () => {};
  let answer: (value: T) => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  const answered = new Promise<T>((resolve) => (answer = resolve));
  return {
    opened,
    answer,
    show: (): Promise<T> => {
      open();
      return answered;
    },
  };
}

/** The answer of `call` within a second, or a failure saying the queue was held. */
async function promptly<T>(call: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const held = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: không trả lời trong 1 giây (hàng lệnh bị giữ)`)), 1000)));
  try {
    return await Promise.race([call, held]);
  } finally {
    clearTimeout(timer);
  }
}

async function withDossier(host: HostServices = { kind: 'web' }, options: Parameters<typeof testApi>[3] = {}): Promise<{ t: TestApi; id: string; code: string }> {
  const t = await testApi('2024-03-15 10:00', host, true, options);
  const d = await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-15 09:00'));
  return { t, id: d.id, code: d.code };
}

const listFirstPage = (t: TestApi) => t.call('dossier.list', { filter: {}, after: null, offset: 0, limit: 100 });

describe('dialogs the person answers do not hold the queue', () => {
  it('the print dialog left open (forms.print)', async () => {
    const print = dialog<{ printed: boolean; message: string }>();
    const printed: PrintableDocument[] = [];
    const { t, id, code } = await withDossier({ kind: 'electron', printDocument: (doc) => (printed.push(doc), print.show()) });
    const printing = t.api.dispatch('forms.print', { id, form: 'mau01' });
    await print.opened;
    expect((await promptly(listFirstPage(t), 'dossier.list')).items).toHaveLength(1);
    expect(await promptly(t.call('dossier.count', { filter: {} }), 'dossier.count')).toEqual({ count: 1 });
    print.answer({ printed: true, message: 'Đã gửi tới máy in.' });
    expect(await printing).toEqual({ ok: true, value: { printed: true, message: 'Đã gửi tới máy in.' } });
    expect(printed[0]?.html).toContain(code);
  });

  it('the open dialogs of an import and of a package (import.chooseFile, handoff.choosePackageFile)', async () => {
    const importDialog = dialog<string | null>();
    const packageDialog = dialog<string | null>();
    const { t } = await withDossier({ kind: 'electron', chooseImportFile: importDialog.show, choosePackageFile: packageDialog.show });
    const choosingList = t.api.dispatch('import.chooseFile', {});
    await importDialog.opened;
    const choosingPackage = t.api.dispatch('handoff.choosePackageFile', {});
    await packageDialog.opened;
    expect((await promptly(listFirstPage(t), 'dossier.list')).items).toHaveLength(1);
    importDialog.answer(null);
    packageDialog.answer('/media/usb/goi.somc');
    expect(await choosingList).toEqual({ ok: true, value: { path: null } });
    expect(await choosingPackage).toEqual({ ok: true, value: { path: '/media/usb/goi.somc' } });
  });

  it('a cold PowerShell listing the USB drives (handoff.drives)', async () => {
    const powershell = dialog<string>();
    const probe: DriveProbe = { platform: 'win32', readMounts: () => '', runPowerShell: powershell.show, space: () => null };
    const { t } = await withDossier({ kind: 'web' }, { driveProbe: probe });
    const listing = t.api.dispatch('handoff.drives', {});
    await powershell.opened;
    expect(await promptly(t.call('dossier.count', { filter: {} }), 'dossier.count')).toEqual({ count: 1 });
    powershell.answer('{"DeviceID":"E:","VolumeName":"KINGSTON","FreeSpace":1000,"Size":2000}');
    expect(await listing).toMatchObject({ ok: true, value: { drives: [{ path: 'E:\\', label: 'E: KINGSTON' }], problem: null } });
  });
});

describe('documents and copies made in the worker', () => {
  it('a copy of the ledger (backup.create) is made in the worker while the screen keeps reading, and comes back whole', async () => {
    const { t } = await withDossier();
    const order: string[] = [];
    const jobId = randomUUID();
    const copying = t.api.dispatch('backup.create', { jobId }).then((r) => (order.push('backup.create'), r));
    const listing = listFirstPage(t).then((r) => (order.push('dossier.list'), r));
    const [copied] = await Promise.all([copying, listing]);
    expect(order).toEqual(['dossier.list', 'backup.create']);
    if (!copied.ok) throw new Error(copied.error.message);
    expect(copied.value).toMatchObject({ dossiers: 1, savedTo: null, file: { fileName: 'so-mot-cua-sao-luu-2024-03-15-1000.db' } });
    expect(await t.call('job.status', { jobId })).toMatchObject({ state: 'done' });
  });

  it('in the desktop app the copy is written where the save dialog says, for the user only, and checks whole', async () => {
    const save = dialog<string | null>();
    const { t } = await withDossier({ kind: 'electron', chooseSaveTarget: save.show });
    const target = path.join((await t.call('backup.settings', {})).folders[0]!.path, '..', 'ban-sao-gui-huyen.db');
    const copying = t.api.dispatch('backup.create', {});
    await save.opened;
    expect(await promptly(t.call('dossier.count', { filter: {} }), 'dossier.count')).toEqual({ count: 1 });
    save.answer(target);
    expect(await copying).toEqual({ ok: true, value: { dossiers: 1, savedTo: target, file: null } });
    expect(checkBackupFile(target)).toMatchObject({ good: true, dossiers: 1 });
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('Mẫu 07 for a range of days (forms.ledgerBook) is made in the worker: a real PDF, the list answered first', async () => {
    const { t, code } = await withDossier();
    const order: string[] = [];
    const book = t.api.dispatch('forms.ledgerBook', { from: '2024-01-01', to: '2024-12-31', volume: '01', jobId: randomUUID() }).then((r) => (order.push('forms.ledgerBook'), r));
    const listing = listFirstPage(t).then((r) => (order.push('dossier.list'), r));
    const [made] = await Promise.all([book, listing]);
    expect(order).toEqual(['dossier.list', 'forms.ledgerBook']);
    if (!made.ok) throw new Error(made.error.message);
    const file = made.value as FileDto;
    expect(file.fileName).toBe('So-theo-doi-Mau07-2024-01-01-den-2024-12-31.pdf');
    const text = (await readPdf(Buffer.from(file.contentBase64, 'base64'))).map((p) => p.text).join(' ');
    expect(text).toContain('SỔ THEO DÕI HỒ SƠ');
    expect(text).toContain(code);
    expect(text).toContain('Quyển số 01');
  });

  it('the desktop app saves the ledger view as CSV where the save dialog says (document.save): written by the worker, no bytes back', async () => {
    const save = dialog<string | null>();
    const { t, code } = await withDossier({ kind: 'electron', chooseSaveTarget: save.show });
    const target = path.join(t.dir, 'so-theo-doi.csv');
    const jobId = randomUUID();
    const saving = t.api.dispatch('document.save', { document: { kind: 'ledgerCsv', filter: {} }, jobId });
    await save.opened;
    expect(await promptly(t.call('dossier.count', { filter: {} }), 'dossier.count')).toEqual({ count: 1 });
    save.answer(target);
    expect(await saving).toEqual({ ok: true, value: { saved: true, path: target } });
    const csv = readFileSync(target, 'utf8');
    expect(csv.split(/\r?\n/).filter(Boolean)).toHaveLength(2);
    expect(csv).toContain(code);
    expect(csv).toContain('Nguyễn Thị Hoà');
    expect(await t.call('job.status', { jobId })).toMatchObject({ state: 'done' });
    expect(readdirSync(t.dir).filter((f) => f.includes('dang-ghi'))).toEqual([]);
  });

  it('saves a dossier’s form and a report as real files; a cancelled dialog writes nothing; a form the dossier lacks is refused before the dialog', async () => {
    const answers: Array<string | null> = [];
    const asked: string[] = [];
    const { t, id, code } = await withDossier({
      kind: 'electron',
      chooseSaveTarget: async (name) => (asked.push(name), answers.shift() ?? null),
    });
    const form = path.join(t.dir, 'mau01.pdf');
    answers.push(form);
    expect(await t.call('document.save', { document: { kind: 'form', id, form: 'mau01' } })).toEqual({ saved: true, path: form });
    expect(asked).toEqual([`Mau01-giay-tiep-nhan-${code}.pdf`]);
    const receipt = (await readPdf(readFileSync(form))).map((p) => p.text).join(' ');
    expect(receipt).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(receipt).toContain(code);

    const workbook = path.join(t.dir, 'bao-cao.xlsx');
    answers.push(workbook);
    expect(await t.call('document.save', { document: { kind: 'report', period: '2024-Q1', rule: 'nd09', format: 'xlsx' } })).toEqual({ saved: true, path: workbook });
    expect(readFileSync(workbook).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');

    answers.push(null);
    expect(await t.call('document.save', { document: { kind: 'ledgerCsv', filter: {} } })).toEqual({ saved: false, path: null });

    const before = asked.length;
    const refused = await t.api.dispatch('document.save', { document: { kind: 'form', id, form: 'mau02' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', message: `Hồ sơ ${code} chưa có yêu cầu bổ sung nên chưa có Mẫu 02.` } });
    expect(asked).toHaveLength(before);
    expect(existsSync(path.join(t.dir, 'mau02.pdf'))).toBe(false);
  });

  it('the web host downloads instead: document.save is the desktop app’s only', async () => {
    const { t } = await withDossier();
    expect(await t.api.dispatch('document.save', { document: { kind: 'ledgerCsv', filter: {} } })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    const csv = await t.call('dossier.exportCsv', { filter: {}, jobId: randomUUID() });
    expect(Buffer.from(csv.contentBase64, 'base64').toString('utf8')).toContain('Nguyễn Thị Hoà');
  });
});
