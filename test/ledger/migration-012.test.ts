// 012: the online clock start joins the dossier's rule snapshot. Dossiers logged before keep no online rule
// (their due dates are recounted as they were given), the column refuses nonsense, and packages made before
// the column still open.
import { describe, expect, it } from 'vitest';
import { buildWorkingCalendar } from '../../shared/calendar';
import { computeDueDate } from '../../shared/deadline/due-date';
import { DEFAULT_OFFICE_HOURS } from '../../shared/deadline/policy';
import { ONLINE_CUTOFF_MINUTE } from '../../shared/deadline/online-start';
import { dayFromIso, isoFromDay } from '../../shared/time/day';
import { dossiersPartSchema } from '../../electron/handoff/dossier-content';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { DOSSIER_COLUMNS, toRow } from '../../electron/ledger/dossier-row';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/ledger/migrations/index';
import { migration012OnlineClockStart } from '../../electron/ledger/migrations/012-online-clock-start';
import { newDossierRecord } from '../../electron/ledger/new-dossier';
import { openLedger } from '../../electron/ledger/open-ledger';
import { ACTOR, configureDesk, openTempLedger, sampleDossier, tempFile, track } from './helpers';

const ONLINE_SATURDAY = sampleDossier('2024-03-09', 10 * 60, {
  channel: 'truc_tuyen_toan_trinh',
  procedureCode: '1.004873',
  rule: { timeValue: 3, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 0 },
  baseDueDay: dayFromIso('2024-03-13'),
});

describe('migration 012 (online clock start in the rule snapshot)', () => {
  it('keeps the dossiers of an older ledger without the online rule, so their count does not change', () => {
    const file = tempFile();
    const position = MIGRATIONS.indexOf(migration012OnlineClockStart);
    expect(migration012OnlineClockStart.version).toBe(position + 1);
    const old = openLedger(file, { migrations: MIGRATIONS.slice(0, position) });
    const columns = DOSSIER_COLUMNS.filter((c) => c !== 'online_cutoff_minute');
    const row = toRow(newDossierRecord(ONLINE_SATURDAY, '0190f5a0-0000-7000-8000-000000000001', 'H40.05-240309-1001', 1, ACTOR.at.toISOString(), ACTOR.actor));
    old.prepare(`INSERT INTO dossiers(${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(
      Object.fromEntries(columns.map((c) => [c, row[c]])),
    );
    old.close();

    const db = track(openLedger(file));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    const kept = createDossierRepository(db).getByCode('H40.05-240309-1001');
    expect(kept?.rule).toEqual({ timeValue: 3, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 0 });
    if (!kept) throw new Error('dossier lost');
    const recount = computeDueDate(kept.rule, kept.receivedAt, buildWorkingCalendar({}), DEFAULT_OFFICE_HOURS);
    expect(isoFromDay(recount.day)).toBe('2024-03-13');
  });

  it('stores the online rule of a dossier received under it, and refuses a minute outside the day', () => {
    const db = openTempLedger();
    configureDesk(db);
    const repo = createDossierRepository(db);
    const logged = repo.insert({ ...ONLINE_SATURDAY, rule: { ...ONLINE_SATURDAY.rule, onlineCutoffMinute: ONLINE_CUTOFF_MINUTE }, baseDueDay: dayFromIso('2024-03-14') }, ACTOR);
    expect(repo.getById(logged.id)?.rule.onlineCutoffMinute).toBe(17 * 60);
    const recount = computeDueDate(logged.rule, logged.receivedAt, buildWorkingCalendar({}), DEFAULT_OFFICE_HOURS);
    expect(isoFromDay(recount.day)).toBe('2024-03-14');
    expect(() => db.prepare('UPDATE dossiers SET online_cutoff_minute = 1440, version = version + 1').run()).toThrow(/CHECK/);
  });

  it('opens a package made before the column: its dossiers had no online rule', () => {
    const row = toRow(newDossierRecord(ONLINE_SATURDAY, '0190f5a0-0000-7000-8000-000000000001', 'H40.05-240309-1001', 1, ACTOR.at.toISOString(), ACTOR.actor));
    const { online_cutoff_minute: _dropped, ...before012 } = row;
    const event = { seq: 1, version: 1, at: ACTOR.at.toISOString(), actor: ACTOR.actor, action: 'create', changes: '{}', batch_id: null };
    const parsed = dossiersPartSchema.parse({ schema_version: 10, dossiers: [{ row: before012, events: [event] }] });
    expect(parsed.dossiers[0]?.row.online_cutoff_minute).toBeNull();
    expect(dossiersPartSchema.safeParse({ schema_version: 11, dossiers: [{ row: { ...row, online_cutoff_minute: 2000 }, events: [event] }] }).success).toBe(false);
  });
});
