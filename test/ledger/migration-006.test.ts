// 006 rebuilds the search index with prefixes of 1 to 6 characters: dossiers logged before it are still found,
// by a single letter or digit too, and later inserts keep the index in sync.
import { describe, expect, it } from 'vitest';
import { openLedger } from '../../electron/ledger/open-ledger';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { MIGRATIONS } from '../../electron/ledger/migrations/index';
import { ACTOR, configureDesk, sampleDossier, tempFile, track } from './helpers';

describe('migration 006 (search prefixes of 1 to 6 characters)', () => {
  it('keeps every dossier searchable across the rebuild, by one letter too', () => {
    const file = tempFile();
    const v5 = openLedger(file, { migrations: MIGRATIONS.slice(0, 5) });
    configureDesk(v5, '000.00.12.H40', 2);
    const before = createDossierRepository(v5);
    const hoa = before.insert(sampleDossier('2024-03-07', 600, { applicantName: 'Trần Thị Hoa', phone: '0912 345 678' }), ACTOR);
    const lan = before.insert(sampleDossier('2024-03-07', 610, { applicantName: 'Trần Thị Lan', phone: '' }), ACTOR);
    v5.close();

    const v6 = track(openLedger(file, { migrations: MIGRATIONS.slice(0, 6) }));
    expect(v6.pragma('user_version', { simple: true })).toBe(6);
    const repo = createDossierRepository(v6);
    expect(repo.searchDossiers('tran thi l').map((d) => d.id)).toEqual([lan.id]);
    expect(repo.searchDossiers('tran thi h').map((d) => d.id)).toEqual([lan.id, hoa.id]); // "h" is also the start of the code's "h40"
    expect(repo.searchDossiers('tran thi').map((d) => d.id)).toEqual([lan.id, hoa.id]);
    expect(repo.searchDossiers('240307-2').map((d) => d.id)).toEqual([lan.id, hoa.id]);
    expect(repo.searchDossiers('0').map((d) => d.id)).toEqual([lan.id, hoa.id]);
    const later = repo.insert(sampleDossier('2024-03-08', 600, { applicantName: 'Lê Văn Hùng' }), ACTOR);
    expect(repo.searchDossiers('le v').map((d) => d.id)).toEqual([later.id]);
    expect(repo.searchDossiers('t').map((d) => d.id)).toEqual([lan.id, hoa.id]);
  });
});
