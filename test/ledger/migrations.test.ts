import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { migrate } from '../../electron/ledger/migrate';
import { MIGRATIONS, type Migration } from '../../electron/ledger/migrations/index';
import { openLedger } from '../../electron/ledger/open-ledger';
import { ACTOR, configureDesk, openTempLedger, sampleDossier, tempFile, track } from './helpers';

const names = (db: Database.Database, type: 'table' | 'index' | 'trigger') =>
  (db.prepare('SELECT name FROM sqlite_schema WHERE type = ? ORDER BY name').pluck().all(type) as string[]).filter(
    (n) => !n.startsWith('sqlite_'),
  );

const columns = (db: Database.Database, table: string) =>
  (db.prepare(`SELECT name FROM pragma_table_xinfo('${table}')`).pluck().all() as string[]);

describe('migrations', () => {
  it('are numbered 1, 2, 3 … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('001 creates the base schema on an empty database', () => {
    const db = openTempLedger({ migrations: MIGRATIONS.slice(0, 1) });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(names(db, 'table')).toEqual([
      'calendar_edits',
      'day_sequences',
      'dossier_history',
      'dossiers',
      'fields',
      'import_batches',
      'procedures',
      'settings',
    ]);
    expect(names(db, 'index')).toEqual(
      expect.arrayContaining([
        'dossiers_received_at',
        'dossiers_field_received_at',
        'dossiers_channel_received_at',
        'dossiers_end_received_at',
        'dossiers_pending_due',
      ]),
    );
    expect(names(db, 'trigger')).toEqual(
      expect.arrayContaining(['dossier_history_no_update', 'dossier_history_no_delete', 'dossiers_version_grows']),
    );
    expect(columns(db, 'dossiers')).toEqual(
      expect.arrayContaining([
        'row_id', 'id', 'code', 'version', 'desk', 'received_at', 'received_day', 'time_value', 'time_unit', 'cutoff_minute',
        'extra_working_days', 'base_due_day', 'due_day', 'supplements', 'ended_day', 'ending', 'returned_day',
        'extension_due_day', 'apology_day', 'late_cause', 'documents', 'applicant_name', 'id_number', 'phone', 'end_key',
      ]),
    );
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('002 adds search to a database at version 1, and its data survives and becomes searchable', () => {
    const file = tempFile();
    const v1 = openLedger(file, { migrations: MIGRATIONS.slice(0, 1) });
    configureDesk(v1, 'H40.05', 3);
    const logged = createDossierRepository(v1).insert(sampleDossier('2024-03-07', 600, { applicantName: 'Đỗ Thị Hường' }), ACTOR);
    v1.close();

    const v2 = track(openLedger(file, { migrations: MIGRATIONS.slice(0, 2) }));
    expect(v2.pragma('user_version', { simple: true })).toBe(2);
    expect(names(v2, 'table')).toContain('dossier_search');
    const repo = createDossierRepository(v2);
    expect(repo.getById(logged.id)).toEqual(logged);
    expect(repo.searchDossiers('do thi huong').map((d) => d.code)).toEqual([logged.code]);
    expect(repo.searchDossiers(logged.code).map((d) => d.id)).toEqual([logged.id]);
  });

  it('003 adds sign-off, corrections and narratives to a database at version 2; dossiers survive', () => {
    const file = tempFile();
    const v2 = openLedger(file, { migrations: MIGRATIONS.slice(0, 2) });
    configureDesk(v2, 'H40.05', 1);
    const logged = createDossierRepository(v2).insert(sampleDossier('2024-03-07', 600), ACTOR);
    v2.close();

    const v3 = track(openLedger(file, { migrations: MIGRATIONS.slice(0, 3) }));
    expect(v3.pragma('user_version', { simple: true })).toBe(3);
    expect(names(v3, 'table')).toEqual(expect.arrayContaining(['period_signoffs', 'signoff_dossiers', 'report_corrections', 'report_narratives']));
    expect(names(v3, 'trigger')).toEqual(expect.arrayContaining(['history_marks_corrections', 'dossiers_mark_late_additions', 'period_signoffs_frozen']));
    expect(createDossierRepository(v3).getById(logged.id)).toEqual(logged);
  });

  it('does nothing on a database already at the latest version', () => {
    const db = openTempLedger();
    expect(migrate(db, MIGRATIONS)).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length, applied: [] });
  });

  it('applies every pending migration in one transaction: a failure leaves the file as it was', () => {
    const failing: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'fails halfway',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER)');
        throw new Error('boom');
      },
    };
    const file = tempFile();
    expect(() => openLedger(file, { migrations: [...MIGRATIONS, failing] })).toThrow('boom');
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(names(raw, 'table')).toEqual([]);
    raw.close();

    // the same from an older version: version 1 stays version 1 and keeps its data
    const old = openLedger(file, { migrations: MIGRATIONS.slice(0, 1) });
    configureDesk(old);
    old.close();
    expect(() => openLedger(file, { migrations: [...MIGRATIONS, failing] })).toThrow('boom');
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(names(after, 'table')).not.toContain('dossier_search');
    expect(after.prepare("SELECT count(*) FROM settings WHERE key = 'unit_code'").pluck().get()).toBe(1);
    after.close();
  });

  it('refuses a migration list with a gap', () => {
    const db = track(new Database(tempFile()));
    const skip: Migration = { version: 3, name: 'gap', up: () => undefined };
    expect(() => migrate(db, [MIGRATIONS[0] as Migration, skip])).toThrow(/expected 2/);
  });
});

describe('007: kept rows cannot be replaced or deleted', () => {
  it('refuses INSERT OR REPLACE on kept tables and DELETE of a dossier', () => {
    const db = openTempLedger();
    configureDesk(db, 'H40.05', 1);
    const logged = createDossierRepository(db).insert(sampleDossier('2024-03-07', 600), ACTOR);
    expect(() => db.prepare('DELETE FROM dossiers WHERE id = ?').run(logged.id)).toThrow(/Không được xóa hồ sơ/);
    expect(() =>
      db.prepare(
        `INSERT OR REPLACE INTO dossiers (row_id, id, code, version, procedure_code, procedure_name, field, channel, received_at, received_day,
           time_value, time_unit, base_due_day, created_at, updated_at, created_by, updated_by)
         SELECT row_id, id, code, version + 1, procedure_code, procedure_name, field, channel, received_at, received_day,
           time_value, time_unit, base_due_day, created_at, updated_at, created_by, updated_by FROM dossiers WHERE id = ?`,
      ).run(logged.id),
    ).toThrow(/không được ghi đè/);
    db.prepare("INSERT INTO calendar_edits (date, kind, reason, created_at, created_by) VALUES ('2024-03-11', 'off', 'Bão', 'x', 'x')").run();
    expect(() =>
      db.prepare("INSERT OR REPLACE INTO calendar_edits (date, kind, reason, created_at, created_by) VALUES ('2024-03-11', 'work', 'Sửa lén', 'x', 'x')").run(),
    ).toThrow(/đang áp dụng/);
    expect(createDossierRepository(db).getById(logged.id)).toEqual(logged);
  });
});
