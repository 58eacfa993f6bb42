import { describe, expect, it } from 'vitest';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { ftsMatchExpression } from '../../electron/ledger/search-query';
import { ACTOR, configureDesk, openTempLedger, sampleDossier } from './helpers';

function ledger() {
  const db = openTempLedger();
  configureDesk(db, '000.00.12.H40', 1);
  const repo = createDossierRepository(db);
  const people: Array<[string, string, string]> = [
    ['Nguyễn Văn A', '001203004005', '0912 345 678'],
    ['Nguyễn Văn Anh', '001203004999', '0987.111.222'],
    ['Đỗ Thị Hường', '034190000123', '0903-456-789'],
    ['Trần Ngọc Ánh', '', ''],
    ['Lê Văn Đức'.normalize('NFD'), '', '0911222333'],
  ];
  const byName = new Map(
    people.map(([applicantName, idNumber, phone], i) => [
      applicantName.normalize('NFC'),
      repo.insert(sampleDossier('2024-03-07', 480 + i, { applicantName, idNumber, phone }), ACTOR),
    ]),
  );
  const code = (name: string) => byName.get(name)?.code ?? '';
  return { repo, code, byName };
}

const names = (items: Array<{ applicantName: string }>) => items.map((i) => i.applicantName.normalize('NFC'));

describe('dossier search', () => {
  it('finds names without diacritics, whole words first', () => {
    const { repo } = ledger();
    expect(names(repo.searchDossiers('nguyen van a'))).toEqual(['Nguyễn Văn A', 'Nguyễn Văn Anh']);
    expect(names(repo.searchDossiers('Nguyễn Văn A'))).toEqual(['Nguyễn Văn A', 'Nguyễn Văn Anh']);
    expect(names(repo.searchDossiers('NGUYEN  VAN   ANH'))).toEqual(['Nguyễn Văn Anh']);
    expect(names(repo.searchDossiers('van a', 1))).toEqual(['Nguyễn Văn A']);
    expect(names(repo.searchDossiers('anh'))).toEqual(['Trần Ngọc Ánh', 'Nguyễn Văn Anh']);
  });

  it('treats đ and d alike, whichever is typed or stored', () => {
    const { repo } = ledger();
    expect(names(repo.searchDossiers('do thi'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('đỗ'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('Đo huong'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('duc'))).toEqual(['Lê Văn Đức']); // stored decomposed (NFD)
    expect(names(repo.searchDossiers('lê văn đức'))).toEqual(['Lê Văn Đức']);
  });

  it('matches partial codes, identity numbers and phone digits', () => {
    const { repo, code } = ledger();
    expect(code('Đỗ Thị Hường')).toBe('000.00.12.H40-240307-1003');
    expect(names(repo.searchDossiers('240307-1003'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('H40-240307-100'))).toHaveLength(5);
    expect(names(repo.searchDossiers('000.00.12.h40-240307-1001'))).toEqual(['Nguyễn Văn A']);
    expect(names(repo.searchDossiers('0341900'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('0903456'))).toEqual(['Đỗ Thị Hường']); // stored as 0903-456-789
    expect(names(repo.searchDossiers('0912345678'))).toEqual(['Nguyễn Văn A']); // stored as 0912 345 678
    expect(names(repo.searchDossiers('0987111'))).toEqual(['Nguyễn Văn Anh']);
    expect(names(repo.searchDossiers('001203004'))).toEqual(['Nguyễn Văn Anh', 'Nguyễn Văn A']);
  });

  it('follows changes of name, phone and code', () => {
    const { repo, byName } = ledger();
    const a = byName.get('Nguyễn Văn A');
    if (!a) throw new Error('missing');
    repo.update(a.id, { applicantName: 'Phạm Thị Bích', phone: '0365 000 111' }, ACTOR);
    expect(names(repo.searchDossiers('nguyen van a'))).toEqual(['Nguyễn Văn Anh']);
    expect(names(repo.searchDossiers('pham bich'))).toEqual(['Phạm Thị Bích']);
    expect(names(repo.searchDossiers('0365000'))).toEqual(['Phạm Thị Bích']);
    expect(names(repo.searchDossiers('0912'))).toEqual([]);
  });

  it('is safe against FTS syntax in what is typed', () => {
    const { repo } = ledger();
    for (const q of ['"', '""', 'nguyen"', '*', 'a*', 'NEAR(a b)', 'a OR b', 'NOT a', 'applicant_name:do', '(do', '-do', '^do', "'; DROP TABLE dossiers; --", '\\', '{a b}:x']) {
      expect(() => repo.searchDossiers(q)).not.toThrow();
      expect(() => repo.listPage({ filter: { text: q } })).not.toThrow();
    }
    expect(names(repo.searchDossiers('applicant_name:do'))).toEqual([]);
    expect(names(repo.searchDossiers('(do'))).toEqual(['Đỗ Thị Hường']);
    expect(repo.searchDossiers('   ')).toEqual([]);
    expect(repo.searchDossiers('?!…')).toEqual([]);
    expect(repo.listPage({ filter: { text: '?!' } }).items).toEqual([]);
    expect(repo.count({ text: 'nguyen' })).toBe(2);
  });

  it('combines the search box with the ledger page filters', () => {
    const { repo } = ledger();
    expect(names(repo.listPage({ filter: { text: 'nguyen van', field: 'Hộ tịch' } }).items)).toEqual(['Nguyễn Văn Anh', 'Nguyễn Văn A']);
    expect(repo.listPage({ filter: { text: 'nguyen', field: 'Chứng thực' } }).items).toEqual([]);
    expect(names(repo.listPage({ filter: { text: 'nguyen', status: 'pending' } }).items)).toHaveLength(2);
  });
});

describe('ftsMatchExpression', () => {
  it('quotes folded words, as prefixes or whole words', () => {
    expect(ftsMatchExpression('Nguyễn Văn A')).toBe('"nguyen"* AND "van"* AND "a"*');
    expect(ftsMatchExpression('Nguyễn Văn A', 'exact')).toBe('"nguyen" AND "van" AND "a"');
    expect(ftsMatchExpression('H40-240307-10')).toBe('"h40 240307 10"*');
    expect(ftsMatchExpression('Đỗ "x" OR y*')).toBe('"do"* AND "x"* AND "or"* AND "y"*');
    expect(ftsMatchExpression(' ?! ')).toBeNull();
  });
});
