// The desk's daily lists go by the date promised to the citizen: once a Mẫu 04 letter gave a new date,
// the dossier leaves "đến hạn" on its original day and comes back on the new one (rules.md §4: the
// extension changes the promise, not the classification).
import { describe, expect, it } from 'vitest';
import { dossierInput, testApi } from './helpers';

describe('the daily lists and an extended dossier', () => {
  it('lists it under the new date of its apology letter, not the original due date', async () => {
    const t = await testApi('2024-03-08 08:00');
    // 1.004884: 5 working days from Mon 04/03 → due Mon 11/03, the next working day after Fri 08/03.
    const d = await t.call('dossier.create', dossierInput('Trần Văn Bình', '2024-03-04 09:00'));
    const other = await t.call('dossier.create', dossierInput('Lê Thị Cúc', '2024-03-04 10:00'));
    const box = async (name: 'due_today' | 'due_next_day') => (await t.call('daily.lists', {})).boxes[name].map((line) => line.id);
    expect(await box('due_next_day')).toEqual([d.id, other.id]);

    await t.call('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'extension', apologyOn: '2024-03-08', newDue: '2024-03-15', reason: 'Chờ xác minh của xã khác' } });
    expect(await box('due_next_day')).toEqual([other.id]);

    t.setNow('2024-03-14 08:00'); // Thu: Fri 15/03 is the next working day
    expect(await box('due_next_day')).toEqual([d.id]);
    expect(await box('due_today')).toEqual([]);
    t.setNow('2024-03-15 08:00');
    expect(await box('due_today')).toEqual([d.id]);
  });
});
