// 008: the page of ended dossiers is answered from its own partial index, in reception order, with the
// same rows as before.
import { describe, expect, it } from 'vitest';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { whereOf } from '../../electron/ledger/dossier-query';
import { dayFromIso } from '../../shared/time/day';
import { ACTOR, configureDesk, openTempLedger, sampleDossier } from './helpers';

describe('migration 008 (index for the page of ended dossiers)', () => {
  it('lists ended dossiers newest first through the partial index', () => {
    const db = openTempLedger();
    configureDesk(db, '000.00.12.H40', 1);
    const repo = createDossierRepository(db);
    const logged = ['2024-03-04', '2024-03-05', '2024-03-06', '2024-03-07'].map((date, i) =>
      repo.insert(sampleDossier(date, 600, i % 2 === 0 ? { endedOn: dayFromIso(date), ending: 'giai_quyet' } : {}), ACTOR),
    );
    const ended = [logged[2], logged[0]].map((d) => d?.id);
    expect(repo.listPage({ filter: { status: 'ended' }, limit: 10 }).items.map((d) => d.id)).toEqual(ended);
    expect(repo.listPage({ filter: { status: 'ended' }, offset: 1, limit: 10 }).items.map((d) => d.id)).toEqual(ended.slice(1));
    const where = whereOf({ status: 'ended' });
    const plan = db
      .prepare<Record<string, string | number>, { detail: string }>(`EXPLAIN QUERY PLAN SELECT d.id FROM dossiers d ${where.sql} ORDER BY d.received_at DESC, d.row_id DESC LIMIT 10`)
      .all(where.params)
      .map((r) => r.detail);
    expect(plan.join(' ')).toContain('dossiers_ended_received_at');
    expect(plan.join(' ')).not.toContain('TEMP B-TREE');
  });
});
