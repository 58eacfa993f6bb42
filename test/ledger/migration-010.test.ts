// 010: the month counts of deep ledger pages are filled from the dossiers already there, kept by triggers
// whatever changes a dossier's month, field, channel or ending, and never carried in a package.
import { describe, expect, it } from 'vitest';
import { collectLedgerTables } from '../../electron/handoff/ledger-content';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { MIGRATIONS } from '../../electron/ledger/migrations/index';
import { openLedger } from '../../electron/ledger/open-ledger';
import { dayFromIso } from '../../shared/time/day';
import { ACTOR, openTempLedger, tempFile, track } from './helpers';
import { fillLedger, recount, storedCounts } from './month-counts';

describe('migration 010 (month counts for deep ledger pages)', () => {
  it('counts the dossiers of a ledger written before it', () => {
    const file = tempFile();
    const old = openLedger(file, { migrations: MIGRATIONS.slice(0, 9) });
    fillLedger(old, 300);
    const before = recount(old);
    old.close();
    const db = track(openLedger(file));
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(storedCounts(db)).toEqual(before);
    expect(before.length).toBeGreaterThan(50);
  });

  it('follows every insert and every change of month, field, channel or ending', () => {
    const db = openTempLedger();
    const logged = fillLedger(db, 200);
    expect(storedCounts(db)).toEqual(recount(db));
    const repo = createDossierRepository(db);
    const [a, b, c, d] = logged.filter((r) => r.endedOn === null && r.returnedOn === null);
    const [e] = logged.filter((r) => r.endedOn !== null);
    if (!a || !b || !c || !d || !e) throw new Error('fixture lacks pending or ended dossiers');
    repo.update(a.id, { endedOn: a.receivedAt.day + 1, ending: 'giai_quyet' }, ACTOR);
    repo.update(b.id, { receivedAt: { day: dayFromIso('2025-02-03'), minute: 600 } }, ACTOR);
    repo.update(c.id, { field: 'Lĩnh vực mới', channel: 'buu_chinh' }, ACTOR);
    repo.update(d.id, { returnedOn: d.receivedAt.day + 2 }, ACTOR);
    repo.update(e.id, { endedOn: null, ending: null }, ACTOR);
    repo.update(e.id, { note: 'không đổi số đếm' }, ACTOR);
    expect(storedCounts(db)).toEqual(recount(db));
  });

  it('is derived data: a full package does not carry it', () => {
    const db = openTempLedger();
    fillLedger(db, 20);
    expect(collectLedgerTables(db).map((t) => t.name)).not.toContain('dossier_month_counts');
  });
});
