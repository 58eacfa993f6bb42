import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDossierCodeAllocator } from '../../electron/ledger/dossier-code-allocator';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { DossierCodeExhaustedError, LedgerValidationError } from '../../electron/ledger/errors';
import { openLedger } from '../../electron/ledger/open-ledger';
import {
  MAX_CODES_PER_DESK_PER_DAY,
  deskNumberRange,
  formatDossierCode,
  parseDossierCode,
} from '../../shared/dossier/dossier-code';
import { dayFromIso, dayFromYmd } from '../../shared/time/day';
import { ACTOR, configureDesk, openTempLedger, sampleDossier, tempFile, track } from './helpers';

const day = dayFromIso('2024-03-07');

describe('dossier code scheme (pure)', () => {
  it('formats <unit>-YYMMDD-XXXX with the desk as the first digit', () => {
    expect(formatDossierCode({ unitCode: '000.00.12.H40', day, desk: 1, sequence: 1 })).toBe('000.00.12.H40-240307-1001');
    expect(formatDossierCode({ unitCode: 'H40', day, desk: 2, sequence: 57 })).toBe('H40-240307-2057');
    expect(formatDossierCode({ unitCode: 'H40', day, desk: 9, sequence: 999 })).toBe('H40-240307-9999');
    expect(deskNumberRange(2)).toEqual({ first: 2001, last: 2999 });
  });

  it('rejects what the scheme cannot express', () => {
    expect(() => formatDossierCode({ unitCode: 'H40', day, desk: 0, sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierCode({ unitCode: 'H40', day, desk: 10, sequence: 1 })).toThrow(RangeError);
    expect(() => formatDossierCode({ unitCode: 'H40', day, desk: 1, sequence: 1000 })).toThrow(RangeError);
    expect(() => formatDossierCode({ unitCode: 'UBND xã', day, desk: 1, sequence: 1 })).toThrow(RangeError);
  });

  it('parses codes of the scheme and nothing else', () => {
    expect(parseDossierCode('000.00.12.H40-240307-2057')).toEqual({ unitCode: '000.00.12.H40', day, desk: 2, sequence: 57 });
    expect(parseDossierCode('UBND-XA-240307-1001')).toEqual({ unitCode: 'UBND-XA', day, desk: 1, sequence: 1 });
    for (const other of ['H40-240307-0001', 'H40-240307-1000', 'H40-240230-1001', 'H40-240307-123', '-240307-1001', 'HS001']) {
      expect(parseDossierCode(other)).toBeNull();
    }
  });

  it('round-trips every valid code', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,15}$/),
        fc.integer({ min: dayFromYmd(2000, 1, 1), max: dayFromYmd(2099, 12, 31) }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: MAX_CODES_PER_DESK_PER_DAY }),
        (unitCode, d, desk, sequence) => {
          const parts = { unitCode, day: d, desk, sequence };
          expect(parseDossierCode(formatDossierCode(parts))).toEqual(parts);
        },
      ),
    );
  });
});

describe('dossier code allocation', () => {
  it('issues the desk block in order, restarting each day', () => {
    const db = openTempLedger();
    const next = createDossierCodeAllocator(db);
    expect(next({ unitCode: 'H40', desk: 2, day })).toBe('H40-240307-2001');
    expect(next({ unitCode: 'H40', desk: 2, day })).toBe('H40-240307-2002');
    expect(next({ unitCode: 'H40', desk: 3, day })).toBe('H40-240307-3001');
    expect(next({ unitCode: 'H40', desk: 2, day: day + 1 })).toBe('H40-240308-2001');
  });

  it('refuses the 1000th code of a desk in a day in Vietnamese, and keeps the counter', () => {
    const db = openTempLedger();
    const next = createDossierCodeAllocator(db);
    db.prepare('INSERT INTO day_sequences(day, desk, last) VALUES (?, 4, 998)').run(day);
    expect(next({ unitCode: 'H40', desk: 4, day })).toBe('H40-240307-4999');
    expect(() => next({ unitCode: 'H40', desk: 4, day })).toThrow(DossierCodeExhaustedError);
    expect(() => next({ unitCode: 'H40', desk: 4, day })).toThrow(
      'Bàn tiếp nhận số 4 đã cấp hết 999 mã hồ sơ của ngày 07/03/2024. Hãy tiếp nhận tiếp ở một bàn (máy) khác có số bàn khác.',
    );
    expect(db.prepare('SELECT last FROM day_sequences WHERE day = ? AND desk = 4').pluck().get(day)).toBe(999);
    expect(next({ unitCode: 'H40', desk: 5, day })).toBe('H40-240307-5001');
  });

  it('skips a number already used by a dossier of the ledger (e.g. imported)', () => {
    const db = openTempLedger();
    configureDesk(db, 'H40', 1);
    const repo = createDossierRepository(db);
    repo.insert(sampleDossier('2024-03-07', 600, { code: 'H40-240307-1001' }), ACTOR);
    repo.insert(sampleDossier('2024-03-07', 600, { code: 'H40-240307-1002' }), ACTOR);
    expect(repo.insert(sampleDossier('2024-03-07', 610), ACTOR).code).toBe('H40-240307-1003');
  });

  it('needs a unit code and a valid desk', () => {
    const db = openTempLedger();
    const next = createDossierCodeAllocator(db);
    expect(() => next({ unitCode: '', desk: 1, day })).toThrow(/Chưa khai báo mã đơn vị/);
    expect(() => next({ unitCode: 'H40', desk: 0, day })).toThrow(LedgerValidationError);
    expect(() => createDossierRepository(db).insert(sampleDossier(), ACTOR)).toThrow(/Chưa khai báo mã đơn vị/);
  });

  it('never collides between two desks working offline on separate ledgers', () => {
    const desk1 = track(openLedger(tempFile('desk1.db')));
    const desk2 = track(openLedger(tempFile('desk2.db')));
    configureDesk(desk1, 'H40', 1);
    configureDesk(desk2, 'H40', 2);
    const repo1 = createDossierRepository(desk1);
    const repo2 = createDossierRepository(desk2);
    const codes1: string[] = [];
    const codes2: string[] = [];
    for (let i = 0; i < 300; i += 1) {
      const date = i % 3 === 0 ? '2024-03-07' : '2024-03-08';
      codes1.push(repo1.insert(sampleDossier(date, 480 + i), ACTOR).code);
      codes2.push(repo2.insert(sampleDossier(date, 480 + i), ACTOR).code);
    }
    expect(new Set(codes1).size).toBe(300);
    expect(new Set(codes2).size).toBe(300);
    expect(codes1.filter((c) => codes2.includes(c))).toEqual([]);
    expect(codes1.every((c) => parseDossierCode(c)?.desk === 1)).toBe(true);
    expect(codes2.every((c) => parseDossierCode(c)?.desk === 2)).toBe(true);
  });

  it('never repeats a number when two windows of the app share one ledger', () => {
    const file = tempFile();
    const a = track(openLedger(file));
    const b = track(openLedger(file));
    configureDesk(a, 'H40', 1);
    const nextA = createDossierCodeAllocator(a);
    const nextB = createDossierCodeAllocator(b);
    const codes: string[] = [];
    for (let i = 0; i < 100; i += 1) {
      codes.push(nextA({ unitCode: 'H40', desk: 1, day }), nextB({ unitCode: 'H40', desk: 1, day }));
    }
    expect(new Set(codes).size).toBe(200);
  });
});
