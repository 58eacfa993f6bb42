// The counter's commands through the real API (issue 12): a reception before 2000 refused in Vietnamese
// (it crashed in English), one later than the clock or long ago only when confirmed, refusals naming the
// field, editing several fields in one save, the citizen found by the exact CCCD with the results waiting
// for them, the required papers per procedure.
import { describe, expect, it } from 'vitest';
import { dossierInput, testApi } from './helpers';

describe('the counter through the API', () => {
  it('refuses a reception before 2000 with a Vietnamese message, writing nothing', async () => {
    const t = await testApi('2026-03-04 09:00');
    const r = await t.api.dispatch('dossier.create', dossierInput('Nguyễn Văn A', '1926-12-03 09:00'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code: 'rejected', inputField: 'receivedAt', message: 'Ngày tiếp nhận 03/12/1926 quá xa trong quá khứ: sổ chỉ ghi hồ sơ tiếp nhận từ năm 2000. Có phải gõ nhầm năm?' });
    // not even when "confirmed"
    expect((await t.api.dispatch('dossier.create', { ...dossierInput('Nguyễn Văn A', '1926-12-03 09:00'), confirmedReception: true })).ok).toBe(false);
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(0);
  });

  it('refuses a reception later than the clock or more than 30 days ago unless the request confirms it, naming the field', async () => {
    const t = await testApi('2026-03-04 09:00');
    const later = await t.api.dispatch('dossier.create', dossierInput('Nguyễn Văn A', '2026-03-05 08:00'));
    expect(later).toMatchObject({ ok: false, error: { code: 'rejected', inputField: 'receivedAt', message: expect.stringContaining('muộn hơn đồng hồ của máy tính (04/03/2026 09:00)') } });
    if (!later.ok) expect(later.error.message).toContain('Hãy kiểm tra lại ngày giờ');
    const old = await t.api.dispatch('dossier.create', dossierInput('Nguyễn Văn B', '2026-01-05 08:00'));
    expect(old).toMatchObject({ ok: false, error: { code: 'rejected', inputField: 'receivedAt', message: expect.stringContaining('cách hôm nay 58 ngày') } });
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(0);
    // 30 days back needs nothing; confirmed, both are logged
    await t.call('dossier.create', dossierInput('Nguyễn Văn C', '2026-02-02 08:00'));
    const a = await t.call('dossier.create', { ...dossierInput('Nguyễn Văn A', '2026-03-05 08:00'), confirmedReception: true });
    const b = await t.call('dossier.create', { ...dossierInput('Nguyễn Văn B', '2026-01-05 08:00'), confirmedReception: true });
    expect([a.receivedAt, b.receivedAt]).toEqual(['2026-03-05 08:00', '2026-01-05 08:00']);
    // the edit command: a new reception the same way; moving an old one within its day asks nothing
    const moved = await t.api.dispatch('dossier.edit', { id: b.id, expectedVersion: 1, changes: { receivedAt: '2026-01-04 08:00' }, reason: 'Ghi nhầm ngày' });
    expect(moved).toMatchObject({ ok: false, error: { inputField: 'receivedAt', message: expect.stringContaining('cách hôm nay 59 ngày') } });
    expect((await t.call('dossier.edit', { id: b.id, expectedVersion: 1, changes: { receivedAt: '2026-01-05 10:00' }, reason: 'Ghi nhầm giờ' })).receivedAt).toBe('2026-01-05 10:00');
    const c = await t.call('dossier.create', dossierInput('Nguyễn Văn D', '2026-03-04 08:00'));
    const ahead = await t.api.dispatch('dossier.edit', { id: c.id, expectedVersion: 1, changes: { receivedAt: '2026-03-04 10:00' }, reason: 'x' });
    expect(ahead).toMatchObject({ ok: false, error: { inputField: 'receivedAt', message: expect.stringContaining('muộn hơn đồng hồ') } });
    expect((await t.call('dossier.edit', { id: c.id, expectedVersion: 1, changes: { receivedAt: '2026-03-04 10:00' }, reason: 'x', confirmedReception: true })).receivedAt).toBe('2026-03-04 10:00');
    // the other refusals of an edit name their field too
    const fee = await t.api.dispatch('dossier.edit', { id: c.id, expectedVersion: 2, changes: { fee: 'năm nghìn' }, reason: 'x' });
    expect(fee).toMatchObject({ ok: false, error: { inputField: 'fee', message: 'Phí, lệ phí ghi số tiền bằng đồng, chỉ gồm chữ số, ví dụ 50.000 — không phải "năm nghìn".' } });
    expect((await t.call('dossier.edit', { id: c.id, expectedVersion: 2, changes: { fee: '50.000' }, reason: 'x' })).fee).toBe(50_000);
    const noReason = await t.api.dispatch('dossier.edit', { id: c.id, expectedVersion: 3, changes: { note: 'y' }, reason: '' });
    expect(noReason).toMatchObject({ ok: false, error: { inputField: 'reason' } });
    const noName = await t.api.dispatch('dossier.edit', { id: c.id, expectedVersion: 3, changes: { applicantName: ' ' }, reason: 'x' });
    expect(noName).toMatchObject({ ok: false, error: { inputField: 'applicantName', message: 'Hãy nhập họ và tên người nộp hồ sơ.' } });
  });

  it('edits several fields in one version, recomputes the due date for a new procedure, and keeps it in the history', async () => {
    const t = await testApi('2026-03-04 09:00');
    const d = await t.call('dossier.create', dossierInput('Trần Văn Bình', '2026-03-02 08:00'));
    expect(d.due).toBe('2026-03-09');
    const same = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 1, changes: { applicantName: 'Trần Văn Bình' }, reason: 'x' });
    expect(same.ok === false && same.error.message).toBe('Không có thông tin nào thay đổi.');
    const noReason = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 1, changes: { phone: '0912000111' }, reason: ' ' });
    expect(noReason.ok === false && noReason.error.message).toContain('lý do');
    const edited = await t.call('dossier.edit', {
      id: d.id,
      expectedVersion: 1,
      changes: { applicantName: 'Trần Văn Bính', phone: '0912000111', receivedAt: '2026-03-02 16:00', procedureCode: '1.001193' },
      reason: 'Ghi nhầm',
    });
    // same day procedure received after 15:00: due the next working day
    expect(edited).toMatchObject({ version: 2, procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', applicantName: 'Trần Văn Bính', receivedAt: '2026-03-02 16:00', due: '2026-03-03' });
    const event = edited.timeline.find((e) => e.action === 'edit');
    expect(event?.title).toBe('Sửa thông tin hồ sơ (nhiều mục)');
    expect(event?.details.join('\n')).toContain('Đăng ký khai sinh');
    const stale = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 1, changes: { note: 'x' }, reason: 'x' });
    expect(stale.ok).toBe(false);

    await t.call('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'result_ready', on: '2026-03-03', lateCause: '', digitisedResult: false, storedResult: false } });
    const ended = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 3, changes: { procedureCode: '1.004884' }, reason: 'x' });
    expect(ended.ok === false && ended.error.message).toContain('không đổi được thủ tục');
  });

  it('finds the citizen by the exact identity number only, with the open dossiers', async () => {
    const t = await testApi('2026-03-04 09:00');
    const open = await t.call('dossier.create', { ...dossierInput('Phạm Thị Lan', '2026-03-02 08:00'), idNumber: '046190000123' });
    const done = await t.call('dossier.create', { ...dossierInput('Phạm Thị Lan', '2026-03-02 09:00'), idNumber: '046190000123' });
    await t.call('dossier.create', { ...dossierInput('Người khác', '2026-03-02 10:00'), idNumber: '046190000124' });
    await t.call('dossier.act', { id: done.id, expectedVersion: 1, action: { kind: 'result_ready', on: '2026-03-03', lateCause: '', digitisedResult: false, storedResult: false } });
    const found = await t.call('citizen.lookup', { idNumber: '046 190 000 123' });
    expect(found.known).toMatchObject({ applicantName: 'Phạm Thị Lan', phone: '0912345678', address: 'thôn 2', dossierCount: 2 });
    expect(found.openDossiers.map((d) => d.id)).toEqual([open.id]);
    expect(found.readyDossiers.map((d) => d.id)).toEqual([done.id]); // the result waiting for them
    await t.call('dossier.act', { id: done.id, expectedVersion: 2, action: { kind: 'returned', on: '2026-03-04', rating: null } });
    expect((await t.call('citizen.lookup', { idNumber: '046190000123' })).readyDossiers).toEqual([]);
    expect((await t.call('citizen.lookup', { idNumber: '046190000' })).known).toBeNull();
    expect((await t.call('citizen.lookup', { idNumber: '999999999999' })).known).toBeNull();
  });

  it('keeps the papers of a procedure, starting from the shipped list', async () => {
    const t = await testApi('2026-03-04 09:00');
    expect(await t.call('catalogue.documents', { code: '1.001193' })).toMatchObject({ source: 'default', documents: [{ name: 'Tờ khai đăng ký khai sinh' }, { name: 'Giấy chứng sinh' }] });
    expect((await t.call('catalogue.documents', { code: '1.004837' })).source).toBe('none');
    const set = await t.call('catalogue.setDocuments', { code: '1.004837', documents: [{ name: 'Tờ khai đăng ký giám hộ', form: 'Bản chính', quantity: 1 }] });
    expect(set).toMatchObject({ source: 'office', documents: [{ name: 'Tờ khai đăng ký giám hộ' }] });
    const unknown = await t.api.dispatch('catalogue.setDocuments', { code: '9.999999', documents: [] });
    expect(unknown.ok === false && unknown.error.message).toContain('Không có thủ tục mã');
  });
});
