// The Hồ sơ actions through the API: each is a new version with its history event, refused when the
// dossier's state does not allow it, and the stored due date follows the rules module.
import { describe, expect, it } from 'vitest';
import { OPERATOR, dossierInput, ledgerFingerprint, testApi } from './helpers';

describe('dossier actions', () => {
  it('pause and resume the clock for a supplement (rules.md §3) and keep what was asked for', async () => {
    const t = await testApi('2024-03-12 10:00');
    const d = await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    expect(d).toMatchObject({ baseDue: '2024-03-11', due: '2024-03-11', actions: ['hand_over', 'supplement_request', 'result_ready', 'end', 'extension', 'correct'] });
    const waiting = await t.call('dossier.act', {
      id: d.id,
      expectedVersion: 1,
      action: { kind: 'supplement_request', on: '2024-03-06', items: [{ document: 'Bản sao CCCD của cha', reason: 'Mờ' }] },
    });
    expect(waiting).toMatchObject({ due: null, version: 2, state: { kind: 'waiting' }, actions: ['hand_over', 'supplement_return', 'end', 'correct'], forms: ['mau01', 'mau02'] });
    const back = await t.call('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'supplement_return', on: '2024-03-11' } });
    expect(back).toMatchObject({ due: '2024-03-14', baseDue: '2024-03-11', version: 3, state: { kind: 'pending_in_time' } });
    expect(back.dueExplanation.join('\n')).toContain('lùi hạn 3 ngày làm việc');
    const event = back.timeline.find((e) => e.action === 'supplement_request');
    expect(event?.details).toContain('Giấy tờ cần bổ sung: Bản sao CCCD của cha (Mờ)');
    const mau02 = await t.call('forms.render', { id: d.id, form: 'mau02' });
    expect(Buffer.from(mau02.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('count a second supplement request as late, whatever the dates (766 system)', async () => {
    const t = await testApi('2024-03-29 10:00');
    const d = await t.call('dossier.create', dossierInput('Trần Văn Bình', '2024-03-04 09:00'));
    let v = d.version;
    for (const [on, back] of [
      ['2024-03-05', '2024-03-06'],
      ['2024-03-07', '2024-03-08'],
    ] as const) {
      v = (await t.call('dossier.act', { id: d.id, expectedVersion: v, action: { kind: 'supplement_request', on, items: [{ document: 'Tờ khai', reason: '' }] } })).version;
      v = (await t.call('dossier.act', { id: d.id, expectedVersion: v, action: { kind: 'supplement_return', on: back } })).version;
    }
    const done = await t.call('dossier.act', { id: d.id, expectedVersion: v, action: { kind: 'result_ready', on: '2024-03-12', lateCause: 'Hồ sơ phải bổ sung hai lần', digitisedResult: true, storedResult: false } });
    expect(done.state.kind).toBe('late');
    expect(done.due).toBe('2024-03-13');
    expect(done.lateCause).toBe('Hồ sơ phải bổ sung hai lần');
    expect(done.actions).toEqual(['returned', 'correct']);
  });

  it('record a hand-over in the history even though no column changes', async () => {
    const t = await testApi('2024-03-05 10:00');
    const d = await t.call('dossier.create', dossierInput('Lê Văn Cường', '2024-03-04 09:00'));
    const after = await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'hand_over', on: '2024-03-05', to: 'Công chức Tư pháp – Hộ tịch', note: 'Chuyển bản giấy' } });
    expect(after.version).toBe(2);
    const event = after.timeline[1];
    expect(event).toMatchObject({ action: 'hand_over', title: 'Chuyển hồ sơ cho người xử lý', actor: OPERATOR, atText: '10:00 ngày 05/03/2024' });
    expect(event?.details).toEqual(['Ngày chuyển: 05/03/2024', 'Chuyển cho: Công chức Tư pháp – Hộ tịch', 'Ghi chú: Chuyển bản giấy']);
  });

  it('allow one extension, which moves the promise but not the classification (rules.md §4)', async () => {
    const t = await testApi('2024-03-08 10:00');
    const d = await t.call('dossier.create', dossierInput('Phạm Thị Dung', '2024-03-04 09:00'));
    const ext = await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'extension', apologyOn: '2024-03-08', newDue: '2024-03-15', reason: 'Chờ xác minh của xã khác' } });
    expect(ext).toMatchObject({ due: '2024-03-11', extensionDue: '2024-03-15', apologyOn: '2024-03-08', forms: ['mau01', 'mau04'] });
    expect(ext.actions).not.toContain('extension');
    const before = ledgerFingerprint(t.file);
    const again = await t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'extension', apologyOn: '2024-03-08', newDue: '2024-03-20', reason: 'Lần hai' } });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.error.message).toContain('chỉ gia hạn một lần');
    expect(ledgerFingerprint(t.file)).toBe(before);
    t.setNow('2024-03-14 10:00');
    const done = await t.call('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'result_ready', on: '2024-03-14', lateCause: '', digitisedResult: false, storedResult: false } });
    expect(done.state).toMatchObject({ kind: 'late', workingDaysLate: 3 });
    const mau04 = await t.call('forms.render', { id: d.id, form: 'mau04' });
    expect(mau04.fileName).toBe(`Mau04-xin-loi-gia-han-${d.code}.pdf`);
  });

  it('name the field each refusal is about, so the dialog marks that box', async () => {
    const t = await testApi('2024-03-12 10:00');
    const d = await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-06 09:00'));
    const before = ledgerFingerprint(t.file);
    const act = (action: Parameters<typeof t.call<'dossier.act'>>[1]['action']) => t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 1, action });
    expect(await act({ kind: 'hand_over', on: '2024-03-05', to: 'Tư pháp', note: '' })).toMatchObject({
      ok: false,
      error: { code: 'rejected', inputField: 'on', message: 'Ngày chuyển hồ sơ 05/03/2024 không được trước ngày tiếp nhận (06/03/2024).' },
    });
    expect(await act({ kind: 'extension', apologyOn: '2024-03-14', newDue: '2024-03-20', reason: 'Chờ xác minh' })).toMatchObject({ ok: false, error: { inputField: 'apologyOn' } });
    expect(await act({ kind: 'extension', apologyOn: '2024-03-12', newDue: '2024-03-12', reason: 'Chờ xác minh' })).toMatchObject({ ok: false, error: { inputField: 'newDue' } });
    // what the contract refuses names its field too
    expect(await act({ kind: 'hand_over', on: '2024-03-07', to: ' ', note: '' })).toMatchObject({ ok: false, error: { code: 'invalid', inputField: 'to' } });
    expect(await act({ kind: 'supplement_request', on: '2024-03-07', items: [] })).toMatchObject({ ok: false, error: { code: 'invalid', inputField: 'items' } });
    expect(ledgerFingerprint(t.file)).toBe(before);
  });

  it('refuse actions the state does not allow, and record corrections with their reason', async () => {
    const t = await testApi('2024-03-12 10:00');
    const d = await t.call('dossier.create', dossierInput('Hoàng Văn Em', '2024-03-04 09:00'));
    const ended = await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'end', ending: 'rut', on: '2024-03-05', reason: 'Công dân xin rút' } });
    expect(ended.state.kind).toBe('withdrawn');
    const refused = await t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'supplement_request', on: '2024-03-06', items: [{ document: 'x', reason: '' }] } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rejected', message: `Không thể yêu cầu bổ sung hồ sơ ${d.code}: hồ sơ đã kết thúc.` } });
    const fixed = await t.call('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'correct', field: 'receivedAt', value: '2024-03-04 16:30', reason: 'Ghi nhầm giờ' } });
    expect(fixed.receivedAt).toBe('2024-03-04 16:30');
    const correction = fixed.timeline[fixed.timeline.length - 1];
    expect(correction?.details).toContain('Lý do: Ghi nhầm giờ');
    expect(correction?.details).toContain('Thời điểm tiếp nhận: 09:00 04/03/2024 → 16:30 04/03/2024');
    const badChannel = await t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 3, action: { kind: 'correct', field: 'channel', value: 'fax', reason: 'x' } });
    expect(badChannel).toMatchObject({ ok: false, error: { message: 'Hình thức nộp "fax" không hợp lệ.' } });
  });
});
