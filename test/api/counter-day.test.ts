// The counter's commands through the real API (issue 12): a reception before 2000 refused in Vietnamese
// (it crashed in English), editing several fields in one save, the citizen found by the exact CCCD, the
// required papers per procedure.
import { describe, expect, it } from 'vitest';
import { dossierInput, testApi } from './helpers';

describe('the counter through the API', () => {
  it('refuses a reception before 2000 with a Vietnamese message, writing nothing', async () => {
    const t = await testApi('2026-03-04 09:00');
    const r = await t.api.dispatch('dossier.create', dossierInput('Nguyễn Văn A', '1926-12-03 09:00'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toBe('Ngày tiếp nhận 03/12/1926 quá xa trong quá khứ: sổ chỉ ghi hồ sơ tiếp nhận từ năm 2000.');
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(0);
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
