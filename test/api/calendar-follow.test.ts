// The calendar through the API (issue 10): a year without an official schedule makes every due date
// counted in it provisional — at intake, on the dossier, on the alerts board and on the printed Mẫu 01 —
// until the office enters the notice; an office edit moves the stored due dates and says how many.
import { describe, expect, it } from 'vitest';
import { readPdf } from '../documents/read-pdf';
import { dossierInput, testApi } from './helpers';

describe('calendar and stored due dates through the API', () => {
  it('marks a due date counted into 2028 as provisional everywhere until the notice is entered', async () => {
    const t = await testApi('2027-12-29 10:00');
    const preview = await t.call('deadline.preview', { procedureCode: '1.004873', receivedAt: '2027-12-29 09:00' });
    expect(preview.provisional).toContain('chưa có lịch nghỉ chính thức năm 2028');
    expect(preview.explanation.at(-1)).toContain('Hạn trả tạm tính');

    const d = await t.call('dossier.create', dossierInput('Lê Thị Hạnh', '2027-12-29 09:00', '1.004873'));
    expect(d.dueProvisional).toContain('năm 2028');
    t.setNow('2028-01-03 08:00');
    const board = await t.call('alerts.board', {});
    const line = [...board.groups.due_today, ...board.groups.due_soon].find((i) => i.id === d.id);
    expect(line?.dueProvisional).toBe(true);

    const receipt = await t.call('forms.render', { id: d.id, form: 'mau01' });
    const text = (await readPdf(Buffer.from(receipt.contentBase64, 'base64'))).map((p) => p.text).join('\n');
    expect(text).toContain('Ngày hẹn trả tạm tính: lịch nghỉ lễ, Tết năm 2028 chưa được công bố');

    const year = await t.call('calendar.year', { year: 2028 });
    expect(year.schedule).toBeNull();
    await t.call('calendar.addNotice', { year: 2028, source: 'Thông báo số 1/TB-BNV ngày 01/11/2027' });
    expect((await t.call('calendar.year', { year: 2028 })).schedule?.source).toBe('Thông báo số 1/TB-BNV ngày 01/11/2027');
    expect((await t.call('dossier.get', { id: d.id })).dueProvisional).toBeNull();
    expect((await t.call('deadline.preview', { procedureCode: '1.004873', receivedAt: '2027-12-29 09:00' })).provisional).toBeNull();
    const plain = await t.call('forms.render', { id: d.id, form: 'mau01' });
    expect((await readPdf(Buffer.from(plain.contentBase64, 'base64'))).map((p) => p.text).join('\n')).not.toContain('tạm tính');
  });

  it('an office edit moves the stored due dates, says how many, and shows in the dossier history', async () => {
    const t = await testApi('2026-12-01 10:00');
    const d = await t.call('dossier.create', dossierInput('Phan Văn Đức', '2026-12-01 09:00', '1.004873'));
    expect(d.due).toBe('2026-12-04');
    const year = await t.call('calendar.year', { year: 2026 });
    const culture = year.specialDays.find((s) => s.date === '2026-11-24');
    expect(culture).toMatchObject({ source: 'culture_day', working: false, sourceLabel: 'Ngày Văn hóa Việt Nam (Nghị quyết 28/2026/QH16)' });
    expect(culture?.basis).toContain('Điều 2');
    expect(year.schedule?.source).toContain('9441/TB-BNV');

    const added = await t.call('calendar.addEdit', { date: '2026-12-03', kind: 'off', reason: 'Nghỉ do bão số 15' });
    expect(added.recompute).toEqual({ moved: 1, corrections: 0, summary: ['04/12/2026 → 07/12/2026: 1 hồ sơ'] });
    const moved = await t.call('dossier.get', { id: d.id });
    expect(moved.due).toBe('2026-12-07');
    const event = moved.timeline.at(-1);
    expect(event?.title).toBe('Tính lại hạn trả theo lịch nghỉ mới');
    expect(event?.details).toContain('Lý do: Hạn trả đổi từ 04/12/2026 sang 07/12/2026 do thay đổi lịch làm việc của cơ quan: 03/12/2026 thành ngày nghỉ (Nghỉ do bão số 15)');

    const removed = await t.call('calendar.removeEdit', { id: added.edit.id });
    expect(removed).toMatchObject({ removed: true, recompute: { moved: 1 } });
    expect((await t.call('dossier.get', { id: d.id })).due).toBe('2026-12-04');
  });
});
