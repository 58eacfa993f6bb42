// Migration 004 (the handoff's tables): applied to a ledger of the previous version with its data intact,
// and the tables keep their promises (a key never changes, conflicts and received reports are never
// deleted and only closed or replaced once).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, openLedger } from '../../electron/ledger';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { createSettingsRepository } from '../../electron/ledger/settings-repository';
import { createConflictStore } from '../../electron/handoff/conflict-store';
import { createDossierStore } from '../../electron/handoff/dossier-store';
import { ensureUnitKey } from '../../electron/handoff/unit-identity';
import { AT, dossier, tempFolder } from './helpers';

const HANDOFF = MIGRATIONS.findIndex((m) => m.name.startsWith('usb handoff')) + 1;
const tables = (db: ReturnType<typeof openLedger>) =>
  db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

describe(`migration ${String(HANDOFF).padStart(3, '0')} (handoff)`, () => {
  it('is registered under its own number and adds its tables to a ledger of the version before, data intact', () => {
    expect(HANDOFF).toBe(4);
    const file = join(tempFolder(), 'so.db');
    const before = openLedger(file, { migrations: MIGRATIONS.slice(0, HANDOFF - 1) });
    createSettingsRepository(before).update({ unitCode: 'H57.01', deskNumber: 1 }, { actor: 'x', at: AT });
    const logged = createDossierRepository(before).insert(dossier('2024-03-07', 9 * 60, { applicantName: 'Nguyễn Văn An' }), { actor: 'x', at: AT });
    expect(tables(before)).not.toContain('unit_signing_key');
    before.close();

    const after = openLedger(file, { migrations: MIGRATIONS.slice(0, HANDOFF) });
    expect(after.pragma('user_version', { simple: true })).toBe(HANDOFF);
    expect(tables(after)).toEqual(expect.arrayContaining(['unit_signing_key', 'handoff_role', 'trusted_units', 'dossier_conflicts', 'received_reports']));
    expect(createDossierRepository(after).getById(logged.id)?.applicantName).toBe('Nguyễn Văn An');
    expect(after.pragma('foreign_key_check')).toEqual([]);
    after.close();
  });

  it('keeps the unit’s key, conflicts and received reports as promised', () => {
    const db = openLedger(join(tempFolder(), 'so.db'));
    try {
      createSettingsRepository(db).update({ unitCode: 'H57.01', deskNumber: 1 }, { actor: 'x', at: AT });
      const key = ensureUnitKey(db, { actor: 'x', at: AT });
      expect(ensureUnitKey(db, { actor: 'y' }).fingerprint).toBe(key.fingerprint);
      expect(() => db.prepare("UPDATE unit_signing_key SET origin = 'adopted'").run()).toThrow(/không được thay đổi/);
      expect(() => db.prepare('DELETE FROM unit_signing_key').run()).toThrow(/Không được xóa khóa ký/);

      const d = createDossierRepository(db).insert(dossier('2024-03-07', 9 * 60), { actor: 'x', at: AT });
      const row = createDossierStore(db).row(d.id);
      if (!row) throw new Error('row missing');
      const conflicts = createConflictStore(db);
      const id = conflicts.insert({
        dossierId: d.id,
        code: d.code,
        localRow: row,
        incomingRow: { ...row, late_cause: 'khác' },
        incomingEvents: [],
        incomingLineage: 'a'.repeat(64),
        source: 'thử',
        batchId: null,
        at: AT.toISOString(),
        actor: 'x',
      });
      expect(() => db.prepare("UPDATE dossier_conflicts SET incoming_row = '{}' WHERE id = ?").run(id)).toThrow(/giải quyết một lần/);
      conflicts.close(id, 'local', AT.toISOString(), 'x');
      expect(() => conflicts.close(id, 'incoming', AT.toISOString(), 'x')).toThrow();
      expect(() => db.prepare('DELETE FROM dossier_conflicts').run()).toThrow(/Không được xóa một xung đột/);

      const report = db.prepare(
        `INSERT INTO received_reports(id, unit_code, unit_name, period_key, period_label, period_from, period_to, package_id, package_sha256,
           package_created_at, fingerprint, report, received_at, received_by) VALUES (?, 'X1', 'Xã 1', '2024-Q1@nd09', 'Quý I năm 2024',
           '2023-12-15', '2024-03-14', 'p', ?, '2024-03-15T00:00:00.000Z', 'AAAA-BBBB-CCCC-DDDD', '{}', 'now', 'x')`,
      );
      report.run(1, '1'.repeat(64));
      expect(() => report.run(2, '2'.repeat(64))).toThrow(/UNIQUE/);
      db.transaction(() => {
        db.prepare('UPDATE received_reports SET replaced_by = 2 WHERE id = 1').run();
        report.run(2, '2'.repeat(64));
      })();
      expect(() => db.prepare('UPDATE received_reports SET replaced_by = NULL WHERE id = 1').run()).toThrow(/không sửa được/);
      expect(() => db.prepare("UPDATE received_reports SET report = '[]' WHERE id = 2").run()).toThrow(/không sửa được/);
      expect(() => db.prepare('DELETE FROM received_reports').run()).toThrow(/Không được xóa một báo cáo đã nhận/);
    } finally {
      db.close();
    }
  });
});
