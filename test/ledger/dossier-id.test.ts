// New dossier ids are UUIDv7 (RFC 9562): the time in front, version 7, variant 10, and each id sorts
// after the ones made before it, also within one millisecond and when the clock steps back.
import { describe, expect, it } from 'vitest';
import { createDossierIdSource, newDossierId } from '../../electron/ledger/dossier-id';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const timeOf = (id: string) => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

describe('dossier ids (UUIDv7)', () => {
  it('has the layout of RFC 9562 and the 36 characters the schema checks', () => {
    const id = newDossierId();
    expect(id).toMatch(V7);
    expect(id).toHaveLength(36);
  });

  it('puts the milliseconds of the clock in the first 48 bits', () => {
    const at = Date.UTC(2026, 10, 21, 9, 30, 0, 123);
    const id = createDossierIdSource(() => at).next();
    expect(timeOf(id)).toBe(at);
    expect(id.startsWith(at.toString(16).padStart(12, '0').slice(0, 8))).toBe(true);
  });

  it('sorts in order of making, within one millisecond too', () => {
    const source = createDossierIdSource(() => 1_700_000_000_000);
    const ids = Array.from({ length: 10_000 }, () => source.next());
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => V7.test(id))).toBe(true);
  });

  it('stays in order when the clock goes back', () => {
    const times = [2_000_000, 2_000_005, 1_000_000, 1_999_999, 2_000_005, 2_000_006];
    let i = 0;
    const source = createDossierIdSource(() => times[Math.min(i++, times.length - 1)] ?? 0);
    const ids = times.map(() => source.next());
    expect([...ids].sort()).toEqual(ids);
    expect(timeOf(ids[2] ?? '')).toBe(2_000_005);
  });

  it('differs in its random part between two sources in the same millisecond', () => {
    const a = createDossierIdSource(() => 5_000).next();
    const b = createDossierIdSource(() => 5_000).next();
    expect(a).not.toBe(b);
  });
});
