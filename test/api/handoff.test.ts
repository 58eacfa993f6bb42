// The USB handoff through the app's API (what the screens call): a full package desk → desk with the dry
// run first, a report package at a receiving office, an altered package refused changing nothing, the
// conflicts of two desks and their resolution, and the ledger book (Mẫu 07).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIN_PASSPHRASE_LENGTH } from '../../electron/handoff';
import type { CommandInput } from '../../shared/api/contract';
import { PACKAGE_PASSPHRASE_MIN } from '../../shared/api/handoff-schemas';
import { type TestApi, dossierInput, ledgerFingerprint, testApi } from './helpers';

const PASSPHRASE = 'Mật khẩu bàn giao 2024';

async function exportFull(t: TestApi) {
  return t.call('handoff.export', { kind: 'full', folder: t.dir, passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });
}

function upload(file: string) {
  return { kind: 'upload' as const, fileName: path.basename(file), contentBase64: readFileSync(file).toString('base64') };
}

async function previewReady(t: TestApi, input: CommandInput<'handoff.preview'>) {
  const p = await t.call('handoff.preview', input);
  if (p.status !== 'ready') throw new Error(`refused: ${p.message}`);
  return p;
}

describe('the handoff API', () => {
  it('moves a ledger desk → desk: preview writes nothing, import writes once, again is a no-op', async () => {
    const a = await testApi('2024-03-12 10:00');
    await a.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    await a.call('dossier.create', dossierInput('Trần Văn Bình', '2024-03-05 14:00'));
    const exported = await exportFull(a);
    expect(exported).toMatchObject({ kind: 'full', counts: { dossiers: 2 }, what: expect.stringContaining('2 hồ sơ') });
    expect(exported.fileName).toMatch(/^SoMotCua-000\.00\.21\.H57-day-du-20240312-1000\.somc$/);
    expect(exported.sha256).toBe(createHash('sha256').update(readFileSync(exported.path)).digest('hex'));
    expect(exported.fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect((await a.call('handoff.identity', { create: false })).fingerprint).toBe(exported.fingerprint);

    const b = await testApi('2024-03-12 11:00');
    const before = ledgerFingerprint(b.file);
    const noPass = await b.call('handoff.preview', { source: upload(exported.path), passphrase: null, trustNewUnit: false });
    expect(noPass).toMatchObject({ status: 'refused', reason: 'wrong_passphrase', hint: expect.stringContaining('Mật khẩu của gói') });
    const preview = await previewReady(b, { source: upload(exported.path), passphrase: PASSPHRASE, trustNewUnit: false });
    expect(preview.counts).toEqual({ new: 2, updated: 0, unchanged: 0, conflict: 0, rejected: 0 });
    expect(preview.groups.find((g) => g.action === 'new')?.items.map((i) => i.title)).toHaveLength(2);
    expect(preview.summary.sender).toMatchObject({ unitCode: '000.00.21.H57', fingerprint: exported.fingerprint });
    expect(ledgerFingerprint(b.file)).toBe(before);

    const done = await b.call('handoff.import', { previewId: preview.previewId });
    expect(done).toMatchObject({ written: true, message: expect.stringContaining('thêm mới 2') });
    expect((await b.call('dossier.count', { filter: {} })).count).toBe(2);
    expect(await b.api.dispatch('handoff.import', { previewId: preview.previewId })).toMatchObject({ ok: false, error: { code: 'rejected' } });

    const again = await previewReady(b, { source: { kind: 'path', path: exported.path }, passphrase: PASSPHRASE, trustNewUnit: false });
    expect(again).toMatchObject({ writes: false, counts: { unchanged: 2, new: 0 } });
    const after = ledgerFingerprint(b.file);
    expect(await b.call('handoff.import', { previewId: again.previewId })).toMatchObject({ written: false });
    expect(ledgerFingerprint(b.file)).toBe(after);
  });

  it('refuses an altered package with the module message, changing nothing', async () => {
    const a = await testApi('2024-03-12 10:00');
    await a.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    const exported = await exportFull(a);
    const bytes = readFileSync(exported.path);
    const at = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
    const altered = path.join(a.dir, 'goi-bi-sua.somc');
    writeFileSync(altered, bytes);
    const b = await testApi('2024-03-12 11:00');
    const before = ledgerFingerprint(b.file);
    const refused = await b.call('handoff.preview', { source: upload(altered), passphrase: PASSPHRASE, trustNewUnit: false });
    expect(refused).toMatchObject({ status: 'refused', reason: 'damaged', message: expect.stringContaining('Không có gì được ghi vào sổ.') });
    const truncated = path.join(a.dir, 'goi-thieu.somc');
    writeFileSync(truncated, readFileSync(exported.path).subarray(0, -1));
    expect(await b.call('handoff.preview', { source: { kind: 'path', path: truncated }, passphrase: PASSPHRASE, trustNewUnit: false })).toMatchObject({
      status: 'refused',
    });
    expect(ledgerFingerprint(b.file)).toBe(before);
  });

  it('checks the passphrase twice, as the module does', async () => {
    expect(PACKAGE_PASSPHRASE_MIN).toBe(MIN_PASSPHRASE_LENGTH);
    const a = await testApi('2024-03-12 10:00');
    const short = await a.api.dispatch('handoff.export', { kind: 'full', folder: a.dir, passphrase: 'ngắn', passphraseAgain: 'ngắn' });
    expect(short).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('ít nhất 8 ký tự') } });
    const differ = await a.api.dispatch('handoff.export', { kind: 'full', folder: a.dir, passphrase: PASSPHRASE, passphraseAgain: `${PASSPHRASE}!` });
    expect(differ).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('không khớp') } });
    const nowhere = await a.api.dispatch('handoff.export', { kind: 'full', folder: path.join(a.dir, 'khong-co'), passphrase: PASSPHRASE, passphraseAgain: PASSPHRASE });
    expect(nowhere).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Không mở được thư mục') } });
    expect(await a.api.dispatch('handoff.chooseFolder', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('takes a report package at a receiving office: unknown unit refused, registered accepted, figures equal', async () => {
    const commune = await testApi('2024-03-20 10:00');
    await commune.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    await commune.call('dossier.create', { ...dossierInput('Trần Văn Bình', '2024-02-05 14:00'), confirmedReception: true }); // logged 44 days late
    const sent = await commune.call('handoff.export', { kind: 'report', period: '2024-Q1', rule: 'nd09', folder: commune.dir });
    expect(sent).toMatchObject({ kind: 'report', what: expect.stringContaining('không có dữ liệu cá nhân') });
    expect(readFileSync(sent.path).includes(Buffer.from('Nguyễn Thị Hoà'))).toBe(false);

    const office = await testApi('2024-03-21 08:00');
    await office.call('settings.update', { unitName: 'UBND huyện Nam Đông', unitCode: '000.00.H57' });
    expect(await office.call('handoff.setRole', { receivingOffice: true })).toMatchObject({ role: 'receiving_office' });
    const unknown = await office.call('handoff.preview', { source: upload(sent.path), passphrase: null, trustNewUnit: false });
    expect(unknown).toMatchObject({ status: 'refused', reason: 'unknown_unit', hint: expect.stringContaining('Đăng ký đơn vị') });
    expect((await office.call('handoff.periodStatus', { period: '2024-Q1', rule: 'nd09' })).units).toEqual([]);

    await office.call('handoff.registerUnit', { unitCode: '000.00.21.H57', unitName: 'UBND xã Hương Hữu', fingerprint: sent.fingerprint.toLowerCase() });
    const status0 = await office.call('handoff.periodStatus', { period: '2024-Q1', rule: 'nd09' });
    expect(status0.units).toMatchObject([{ unitCode: '000.00.21.H57', state: 'missing' }]);
    const preview = await previewReady(office, { source: upload(sent.path), passphrase: null, trustNewUnit: false });
    expect(preview.counts.new).toBe(1);
    await office.call('handoff.import', { previewId: preview.previewId });
    const status = await office.call('handoff.periodStatus', { period: '2024-Q1', rule: 'nd09' });
    expect(status).toMatchObject({ counts: { sent: 1, missing: 0 }, units: [{ state: 'sent', current: { received: 2 } }] });

    const own = await commune.call('report.compile', { period: '2024-Q1', rule: 'nd09' });
    const consolidated = await office.call('handoff.consolidated', { period: '2024-Q1', rule: 'nd09' });
    expect(consolidated.consolidated?.report.total).toEqual(own.report.total);
    expect(consolidated.consolidated?.report.by_field.map((r) => r.field)).toEqual(['UBND xã Hương Hữu']);
    const pdf = await office.call('handoff.exportConsolidated', { period: '2024-Q1', rule: 'nd09', format: 'pdf' });
    expect(pdf.fileName).toBe('Bieu06-tong-hop-2024-Q1-nd09.pdf');
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const none = await office.api.dispatch('handoff.exportConsolidated', { period: '2023-Q1', rule: 'nd09', format: 'xlsx' });
    expect(none).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Chưa có đơn vị nào gửi') } });
  });

  it('lists a dossier changed on two desks as a conflict with both versions, and settles it', async () => {
    const a = await testApi('2024-03-12 10:00');
    const d = await a.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    const first = await exportFull(a);
    const b = await testApi('2024-03-12 10:30');
    const p1 = await previewReady(b, { source: upload(first.path), passphrase: PASSPHRASE, trustNewUnit: false });
    await b.call('handoff.import', { previewId: p1.previewId });
    await b.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'correct', field: 'phone', value: '0905 000 111', reason: 'Gõ nhầm' } });
    await a.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'correct', field: 'phone', value: '0912 999 888', reason: 'Công dân đổi số' } });
    const fromB = await exportFull(b);
    const p2 = await previewReady(a, { source: upload(fromB.path), passphrase: PASSPHRASE, trustNewUnit: false });
    expect(p2.counts.conflict).toBe(1);
    const item = p2.groups.find((g) => g.action === 'conflict')?.items[0];
    expect(item?.differences).toContainEqual({ label: 'Điện thoại', local: '0912 999 888', incoming: '0905 000 111' });
    await a.call('handoff.import', { previewId: p2.previewId });

    const { conflicts } = await a.call('handoff.conflicts', { includeResolved: false });
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.rows).toContainEqual({ label: 'Điện thoại', local: '0912 999 888', incoming: '0905 000 111', differs: true });
    expect(conflicts[0]?.rows[0]).toMatchObject({ label: 'Mã hồ sơ', differs: false });
    const settled = await a.call('handoff.resolveConflict', { id: conflicts[0]?.id ?? 0, keep: 'incoming' });
    expect(settled.message).toContain('lấy bản của máy kia');
    expect((await a.call('dossier.get', { id: d.id })).phone).toBe('0905 000 111');
    expect((await a.call('handoff.conflicts', { includeResolved: false })).conflicts).toEqual([]);
    expect((await a.call('handoff.conflicts', { includeResolved: true })).conflicts[0]).toMatchObject({ resolution: 'incoming' });
  });

  it('prints the ledger book (Mẫu 07) for a range of dates', async () => {
    const t = await testApi('2024-03-12 10:00');
    await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    const book = await t.call('forms.ledgerBook', { from: '2024-03-01', to: '2024-03-31', volume: '01' });
    expect(book).toMatchObject({ fileName: 'So-theo-doi-Mau07-2024-03-01-den-2024-03-31.pdf', mimeType: 'application/pdf' });
    expect(Buffer.from(book.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const backwards = await t.api.dispatch('forms.ledgerBook', { from: '2024-03-31', to: '2024-03-01', volume: '' });
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('Ngày đầu không được sau ngày cuối') } });
    const tooLong = await t.api.dispatch('forms.ledgerBook', { from: '2023-01-01', to: '2024-03-01', volume: '' });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('tối đa 366 ngày') } });
  });
});
