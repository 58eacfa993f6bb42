// The chairman's text and sign-off through the API: the text is kept per period and pre-filled from the
// previous one; signing needs the PIN, freezes the figures, locks the text, and later edits to the
// period's dossiers show as corrections.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ledgerFingerprint, testApi } from './helpers';
import { FIXTURE_CSV } from '../support/domain-fixtures';

const FIXTURE = FIXTURE_CSV;
const Q1 = { period: '2024-Q1', rule: 'nd09' as const };

describe('sign-off', () => {
  it('needs the PIN, freezes the figures and lists later changes as corrections', async () => {
    const t = await testApi('2024-03-15 08:00');
    const plan = await t.call('import.plan', { fileName: 'f.csv', contentBase64: readFileSync(FIXTURE).toString('base64') });
    await t.call('import.apply', { planId: plan.planId, update: false });

    const draft = await t.call('report.narrative', Q1);
    expect(draft.sections.length).toBeGreaterThan(2);
    const written = draft.sections.map((s, i) => (i === 0 ? { ...s, text: 'Ủy ban nhân dân xã đã ban hành kế hoạch kiểm soát thủ tục hành chính năm 2024.' } : s));
    await t.call('report.saveNarrative', { ...Q1, sections: written });
    expect((await t.call('report.narrative', { period: '2024-Q2', rule: 'nd09' })).sections[0]?.text).toContain('kế hoạch kiểm soát');

    const noPin = await t.api.dispatch('report.signOff', { ...Q1, signerName: 'Lê Văn Hùng', pin: '482913' });
    expect(noPin).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Chưa đặt mã PIN') } });
    const weak = await t.api.dispatch('settings.setChairmanPin', { currentPin: null, newPin: '123456' });
    expect(weak).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('quá dễ đoán') } });
    expect(await t.call('settings.setChairmanPin', { currentPin: null, newPin: '482913' })).toEqual({ hasChairmanPin: true });
    expect((await t.call('settings.get', {})).hasChairmanPin).toBe(true);

    const before = ledgerFingerprint(t.file);
    const wrong = await t.api.dispatch('report.signOff', { ...Q1, signerName: 'Lê Văn Hùng', pin: '000000' });
    expect(wrong).toMatchObject({ ok: false, error: { message: 'Mã PIN không đúng; kỳ báo cáo chưa được ký duyệt. Còn 4 lần thử trước khi bị tạm khóa 5 phút.' } });
    expect(ledgerFingerprint(t.file)).toBe(before);

    const signed = await t.call('report.signOff', { ...Q1, signerName: 'Lê Văn Hùng', pin: '482913' });
    expect(signed.signoff?.signer).toBe('Lê Văn Hùng');
    expect(signed.report.total.pending).toBe(15);

    // A pending dossier of the period is found, after the sign-off, to have had its result on the period's last day.
    const pending = await t.call('report.cell', { ...Q1, key: 'pending', field: null });
    const first = pending.items[0];
    if (!first) throw new Error('no pending dossier');
    const d = await t.call('dossier.get', { id: first.id });
    await t.call('dossier.act', { id: d.id, expectedVersion: d.version, action: { kind: 'result_ready', on: '2024-03-14', lateCause: '', digitisedResult: false, storedResult: false } });
    const after = await t.call('report.compile', Q1);
    expect(after.report.total.pending).toBe(15);
    expect(after.current?.total.pending).toBe(14);
    expect(after.corrections).toHaveLength(1);
    expect(after.corrections[0]).toMatchObject({ code: d.code, kind: 'changed' });
    expect(after.corrections[0]?.text).toContain('Ngày có kết quả');

    const locked = await t.api.dispatch('report.saveNarrative', { ...Q1, sections: written });
    expect(locked).toMatchObject({ ok: false, error: { message: expect.stringContaining('đã được ký duyệt') } });
    const again = await t.api.dispatch('report.signOff', { ...Q1, signerName: 'Lê Văn Hùng', pin: '482913' });
    expect(again.ok).toBe(false);
    const pdf = await t.call('report.export', { ...Q1, format: 'pdf' });
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
