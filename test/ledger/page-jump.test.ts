// A deep page positioned by the month counts holds exactly the lines a plain OFFSET gives, for every
// filter the counts cover (and the ones they do not), at every depth, past the end, and after changes.
import { describe, expect, it } from 'vitest';
import type { DossierListFilter } from '../../electron/ledger/dossier-query';
import { type DossierRepository, createDossierRepository } from '../../electron/ledger/dossier-repository';
import { createPageJumper } from '../../electron/ledger/page-jump';
import type { LedgerDatabase } from '../../electron/ledger/open-ledger';
import { dayFromIso } from '../../shared/time/day';
import { ACTOR, openTempLedger } from './helpers';
import { FIELDS, FIRST_DAY, fillLedger } from './month-counts';

const FILTERS: DossierListFilter[] = [
  {},
  { field: 'Hộ tịch' },
  { channel: 'truc_tuyen_mot_phan' },
  { status: 'ended' },
  { status: 'pending' },
  { field: 'Chứng thực', channel: 'truc_tiep' },
  { field: 'Đất đai', status: 'ended' },
  // periods that start and end inside a month
  { receivedFrom: dayFromIso('2024-01-17'), receivedTo: dayFromIso('2024-09-12') },
  { receivedFrom: dayFromIso('2024-03-05'), receivedTo: dayFromIso('2024-03-25'), status: 'pending' },
  { receivedFrom: dayFromIso('2024-06-01'), field: 'Hộ tịch' },
  { receivedTo: dayFromIso('2024-10-31'), channel: 'buu_chinh' },
  // not covered by the counts: paged by offset as before
  { status: 'awaiting_supplement' },
  { text: 'binh' },
  { overdueAt: FIRST_DAY + 200 },
];

const ids = (repo: DossierRepository, filter: DossierListFilter, offset: number, limit: number) => {
  const page = repo.listPage({ filter, offset, limit });
  return { ids: page.items.map((i) => i.id), next: page.next };
};

function expectSamePages(db: LedgerDatabase, filters: readonly DossierListFilter[]): number {
  const plain = createDossierRepository(db, { jumpFromOffset: Number.POSITIVE_INFINITY });
  const jumping = createDossierRepository(db, { jumpFromOffset: 1 });
  let compared = 0;
  for (const filter of filters) {
    const total = plain.count(filter);
    const offsets = new Set<number>([total - 1, total, total + 1, total + 50]);
    for (let offset = 1; offset < total; offset += 5) offsets.add(offset);
    for (const offset of offsets) {
      if (offset < 0) continue;
      expect(ids(jumping, filter, offset, 10), `${JSON.stringify(filter)} at ${offset}`).toEqual(ids(plain, filter, offset, 10));
      compared += 1;
    }
  }
  return compared;
}

describe('deep ledger pages positioned by the month counts', () => {
  it('gives the same lines as OFFSET for every filter and depth', () => {
    const db = openTempLedger();
    fillLedger(db, 700);
    expect(expectSamePages(db, FILTERS)).toBeGreaterThan(500);
  });

  it('stays exact after dossiers end, move to another month or field, and new ones come in', () => {
    const db = openTempLedger();
    const logged = fillLedger(db, 400, 11);
    const repo = createDossierRepository(db);
    logged.slice(0, 60).forEach((r, i) => {
      if (i % 3 === 0) repo.update(r.id, { endedOn: r.receivedAt.day + 1, ending: 'giai_quyet' }, ACTOR);
      else if (i % 3 === 1) repo.update(r.id, { receivedAt: { day: r.receivedAt.day + 40, minute: 615 } }, ACTOR);
      else repo.update(r.id, { field: FIELDS[(i + 1) % FIELDS.length] }, ACTOR);
    });
    fillLedger(db, 80, 23, 'MOI');
    expectSamePages(db, FILTERS.slice(0, 11));
  });

  it('answers past the end with an empty page and leaves small offsets and uncovered filters alone', () => {
    const db = openTempLedger();
    fillLedger(db, 120);
    const repo = createDossierRepository(db);
    const jumper = createPageJumper(db, (f) => repo.count(f), 10);
    expect(jumper.position({}, 120)).toBe('past_end');
    expect(jumper.position({}, 9)).toBeNull();
    expect(jumper.position({ status: 'awaiting_supplement' }, 50)).toBeNull();
    expect(jumper.position({ text: 'binh' }, 50)).toBeNull();
    const position = jumper.position({ field: 'Hộ tịch' }, 20);
    expect(position).not.toBeNull();
    expect(position).not.toBe('past_end');
    if (position && position !== 'past_end') {
      expect(position.offset).toBeLessThanOrEqual(20);
      expect(position.filter.field).toBe('Hộ tịch');
      expect(position.filter.receivedTo).toBeDefined();
    }
    const deep = createDossierRepository(db, { jumpFromOffset: 1 });
    expect(deep.listPage({ offset: 500, limit: 10 })).toEqual({ items: [], next: null });
  });
});
