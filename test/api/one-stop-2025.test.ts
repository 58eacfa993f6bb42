// The 2025 one-stop rules through the API (shared/deadline/README.md): the apology at the latest one working
// day before the due date and one new date only; stopping only before a result; the online clock start
// kept in each dossier's rule snapshot; one supplement policy stated alike on Mẫu 02 and the screens; the
// office's default name.
import { describe, expect, it } from 'vitest';
import { readPdf, squash } from '../documents/read-pdf';
import { UNIT, dossierInput, ledgerFingerprint, testApi } from './helpers';

async function pdfText(contentBase64: string): Promise<string> {
  const pages = await readPdf(Buffer.from(contentBase64, 'base64'));
  return squash(pages.map((p) => p.text).join(' '));
}

describe('apology and new date (Mẫu 04)', () => {
  it('is refused once the last working day before the due date has passed, with that day in the message', async () => {
    // 5 working days from Mon 04/03/2024 → due Mon 11/03; the letter is due by Fri 08/03.
    const t = await testApi('2024-03-09 10:00');
    const d = await t.call('dossier.create', dossierInput('Phạm Thị Dung', '2024-03-04 09:00'));
    expect(d).toMatchObject({ due: '2024-03-11', apologyDeadline: '2024-03-08' });
    const before = ledgerFingerprint(t.file);
    const late = await t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'extension', apologyOn: '2024-03-09', newDue: '2024-03-15', reason: 'Chờ xác minh' } });
    expect(late).toMatchObject({
      ok: false,
      error: {
        code: 'rejected',
        message: `Không thể gia hạn hồ sơ ${d.code}: văn bản xin lỗi và hẹn lại ngày trả (Mẫu 04) phải gửi chậm nhất 01 ngày làm việc trước hạn trả 11/03/2024, tức là chậm nhất ngày 08/03/2024.`,
      },
    });
    expect(ledgerFingerprint(t.file)).toBe(before);
    const onTime = await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'extension', apologyOn: '2024-03-08', newDue: '2024-03-15', reason: 'Chờ xác minh' } });
    expect(onTime).toMatchObject({ extensionDue: '2024-03-15', apologyOn: '2024-03-08', apologyDeadline: null });
  });

  it('gives a new date only once: a second extension is refused, nothing written', async () => {
    const t = await testApi('2024-03-07 10:00');
    const d = await t.call('dossier.create', dossierInput('Lê Văn Cường', '2024-03-04 09:00'));
    await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'extension', apologyOn: '2024-03-07', newDue: '2024-03-15', reason: 'Chờ xác minh' } });
    const before = ledgerFingerprint(t.file);
    const again = await t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'extension', apologyOn: '2024-03-07', newDue: '2024-03-20', reason: 'Lần hai' } });
    expect(again).toMatchObject({
      ok: false,
      error: { message: `Không thể gia hạn hồ sơ ${d.code}: hồ sơ đã được hẹn lại ngày trả một lần (ngày hẹn mới 15/03/2024); mỗi hồ sơ chỉ gia hạn một lần.` },
    });
    expect(ledgerFingerprint(t.file)).toBe(before);
  });
});

describe('stopping at the citizen’s request (Mẫu 05)', () => {
  it('is allowed before a result, and refused with a clear message once a result exists', async () => {
    const t = await testApi('2024-03-08 10:00');
    const open = await t.call('dossier.create', dossierInput('Hoàng Văn Em', '2024-03-04 09:00'));
    const stopped = await t.call('dossier.act', { id: open.id, expectedVersion: 1, action: { kind: 'end', ending: 'dung', on: '2024-03-06', reason: 'Công dân đề nghị dừng' } });
    expect(stopped).toMatchObject({ ending: 'dung', endedOn: '2024-03-06', state: { kind: 'stopped' } });

    const done = await t.call('dossier.create', dossierInput('Võ Thị Lan', '2024-03-04 10:00'));
    await t.call('dossier.act', { id: done.id, expectedVersion: 1, action: { kind: 'result_ready', on: '2024-03-07', lateCause: '', digitisedResult: false, storedResult: false } });
    const before = ledgerFingerprint(t.file);
    const refused = await t.api.dispatch('dossier.act', { id: done.id, expectedVersion: 2, action: { kind: 'end', ending: 'dung', on: '2024-03-08', reason: 'Công dân đề nghị dừng' } });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: `Không thể dừng giải quyết hồ sơ ${done.code}: hồ sơ đã có kết quả giải quyết ngày 07/03/2024; chỉ được dừng giải quyết khi chưa có quyết định hoặc kết quả.` },
    });
    const withdraw = await t.api.dispatch('dossier.act', { id: done.id, expectedVersion: 2, action: { kind: 'end', ending: 'rut', on: '2024-03-08', reason: 'Xin rút' } });
    expect(withdraw.ok).toBe(false);
    expect(ledgerFingerprint(t.file)).toBe(before);
  });

  it('is allowed while the dossier waits for the citizen’s supplement (no result yet)', async () => {
    const t = await testApi('2024-03-08 10:00');
    const d = await t.call('dossier.create', dossierInput('Bùi Thị Thu', '2024-03-04 09:00'));
    const waiting = await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'supplement_request', on: '2024-03-05', items: [{ document: 'Tờ khai', reason: 'Thiếu chữ ký' }] } });
    expect(waiting.actions).toContain('end');
    const stopped = await t.call('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'end', ending: 'dung', on: '2024-03-08', reason: 'Công dân đề nghị dừng' } });
    expect(stopped.state.kind).toBe('stopped');
  });
});

