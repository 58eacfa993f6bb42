// Who did what: the desk operators of a ledger, and the operator's name recorded on every change made
// through a session acting as them (logging, actions on a dossier, an import, settings, calendar edits).
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dayFromIso } from '../../shared/time/day';
import { addOperator, actingAs, listOperators, operatorActor, retireOperator } from '../../electron/security/operators';
import { actOnDossier } from '../../electron/services/dossier-actions';
import { logDossier } from '../../electron/services/dossier-intake';
import { applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import { openLedgerSession } from '../../electron/services/ledger-session';
import { FIXTURE_CSV, initLedger, tempFolder } from '../cli/helpers';
import { openTempLedger, track } from '../ledger/helpers';
import { intakeInput } from '../support/intake-input';

const ADMIN = { actor: 'Trần Văn Quản Lý', at: new Date('2024-03-01T01:00:00.000Z') };

describe('desk operators', () => {
  it('are added once (case and spacing ignored), kept apart by their diacritics, retired but never removed', () => {
    const db = openTempLedger();
    expect(addOperator(db, '  Nguyễn   Thị Lan ', ADMIN).name).toBe('Nguyễn Thị Lan');
    expect(() => addOperator(db, 'NGUYỄN THỊ LAN', ADMIN)).toThrow('Cán bộ "NGUYỄN THỊ LAN" đã có trong danh sách.');
    expect(addOperator(db, 'Nguyễn Thị Lân', ADMIN).name).toBe('Nguyễn Thị Lân');
    expect(() => addOperator(db, '   ', ADMIN)).toThrow('Tên cán bộ không được để trống.');
    expect(() => addOperator(db, 'A'.repeat(101), ADMIN)).toThrow('Tên cán bộ dài quá 100 ký tự.');
    expect(() => addOperator(db, 'Lan\u0000', ADMIN)).toThrow(/ký tự điều khiển/);
    retireOperator(db, 'nguyễn thị lan', { actor: 'Trần Văn Quản Lý' });
    expect(listOperators(db).map((o) => o.name)).toEqual(['Nguyễn Thị Lân']);
    expect(listOperators(db, { includeRetired: true }).map((o) => [o.name, o.retiredBy])).toEqual([
      ['Nguyễn Thị Lan', 'Trần Văn Quản Lý'],
      ['Nguyễn Thị Lân', null],
    ]);
    // the same name can come back as a new entry
    expect(addOperator(db, 'Nguyễn Thị Lan', ADMIN).id).toBe(3);
    expect(() => db.exec('DELETE FROM operators')).toThrow(/Không được xóa tên cán bộ/);
    expect(() => db.exec("UPDATE operators SET name = 'Người khác' WHERE id = 2")).toThrow(/không sửa được/);
    expect(() => db.exec("INSERT OR REPLACE INTO operators(id, name, name_key, created_at, created_by) VALUES (2, 'X', 'x', 'a', 'b')")).toThrow(
      /không được ghi đè/,
    );
  });

  it('only a registered, active operator can act', () => {
    const db = openTempLedger();
    expect(() => operatorActor(db, 'Ai Đó')).toThrow('Sổ chưa có danh sách cán bộ một cửa: hãy thêm tên cán bộ trước khi ghi hồ sơ.');
    addOperator(db, 'Lê Thị Tiếp Nhận', ADMIN);
    addOperator(db, 'Phạm Văn Trực', ADMIN);
    expect(operatorActor(db, 'lê thị  tiếp nhận')).toBe('Lê Thị Tiếp Nhận');
    expect(() => operatorActor(db, 'Ai Đó')).toThrow(/"Ai Đó" không có trong danh sách cán bộ đang làm việc/);
    retireOperator(db, 'Lê Thị Tiếp Nhận', ADMIN);
    expect(() => operatorActor(db, 'Lê Thị Tiếp Nhận')).toThrow(/không có trong danh sách cán bộ đang làm việc/);
  });

  it('is recorded on every change made through their session', async () => {
    const file = await initLedger(tempFolder());
    const opened = openLedgerSession(file, { actor: 'chưa chọn' });
    addOperator(opened.db, 'Lê Thị Tiếp Nhận', ADMIN);
    const session = actingAs(opened, 'lê thị tiếp nhận');
    const who = 'Lê Thị Tiếp Nhận';
    try {
      const now = { day: dayFromIso('2024-03-14'), minute: 10 * 60 };
      const logged = logDossier(
        session,
        intakeInput('1.001193', { day: dayFromIso('2024-03-14'), minute: 9 * 60 }, 'Nguyễn Văn A'),
        now,
      );
      actOnDossier(session, logged.id, 1, { kind: 'correct', field: 'note', value: 'Đã gọi điện', reason: 'Ghi chú thêm' }, now);
      const plan = await planImport(session, new Uint8Array(readFileSync(FIXTURE_CSV)), 'huong-huu-2024-q1.csv');
      applyImport(session, plan, { update: false });
      session.settingsRepository.update({ placeName: 'Hương Hữu' }, { actor: session.actor });
      session.calendarEdits.add({ date: '2024-03-15', kind: 'off', reason: 'Bão' }, { actor: session.actor });

      const db = track(new Database(file, { readonly: true }));
      const actors = (sql: string) => [...new Set(db.prepare(sql).pluck().all() as string[])];
      expect(actors('SELECT actor FROM dossier_history')).toEqual([who]);
      expect(actors('SELECT created_by FROM dossiers')).toEqual([who]);
      expect(actors('SELECT updated_by FROM dossiers')).toEqual([who]);
      expect(actors('SELECT actor FROM import_batches')).toEqual([who]);
      expect(actors("SELECT updated_by FROM settings WHERE key = 'place_name'")).toEqual([who]);
      expect(actors('SELECT created_by FROM calendar_edits')).toEqual([who]);
      expect(db.prepare('SELECT count(*) FROM dossier_history').pluck().get()).toBe(80);
    } finally {
      session.close();
    }
  });
});
