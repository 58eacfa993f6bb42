// Every command of the contract refuses a payload that breaks its schema — through the dispatcher (what
// the Electron IPC host calls) and through the web host — with a clear Vietnamese message, and the ledger
// is unchanged afterwards.
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from '../../shared/api/contract';
import { DESK_COMMANDS } from '../../shared/api/desk-commands';
import { startWebHost } from '../../electron/hosts/web/server';
import { dossierInput, ledgerFingerprint, testApi } from './helpers';

const INVALID: unknown[] = [null, undefined, 42, 'xóa hết', [], { __proto_pollution: true, bogus: 1 }];

const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe('invalid payloads', () => {
  it('are refused by every command, with a Vietnamese message, changing nothing', async () => {
    const t = await testApi('2024-03-12 10:00');
    const d = await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    await t.call('calendar.addEdit', { date: '2024-09-03', kind: 'off', reason: 'Nghỉ do bão' });
    const before = ledgerFingerprint(t.file);
    const host = await startWebHost({ dispatch: t.api.dispatch, staticDir: t.dir });
    try {
      expect(COMMAND_NAMES.length).toBeGreaterThanOrEqual(28);
      // The desk's start-up, backup and operator commands are among those checked.
      expect(COMMAND_NAMES).toEqual(expect.arrayContaining(Object.keys(DESK_COMMANDS)));
      for (const command of COMMAND_NAMES) {
        for (const payload of INVALID) {
          const direct = await t.api.dispatch(command, payload);
          expect(direct.ok, `${command} ${JSON.stringify(payload)}`).toBe(false);
          if (direct.ok) continue;
          expect(direct.error.code, command).toBe('invalid');
          expect(direct.error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ, chưa thực hiện gì: /);
          expect(direct.error.message).toMatch(VIETNAMESE);
          if (payload === undefined) continue; // JSON has no undefined
          const reply = await fetch(`${host.url}api/${command}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-somc-token': host.token },
            body: JSON.stringify(payload),
          });
          expect(reply.status, command).toBe(400);
          const body = (await reply.json()) as { ok: boolean; error: { code: string; message: string } };
          expect(body).toMatchObject({ ok: false, error: { code: 'invalid' } });
          expect(body.error.message).toMatch(VIETNAMESE);
        }
      }
    } finally {
      await host.close();
    }
    expect(ledgerFingerprint(t.file)).toBe(before);
    expect((await t.call('dossier.get', { id: d.id })).version).toBe(1);
  });

  it('name the field that is wrong, in Vietnamese', async () => {
    const t = await testApi('2024-03-12 10:00');
    const before = ledgerFingerprint(t.file);
    const bad = await t.api.dispatch('dossier.create', { ...dossierInput('A', '2024-03-04 09:00'), receivedAt: 'hôm qua', channel: 'fax' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.details).toContain('thời điểm tiếp nhận: Thời điểm không hợp lệ (dùng dạng YYYY-MM-DD HH:MM).');
      expect(bad.error.details).toContain('hình thức nộp: Hình thức nộp không hợp lệ.');
    }
    const extra = await t.api.dispatch('dossier.create', { ...dossierInput('A', '2024-03-04 09:00'), admin: true });
    expect(extra.ok).toBe(false);
    const action = await t.api.dispatch('dossier.act', { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, action: { kind: 'delete' } });
    expect(action.ok).toBe(false);
    if (!action.ok) expect(action.error.message).toContain('Thao tác trên hồ sơ không hợp lệ');
    expect(ledgerFingerprint(t.file)).toBe(before);
  });

  it('refuses a valid payload that a rule forbids, with the rule in Vietnamese, changing nothing', async () => {
    const t = await testApi('2024-03-12 10:00');
    const d = await t.call('dossier.create', dossierInput('Nguyễn Thị Hoà', '2024-03-04 09:00'));
    const before = ledgerFingerprint(t.file);
    const future = await t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 1, action: { kind: 'result_ready', on: '2024-03-20', lateCause: '', digitisedResult: false, storedResult: false } });
    expect(future).toMatchObject({ ok: false, error: { code: 'rejected', message: 'Ngày có kết quả 20/03/2024 không được sau hôm nay (12/03/2024).', inputField: 'on' } });
    const stale = await t.api.dispatch('dossier.act', { id: d.id, expectedVersion: 7, action: { kind: 'hand_over', on: '2024-03-05', to: 'Công chức tư pháp', note: '' } });
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.message).toContain('vừa được thay đổi ở nơi khác');
    const early = await t.api.dispatch('dossier.create', { ...dossierInput('B', '2024-03-12 10:30') });
    expect(early).toMatchObject({ ok: false, error: { code: 'rejected', message: expect.stringContaining('Thời điểm tiếp nhận 12/03/2024 10:30 muộn hơn đồng hồ của máy tính'), inputField: 'receivedAt' } });
    expect(ledgerFingerprint(t.file)).toBe(before);
  });
});
