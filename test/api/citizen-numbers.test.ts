// The identity number and phone checks are the API's, not only the form's (issue 12): the intake and edit
// commands refuse a number that does not look like a CCCD / CMND or a Vietnamese phone, naming the field in
// Vietnamese and writing nothing, unless the request carries the desk's explicit "keep this number".
import { describe, expect, it } from 'vitest';
import { dossierInput, testApi } from './helpers';

describe('citizen numbers checked by the API', () => {
  it('refuses an invalid CCCD or phone at intake, writing nothing', async () => {
    const t = await testApi('2026-03-04 09:00');
    const id = await t.api.dispatch('dossier.create', { ...dossierInput('Nguyễn Văn A', '2026-03-04 08:00'), idNumber: '12345' });
    expect(id.ok === false && id.error.message).toContain('Số định danh có 5 chữ số: CCCD gồm 12 chữ số, CMND gồm 9 chữ số.');
    expect(id.ok === false && id.error.message).toContain('Vẫn ghi số này');
    const phone = await t.api.dispatch('dossier.create', { ...dossierInput('Nguyễn Văn A', '2026-03-04 08:00'), phone: 'abc' });
    expect(phone.ok === false && phone.error.message).toContain('Số điện thoại "abc" không đúng số Việt Nam');
    const both = await t.api.dispatch('dossier.create', { ...dossierInput('Nguyễn Văn A', '2026-03-04 08:00'), idNumber: '12a', phone: '123' });
    expect(both.ok === false && both.error.message).toMatch(/Số định danh.*Số điện thoại/s);
    // a confirmation of the other field does not keep this one
    const other = await t.api.dispatch('dossier.create', { ...dossierInput('Nguyễn Văn A', '2026-03-04 08:00'), phone: 'abc', confirmedNumbers: { idNumber: true } });
    expect(other.ok).toBe(false);
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(0);
  });

  it('keeps an unusual number the desk confirmed, and accepts valid ones written with spaces, dots or +84', async () => {
    const t = await testApi('2026-03-04 09:00');
    const passport = await t.call('dossier.create', {
      ...dossierInput('John Smith', '2026-03-04 08:00'),
      idNumber: 'C1234567',
      phone: '+1 202 555 0100',
      confirmedNumbers: { idNumber: true, phone: true },
    });
    expect(passport).toMatchObject({ idNumber: 'C1234567', phone: '+1 202 555 0100' });
    const spaced = await t.call('dossier.create', { ...dossierInput('Lê Thị B', '2026-03-04 08:30'), idNumber: '046 190 000 123', phone: '+84 912.345.678' });
    expect(spaced.version).toBe(1);
    const cmnd = await t.call('dossier.create', { ...dossierInput('Lê Văn C', '2026-03-04 08:40'), idNumber: '190123678', phone: '024 3825 1234' });
    expect(cmnd.version).toBe(1);
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(3);
  });

  it('refuses an invalid number changed by an edit unless confirmed, and lets a dossier keep its unusual number', async () => {
    const t = await testApi('2026-03-04 09:00');
    const d = await t.call('dossier.create', { ...dossierInput('Trần Văn Bình', '2026-03-02 08:00'), idNumber: 'B7654321', confirmedNumbers: { idNumber: true } });
    const bad = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 1, changes: { phone: '0912' }, reason: 'Ghi nhầm' });
    expect(bad.ok === false && bad.error.message).toContain('Số điện thoại "0912" không đúng số Việt Nam');
    expect((await t.call('dossier.get', { id: d.id })).version).toBe(1);
    // the passport number stays as it is while another field changes
    const address = await t.call('dossier.edit', { id: d.id, expectedVersion: 1, changes: { idNumber: 'B7654321', address: 'thôn 3' }, reason: 'Chuyển nhà' });
    expect(address).toMatchObject({ version: 2, idNumber: 'B7654321', address: 'thôn 3' });
    const kept = await t.call('dossier.edit', { id: d.id, expectedVersion: 2, changes: { phone: '0912' }, reason: 'Số nội bộ', confirmedNumbers: { phone: true } });
    expect(kept).toMatchObject({ version: 3, phone: '0912' });
    const cccd = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 3, changes: { idNumber: '04619000012' }, reason: 'Đổi sang CCCD' });
    expect(cccd.ok === false && cccd.error.message).toContain('Số định danh có 11 chữ số');
  });

  it('checks the single-field correction of dossier.act the same way', async () => {
    const t = await testApi('2026-03-04 09:00');
    const d = await t.call('dossier.create', dossierInput('Lê Thị Hoa', '2026-03-02 08:00'));
    const bad = await t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'correct', field: 'idNumber', value: '123', reason: 'x' } });
    expect(bad.ok === false && bad.error.message).toContain('Số định danh có 3 chữ số');
    const kept = await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'correct', field: 'idNumber', value: 'P998877', reason: 'Hộ chiếu', confirmedNumber: true } });
    expect(kept).toMatchObject({ version: 2, idNumber: 'P998877' });
  });
});
