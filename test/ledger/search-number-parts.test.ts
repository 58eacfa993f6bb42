// Any part of a dossier code, identity number or phone (migration 022): the middle digits a citizen reads
// out ("345 67" of 0912 345 678), a fragment of a code ("240307-1"), whatever spaces, dots or dashes are
// typed inside; names still through the word index (folded, đ → d); whole words and starts first.
import { describe, expect, it } from 'vitest';
import { ordinaryTables } from '../../electron/handoff/ledger-content';
import { createDossierRepository } from '../../electron/ledger/dossier-repository';
import { openLedger } from '../../electron/ledger/open-ledger';
import { MIGRATIONS } from '../../electron/ledger/migrations/index';
import { NUMBER_SUBSTRINGS_TABLE, migration022NumberSubstrings } from '../../electron/ledger/migrations/022-number-substrings';
import { ACTOR, configureDesk, openTempLedger, sampleDossier, tempFile, track } from './helpers';

const names = (items: Array<{ applicantName: string }>) => items.map((i) => i.applicantName);

function ledger() {
  const db = openTempLedger();
  configureDesk(db, '000.00.12.H40', 1);
  const repo = createDossierRepository(db);
  const add = (applicantName: string, idNumber: string, phone: string, date = '2024-03-07') =>
    repo.insert(sampleDossier(date, 480 + repo.count(), { applicantName, idNumber, phone }), ACTOR);
  const a = add('Nguyễn Văn A', '001203004005', '0912 345 678');
  const b = add('Đỗ Thị Hường', '034190000123', '0903-111-789', '2025-11-20');
  const c = add('Trần Ngọc Ánh', '190123678', '+84 987 005 678');
  return { db, repo, add, codes: [a.code, b.code, c.code] };
}

describe('search by any part of a number or code', () => {
  it('finds the middle digits of a phone, with or without separators', () => {
    const { repo } = ledger();
    expect(names(repo.searchDossiers('345 67'))).toEqual(['Nguyễn Văn A']);
    expect(names(repo.searchDossiers('2345'))).toEqual(['Nguyễn Văn A']);
    expect(names(repo.searchDossiers('03.111'))).toEqual(['Đỗ Thị Hường']); // 0903-111-789
    expect(names(repo.searchDossiers('9870056'))).toEqual(['Trần Ngọc Ánh']); // +84 987 005 678 read as 0987 005 678
    expect(names(repo.searchDossiers('0987 005'))).toEqual(['Trần Ngọc Ánh']);
    expect(repo.searchDossiers('345 99')).toEqual([]);
  });

  it('finds the middle of an identity number', () => {
    const { repo } = ledger();
    expect(names(repo.searchDossiers('2030040'))).toEqual(['Nguyễn Văn A']);
    expect(names(repo.searchDossiers('4190 000'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('9012'))).toEqual(['Trần Ngọc Ánh']); // CMND 190123678
  });

  it('finds a fragment of a code, typed with or without its dashes and dots', () => {
    const { repo, codes } = ledger();
    const [a, b] = codes;
    expect(a).toMatch(/^000\.00\.12\.H40-240307-1\d{3}$/);
    expect(b).toMatch(/-251120-1/);
    expect(names(repo.searchDossiers('251120-1'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('51120'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('h40-2511'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('12.H40'))).toHaveLength(3); // by the word index
  });

  it('leaves the unit code, the same in every code of the office, out of the number-parts index', () => {
    const { db } = ledger();
    const hits = (match: string) => db.prepare<[string], number>(`SELECT count(*) FROM ${NUMBER_SUBSTRINGS_TABLE} WHERE ${NUMBER_SUBSTRINGS_TABLE} MATCH ?`).pluck().get(match);
    expect(hits('"12h40"')).toBe(0);
    expect(hits('"0000012"')).toBe(0);
    expect(hits('"2403071"')).toBe(2);
  });

  it('ranks whole numbers and their starts before a part found inside another number', () => {
    const { repo, add } = ledger();
    add('Phạm Văn Bốn', '', '0345 678 000'); // its phone starts with 345 678, newest
    // "345678" is inside Nguyễn Văn A's phone and starts Phạm Văn Bốn's: the start first
    expect(names(repo.searchDossiers('345 678'))).toEqual(['Phạm Văn Bốn', 'Nguyễn Văn A']);
    add('Lê Thị Năm', '', '0912 345 678'); // the same phone as Nguyễn Văn A
    const whole = names(repo.searchDossiers('0912345678'));
    expect(whole.slice(0, 2).sort()).toEqual(['Lê Thị Năm', 'Nguyễn Văn A']);
  });

  it('keeps names searched by words, folded (đ → d), and does not read words as numbers', () => {
    const { repo } = ledger();
    expect(names(repo.searchDossiers('do thi huong'))).toEqual(['Đỗ Thị Hường']);
    expect(names(repo.searchDossiers('ngoc anh'))).toEqual(['Trần Ngọc Ánh']);
    expect(repo.searchDossiers('ngu')).toHaveLength(1); // the start of "Nguyễn", not a part of anything
  });

  it('works in the ledger filter and its count, and follows edits', () => {
    const { repo } = ledger();
    expect(names(repo.listPage({ filter: { text: '45 67' } }).items)).toEqual(['Nguyễn Văn A']);
    expect(repo.count({ text: '005 67' })).toBe(1);
    const a = repo.searchDossiers('345 67')[0];
    if (!a) throw new Error('missing');
    repo.update(a.id, { phone: '0365 111 222', idNumber: '' }, ACTOR);
    expect(repo.searchDossiers('345 67')).toEqual([]);
    expect(names(repo.searchDossiers('51112'))).toEqual(['Nguyễn Văn A']);
    expect(repo.searchDossiers('2030040')).toEqual([]);
  });
});

describe('migration 022 (number parts)', () => {
  it('indexes the dossiers logged before it and drops the endings index of 015', () => {
    const file = tempFile();
    const before = openLedger(file, { migrations: MIGRATIONS.slice(0, MIGRATIONS.indexOf(migration022NumberSubstrings)) });
    configureDesk(before, '000.00.12.H40', 1);
    createDossierRepository(before).insert(sampleDossier('2024-03-07', 600, { applicantName: 'Trần Thị Hoa', phone: '0912 345 678' }), ACTOR);
    before.close();
    const after = track(openLedger(file));
    expect(after.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(names(createDossierRepository(after).searchDossiers('234 56'))).toEqual(['Trần Thị Hoa']);
    const tables = after.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'dossier_number_tails%'").pluck().all();
    expect(tables).toEqual([]);
    // derived, like the other full-text indexes: never carried by a full package, refilled by the triggers
    expect(ordinaryTables(after).filter((t) => t.startsWith('dossier_number'))).toEqual([]);
  });
});
