// 009 adds the covering report index: dossiers logged before it are in it, later writes keep it in step,
// and what it holds decodes to the dossier's own facts.
import { describe, expect, it } from 'vitest';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { OPEN_END_KEY } from '../../electron/ledger/migrations/001-initial';
import { MIGRATIONS } from '../../electron/ledger/migrations/index';
import { openLedger } from '../../electron/ledger/open-ledger';
import { decodeProfile, reportQueriesOf } from '../../electron/ledger/report-query';
import { dayFromIso } from '../../shared/time/day';
import { ACTOR, configureDesk, sampleDossier, tempFile, track } from './helpers';

const d = dayFromIso;

describe('migration 009 (covering index for the period report)', () => {
  it('indexes the dossiers already logged and those logged or changed afterwards', () => {
    const file = tempFile();
    const v8 = openLedger(file, { migrations: MIGRATIONS.slice(0, 8) });
    configureDesk(v8, '000.00.12.H40', 1);
    const old = createDossierRepository(v8).insert(
      sampleDossier('2024-03-04', 600, {
        channel: 'truc_tuyen_toan_trinh',
        fee: 20_000,
        paidOnline: true,
        endedOn: d('2024-03-04'),
        ending: 'giai_quyet',
        rating: 'hai_long',
        digitisedResult: true,
      }),
      ACTOR,
    );
    v8.close();

    const v9 = track(openLedger(file, { migrations: MIGRATIONS.slice(0, 9) }));
    expect(v9.pragma('user_version', { simple: true })).toBe(9);
    const repo = createDossierRepository(v9);
    const later = repo.insert(
      sampleDossier('2024-03-05', 900, { field: 'Chứng thực', procedureCode: '2.000815', supplements: [{ requestedOn: d('2024-03-06'), returnedOn: null }] }),
      ACTOR,
    );
    const queries = reportQueriesOf(v9);
    expect(queries.pairs()).toEqual([
      { field: 'Chứng thực', procedureCode: '2.000815' },
      { field: 'Hộ tịch', procedureCode: '1.001193' },
    ]);

    const [oldEntry] = queries.entries({ field: 'Hộ tịch', procedureCode: '1.001193' }, d('2024-03-01'), d('2024-03-31'));
    expect(oldEntry?.slice(1)).toEqual([d('2024-03-04'), d('2024-03-04'), old.baseDueDay, expect.any(Number)]);
    expect(decodeProfile(oldEntry![0]!)).toEqual({
      channel: 'truc_tuyen_toan_trinh',
      digitisedDossier: false,
      paidOnline: true,
      hasFee: true,
      digitisedResult: true,
      storedResult: false,
      rating: 'hai_long',
      ending: 'giai_quyet',
      hasSupplements: false,
      hasExtension: false,
      timeUnit: 'same_day',
    });

    const pair = { field: 'Chứng thực', procedureCode: '2.000815' };
    const [pending] = queries.entries(pair, d('2024-03-01'), d('2024-03-31'));
    expect(pending?.[2]).toBe(OPEN_END_KEY);
    expect(decodeProfile(pending![0]!)).toMatchObject({ hasSupplements: true, ending: null });
    repo.update(later.id, { supplements: [], endedOn: d('2024-03-07'), ending: 'rut' }, ACTOR);
    const [ended] = queries.entries(pair, d('2024-03-01'), d('2024-03-31'));
    expect(ended?.[2]).toBe(d('2024-03-07'));
    expect(decodeProfile(ended![0]!)).toMatchObject({ hasSupplements: false, ending: 'rut' });
    // Outside the period: ended before it, or received after it.
    expect(queries.entries(pair, d('2024-03-08'), d('2024-03-31'))).toEqual([]);
    expect(queries.entries(pair, d('2024-02-01'), d('2024-03-04'))).toEqual([]);
    expect(queries.rowsById([ended![4]]).map((r) => r.code)).toEqual([later.code]);
  });
});
