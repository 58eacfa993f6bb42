// What citizens give at the counter: the last digits of their phone or CCCD ("số đuôi"), or the name of
// the procedure ("khai sinh"). Migration 015 indexed the endings of numbers (replaced by 022's index of
// any part of them, test/ledger/search-number-parts.test.ts), 016 the dossiers per procedure; both through
// the search box (searchDossiers) and the ledger's text filter (listPage, count).
import { describe, expect, it } from 'vitest';
import { createCatalogueRepository } from '../../electron/ledger/catalogue-repository';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { openLedger } from '../../electron/ledger/open-ledger';
import { MIGRATIONS } from '../../electron/ledger/migrations/index';
import { migration015NumberTails } from '../../electron/ledger/migrations/015-number-tails';
import { numberPartMatchExpression } from '../../electron/ledger/search-query';
import { ACTOR, configureDesk, openTempLedger, sampleDossier, tempFile, track } from './helpers';

const names = (items: Array<{ applicantName: string }>) => items.map((i) => i.applicantName);

function ledger() {
  const db = openTempLedger();
  configureDesk(db, '000.00.12.H40', 1);
  createCatalogueRepository(db).seedDefault(ACTOR);
  const repo = createDossierRepository(db);
  const add = (applicantName: string, idNumber: string, phone: string, procedureCode = '1.001193', procedureName = 'Đăng ký khai sinh') =>
    repo.insert(sampleDossier('2024-03-07', 480 + repo.count(), { applicantName, idNumber, phone, procedureCode, procedureName }), ACTOR);
  add('Nguyễn Văn A', '001203004005', '0912 345 678');
  add('Đỗ Thị Hường', '034190000123', '0903-456-789', '2.000908', 'Cấp bản sao từ sổ gốc');
  add('Trần Ngọc Ánh', '190123678', '+84 987 005 678', '1.000894', 'Đăng ký kết hôn');
  add('Lê Văn Đức', '', '');
  return { db, repo, add };
}

describe('search by the last digits of a number', () => {
  it('finds the phone and identity number endings, with spaces, dots or dashes', () => {
    const { repo } = ledger();
    // since 022 any part matches: 5678 is also in the middle of Đỗ Thị Hường's 0903-456-789
    expect(names(repo.searchDossiers('5678'))).toEqual(['Trần Ngọc Ánh', 'Đỗ Thị Hường', 'Nguyễn Văn A']);
    expect(names(repo.searchDossiers('005 678'))).toEqual(['Trần Ngọc Ánh']); // +84 987 005 678
    expect(names(repo.searchDossiers('456-789'))).toEqual(['Đỗ Thị Hường']);
    // CCCD 034190000123; since 022 any part matches, so also the middle of CMND 190123678
    expect(names(repo.searchDossiers('0123'))).toEqual(['Trần Ngọc Ánh', 'Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('123678'))).toEqual(['Trần Ngọc Ánh']); // CMND 190123678
    expect(names(repo.searchDossiers('004005'))).toEqual(['Nguyễn Văn A']);
    expect(names(repo.searchDossiers('0912'))).toEqual(['Nguyễn Văn A']); // the start, as before
    expect(repo.searchDossiers('99999')).toEqual([]);
  });

  it('works in the ledger filter and its count, and follows changes', () => {
    const { repo } = ledger();
    expect(names(repo.listPage({ filter: { text: '5678' } }).items)).toEqual(['Trần Ngọc Ánh', 'Đỗ Thị Hường', 'Nguyễn Văn A']);
    expect(repo.count({ text: '5678' })).toBe(3);
    expect(repo.count({ text: '5678', field: 'Hộ tịch' })).toBe(3);
    const a = repo.searchDossiers('0912 345 678')[0];
    if (!a) throw new Error('missing');
    repo.update(a.id, { phone: '0365 000 111' }, ACTOR);
    expect(names(repo.searchDossiers('5678'))).toEqual(['Trần Ngọc Ánh', 'Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('0111'))).toEqual(['Nguyễn Văn A']);
  });

  it('only treats one number of 3 or more characters as a number part', () => {
    expect(numberPartMatchExpression('5678')).toBe('"5678"');
    expect(numberPartMatchExpression('345 678')).toBe('"345678"');
    expect(numberPartMatchExpression('56')).toBeNull();
    expect(numberPartMatchExpression('nguyen 5678')).toBeNull();
    expect(numberPartMatchExpression('"5678" OR 1')).toBeNull();
    expect(numberPartMatchExpression('1234567890123')).toBe('"1234567890123"');
  });
});

describe('search by procedure name', () => {
  it('finds the dossiers of the procedures the words name, without diacritics', () => {
    const { repo, add } = ledger();
    add('Phạm Thị Lan', '', '', '1.003583', 'Đăng ký khai sinh lưu động');
    expect(names(repo.searchDossiers('khai sinh'))).toEqual(['Phạm Thị Lan', 'Lê Văn Đức', 'Nguyễn Văn A']);
    expect(names(repo.searchDossiers('khai sinh luu'))).toEqual(['Phạm Thị Lan']);
    expect(names(repo.searchDossiers('kết hôn'))).toEqual(['Trần Ngọc Ánh']);
    expect(names(repo.listPage({ filter: { text: 'ban sao tu so goc' } }).items)).toEqual(['Đỗ Thị Hường']);
    expect(repo.count({ text: 'khai sinh' })).toBe(3);
    expect(repo.searchDossiers('khai')).toHaveLength(3);
    // short words name no procedure ("ket" could be the start of a name)
    expect(repo.searchDossiers('ket')).toEqual([]);
  });
});

describe('migration 015 (number endings, now in 022)', () => {
  it('indexes the dossiers logged before it', () => {
    const file = tempFile();
    const before = openLedger(file, { migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration015NumberTails)) });
    configureDesk(before, '000.00.12.H40', 1);
    createDossierRepository(before).insert(sampleDossier('2024-03-07', 600, { applicantName: 'Trần Thị Hoa', phone: '0912 345 678' }), ACTOR);
    before.close();
    const after = track(openLedger(file));
    expect(after.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(names(createDossierRepository(after).searchDossiers('678'))).toEqual(['Trần Thị Hoa']);
  });
});
