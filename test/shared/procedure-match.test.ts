// The intake picker's ranking (shared/catalogue/procedure-match.ts) over the catalogue the app ships:
// what is typed matches the name or the field; among the procedures matching as well, this office's
// most used comes first.
import { describe, expect, it } from 'vitest';
import { matchProcedures } from '../../shared/catalogue/procedure-match';
import { parseCatalogueCsv } from '../../electron/ledger/catalogue-csv';
import { readDefaultCatalogueCsv } from '../../electron/ledger/default-catalogue';

const CATALOGUE = parseCatalogueCsv(readDefaultCatalogueCsv());
const codes = (query: string, usage: Record<string, number> = {}) => matchProcedures(CATALOGUE, query, usage).map((p) => p.code);

describe('matching procedures in the picker', () => {
  it('ranks the procedure this office uses most first, matched by its field', () => {
    // "Cấp bản sao từ sổ gốc" holds "chứng thực" only in its field
    expect(codes('chung thuc', { '2.000908': 50, '2.000815': 2 })[0]).toBe('2.000908');
    expect(codes('chung thuc', { '2.000908': 50, '2.000815': 2 })[1]).toBe('2.000815');
    expect(codes('chung thuc', { '2.000815': 2 })[0]).toBe('2.000815');
    expect(codes('chung thuc')).toContain('2.000908');
  });
  it('without counts, a name that starts with what is typed, then the shorter name', () => {
    const names = matchProcedures(CATALOGUE, 'chung thuc').map((p) => p.name);
    expect(names.slice(0, 2)).toEqual(['Chứng thực di chúc', 'Chứng thực chữ ký trong giấy tờ, văn bản']);
    expect(names.indexOf('Cấp bản sao từ sổ gốc')).toBeGreaterThan(names.indexOf('Chứng thực bản sao từ bản chính giấy tờ, văn bản'));
    expect(codes('dang ky khai sinh')[0]).toBe('1.001193');
  });
  it('puts the words typed as one phrase before the same words scattered, whatever the counts', () => {
    // "Đăng ký lại khai sinh" holds every word but not the phrase "dang ky khai sinh"
    const ranked = codes('dang ky khai sinh', { '1.004884': 40 });
    expect(ranked[0]).toBe('1.001193');
    expect(ranked.indexOf('1.004884')).toBeGreaterThan(ranked.indexOf('1.003583'));
    expect(ranked).toContain('1.004884');
  });
  it('takes a code from its start, and an empty query lists the most used', () => {
    expect(codes('1.0048')).toEqual(['1.004837', '1.004884', '1.004873', '1.004859']); // by the length of the name
    expect(codes('', { '1.004873': 3, '2.000908': 9 }).slice(0, 2)).toEqual(['2.000908', '1.004873']);
    expect(codes('khong co thu tuc nay')).toEqual([]);
  });
  it('shows at most twelve', () => {
    expect(codes('dang').length).toBe(12);
  });
});