describe('online dossiers after 17:00 or on a day off (office setting, on by default)', () => {
  const online = (name: string, receivedAt: string) => ({ ...dossierInput(name, receivedAt, '1.004873'), channel: 'truc_tuyen_toan_trinh' as const });

  it('start at the next working day’s opening; the rule stays with the dossier when the setting changes', async () => {
    const t = await testApi('2024-03-11 09:00');
    expect((await t.call('settings.get', {})).onlineNextDayStart).toBe(true);
    // 3 working days; Saturday 09/03/2024 counts as Monday 11/03 07:30, Monday not counted → Thu 14/03.
    const early = await t.call('dossier.create', online('Đặng Văn Sơn', '2024-03-09 10:00'));
    expect(early.due).toBe('2024-03-14');
    expect(early.dueExplanation).toContain('Thứ Hai 11/03/2024 07:30 — coi như tiếp nhận (hồ sơ trực tuyến). Ngày tiếp nhận: không tính (Bộ luật Dân sự 2015, Điều 147)');
    const paper = await t.call('dossier.create', { ...dossierInput('Trần Văn Bình', '2024-03-09 10:00', '1.004873') });
    expect(paper.due).toBe('2024-03-13');

    await t.call('settings.update', { onlineNextDayStart: false });
    const later = await t.call('dossier.create', online('Nguyễn Thị Hoà', '2024-03-09 11:00'));
    expect(later.due).toBe('2024-03-13');
    // The dossier received under the rule keeps it: its explanation and any recount from its snapshot.
    const kept = await t.call('dossier.get', { id: early.id });
    expect(kept).toMatchObject({ due: '2024-03-14', baseDue: '2024-03-14' });
    expect(kept.dueExplanation.join('\n')).toContain('coi như tiếp nhận (hồ sơ trực tuyến)');
    expect(kept.dueExplanation.join('\n')).not.toContain('theo sổ đã nhập');
  });

  it('the reception preview gives the date the dossier will get, for its channel', async () => {
    const t = await testApi('2024-03-11 09:00');
    const preview = await t.call('deadline.preview', { procedureCode: '1.004873', receivedAt: '2024-03-09 10:00', channel: 'truc_tuyen_toan_trinh' });
    const paperPreview = await t.call('deadline.preview', { procedureCode: '1.004873', receivedAt: '2024-03-09 10:00' });
    const created = await t.call('dossier.create', online('Đặng Văn Sơn', '2024-03-09 10:00'));
    expect([preview.due, paperPreview.due, created.due]).toEqual(['2024-03-14', '2024-03-13', '2024-03-14']);
  });

  it('follows a channel correction: a dossier corrected to paper counts from its reception', async () => {
    const t = await testApi('2024-03-11 09:00');
    const d = await t.call('dossier.create', online('Đặng Văn Sơn', '2024-03-09 10:00'));
    const fixed = await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'correct', field: 'channel', value: 'truc_tiep', reason: 'Nộp trực tiếp, ghi nhầm' } });
    expect(fixed).toMatchObject({ channel: 'truc_tiep', baseDue: '2024-03-13', due: '2024-03-13' });
    expect(fixed.dueExplanation.join('\n')).not.toContain('hồ sơ trực tuyến');
  });
});

describe('the supplement policy is one setting, stated alike everywhere', () => {
  it('Mẫu 02, the dossier screen and the explanation follow it: pause by default, restart when chosen', async () => {
    const t = await testApi('2024-03-12 10:00');
    const d = await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'supplement_request', on: '2024-03-06', items: [{ document: 'Bản sao CCCD', reason: 'Mờ' }] } });
    const back = await t.call('dossier.act', { id: d.id, expectedVersion: 2, action: { kind: 'supplement_return', on: '2024-03-11' } });
    const pause = 'Thời gian chờ bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết: thời hạn tạm dừng từ ngày sau ngày yêu cầu và được tính tiếp từ ngày nhận đủ hồ sơ bổ sung.';
    expect(back.supplementRule).toBe(pause);
    expect(back.due).toBe('2024-03-14');
    const pausedForm = await pdfText((await t.call('forms.render', { id: d.id, form: 'mau02' })).contentBase64);
    expect(pausedForm).toContain(squash(pause));
    expect(pausedForm).not.toContain('tính lại');

    await t.call('settings.update', { pauseRule: 'restart' });
    const restart = 'Thời hạn giải quyết được tính lại từ đầu kể từ ngày nhận đủ hồ sơ bổ sung, hoàn thiện.';
    const view = await t.call('dossier.get', { id: d.id });
    expect(view.supplementRule).toBe(restart);
    expect(view.dueExplanation.join('\n')).toContain('tính lại từ đầu');
    const restartForm = await pdfText((await t.call('forms.render', { id: d.id, form: 'mau02' })).contentBase64);
    expect(restartForm).toContain(squash(restart));
    expect(restartForm).not.toContain('tạm dừng');
  });
});

describe('the office name at set-up', () => {
  it('defaults to the commune’s public service centre for an office set up since 1/7/2025', async () => {
    const t = await testApi('2026-12-03 09:00');
    expect((await t.call('settings.get', {})).officeName).toBe('Trung tâm Phục vụ hành chính công xã Hương Hữu');
  });
  it('keeps the older name before 1/7/2025, and takes the one given', async () => {
    const before = await testApi('2025-06-30 16:00');
    expect((await before.call('settings.get', {})).officeName).toBe('Bộ phận Tiếp nhận và Trả kết quả');
    const given = await testApi('2026-12-03 09:00', { kind: 'web' }, false);
    await given.call('setup.complete', { ...UNIT, officeName: 'Bộ phận Một cửa xã Hương Hữu' });
    expect((await given.call('settings.get', {})).officeName).toBe('Bộ phận Một cửa xã Hương Hữu');
  });
});
