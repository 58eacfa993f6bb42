// "Liên thông" at the desk (issue 13): logged at intake, shown on the Hồ sơ view, changed in the
// multi-field edit with its history line, and listed by the lien-thong list of the period.
import { describe, expect, it } from 'vitest';
import { createInterconnectionRepository } from '../../electron/ledger';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { periodList } from '../../electron/services/period-lists';
import { resolvePeriodRequest } from '../../electron/services/report-service';
import { dossierInput, testApi } from './helpers';

function interconnectedCodes(file: string): Array<[string, string]> {
  const session = openLedgerSession(file, { actor: 't' });
  try {
    const period = resolvePeriodRequest(session, { period: '2026-Q1' });
    return periodList(session, period, 'lien-thong').map((i) => [i.row.code, i.interconnection]);
  } finally {
    session.close();
  }
}

describe('liên thông at the desk', () => {
  it('is logged at intake with the dossier, in its first event, and listed', async () => {
    const t = await testApi('2026-03-04 09:00');
    const linked = await t.call('dossier.create', { ...dossierInput('Lê Thị Hoa', '2026-03-02 08:00'), interconnection: '  UBND huyện Nam Đông ' });
    const plain = await t.call('dossier.create', dossierInput('Hồ Văn Sơn', '2026-03-02 09:00'));
    const blank = await t.call('dossier.create', { ...dossierInput('Hồ Văn Tư', '2026-03-02 10:00'), interconnection: '   ' });
    expect(linked.interconnection).toBe('UBND huyện Nam Đông');
    expect(plain.interconnection).toBe('');
    expect(blank.interconnection).toBe('');
    expect(linked.timeline[0]?.details).toContain('Liên thông đến: UBND huyện Nam Đông');
    expect(plain.timeline[0]?.details.join('\n')).not.toContain('Liên thông');
    expect((await t.call('dossier.get', { id: linked.id })).interconnection).toBe('UBND huyện Nam Đông');
    expect(interconnectedCodes(t.file)).toEqual([[linked.code, 'UBND huyện Nam Đông']]);
  });

  it('writes nothing, not even the interconnection, when the dossier is refused', async () => {
    const t = await testApi('2026-03-04 09:00');
    const r = await t.api.dispatch('dossier.create', { ...dossierInput('Lê Thị Hoa', '2026-03-02 08:00', '9.999999'), interconnection: 'Sở Tư pháp' });
    expect(r.ok === false && r.error.message).toContain('Không có thủ tục mã');
    const tooLong = await t.api.dispatch('dossier.create', { ...dossierInput('Lê Thị Hoa', '2026-03-02 08:00'), interconnection: 'x'.repeat(201) });
    expect(tooLong.ok === false && tooLong.error.message).toContain('Liên thông đến dài quá 200 ký tự');
    expect((await t.call('dossier.count', { filter: {} })).count).toBe(0);
    const session = openLedgerSession(t.file, { actor: 't' });
    try {
      expect(session.db.prepare('SELECT count(*) FROM dossier_interconnections').pluck().get()).toBe(0);
    } finally {
      session.close();
    }
  });

  it('is changed and cleared in the multi-field edit, one version and one history line each time', async () => {
    const t = await testApi('2026-03-04 09:00');
    const d = await t.call('dossier.create', dossierInput('Trần Văn Bình', '2026-03-02 08:00'));
    const same = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 1, changes: { interconnection: '' }, reason: 'x' });
    expect(same.ok === false && same.error.message).toBe('Không có thông tin nào thay đổi.');

    const set = await t.call('dossier.edit', { id: d.id, expectedVersion: 1, changes: { interconnection: 'Công an huyện' }, reason: 'Hồ sơ liên thông' });
    expect(set).toMatchObject({ version: 2, interconnection: 'Công an huyện', due: d.due });
    const setEvent = set.timeline.find((e) => e.action === 'edit');
    expect(setEvent?.details).toEqual(expect.arrayContaining(['Liên thông đến: Công an huyện', 'Lý do: Hồ sơ liên thông']));
    expect(interconnectedCodes(t.file)).toEqual([[d.code, 'Công an huyện']]);

    const again = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 2, changes: { interconnection: 'Công an huyện ' }, reason: 'x' });
    expect(again.ok === false && again.error.message).toBe('Không có thông tin nào thay đổi.');

    const both = await t.call('dossier.edit', { id: d.id, expectedVersion: 2, changes: { phone: '0912000111', interconnection: 'Sở Tư pháp' }, reason: 'Đổi nơi liên thông' });
    expect(both).toMatchObject({ version: 3, phone: '0912000111', interconnection: 'Sở Tư pháp' });
    const bothEvent = both.timeline.filter((e) => e.action === 'edit').at(-1);
    expect(bothEvent?.details).toEqual(expect.arrayContaining(['Liên thông đến: Công an huyện → Sở Tư pháp', 'Điện thoại: 0912345678 → 0912000111']));

    // a stale version changes neither the dossier nor its interconnection
    const stale = await t.api.dispatch('dossier.edit', { id: d.id, expectedVersion: 2, changes: { interconnection: 'UBND tỉnh' }, reason: 'x' });
    expect(stale.ok).toBe(false);
    expect((await t.call('dossier.get', { id: d.id })).interconnection).toBe('Sở Tư pháp');

    const cleared = await t.call('dossier.edit', { id: d.id, expectedVersion: 3, changes: { interconnection: '' }, reason: 'Không liên thông' });
    expect(cleared).toMatchObject({ version: 4, interconnection: '' });
    expect(cleared.timeline.filter((e) => e.action === 'edit').at(-1)?.details).toContain('Liên thông đến: Sở Tư pháp → —');
    expect(interconnectedCodes(t.file)).toEqual([]);
    const session = openLedgerSession(t.file, { actor: 't' });
    try {
      expect(createInterconnectionRepository(session.db).targetsOf([d.id]).size).toBe(0);
    } finally {
      session.close();
    }
  });
});
