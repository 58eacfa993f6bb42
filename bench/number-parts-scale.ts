// The number-parts index of migration 022 alone, at a size the full bench takes hours to reach: a temp
// SQLite file with only a `dossiers`-like table (code, identity number, phone) and 022's trigram table and
// insert trigger, filled with realistic numbers; then 200 middle-part and ending searches as the search
// box runs them, the index size, and the cost per dossier written (with the trigger minus without).
//   npx tsx bench/number-parts-scale.ts [rows=1000000]
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NUMBER_SUBSTRINGS_TABLE, gramValues } from '../electron/ledger/migrations/022-number-substrings';
import { numberPartMatchExpression } from '../electron/ledger/search-query';
import { createRandom, type Random } from './generate/random';
import { nowMs, percentile } from './stats';

const rows = Number(process.argv[2] ?? 1_000_000);
const random = createRandom(22);
const digits = (r: Random, n: number) => Array.from({ length: n }, () => String(r.int(0, 9))).join('');
const pad = (n: number, w: number) => String(n).padStart(w, '0');

function dossier(i: number): [string, string, string] {
  const day = Math.floor(i / 300); // ~300 dossiers a working day over the years
  const code = `000.00.12.H40-${pad(16 + Math.floor(day / 250), 2)}${pad(1 + (Math.floor(day / 21) % 12), 2)}${pad(1 + (day % 28), 2)}-${random.int(1, 3)}${pad(1 + (i % 300), 3)}`;
  const id = random.chance(0.1) ? '' : random.chance(0.15) ? digits(random, 9) : `0${pad(random.int(1, 96), 2)}${random.int(0, 3)}${digits(random, 8)}`;
  const phone = random.chance(0.1) ? '' : `0${random.pick(['3', '5', '7', '8', '9'])}${digits(random, 8)}`;
  const spaced = phone !== '' && random.chance(0.3) ? `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}` : phone;
  return [code, id, spaced];
}

function build(file: string, withIndex: boolean, n: number): { ms: number } {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE dossiers (row_id INTEGER PRIMARY KEY, code TEXT NOT NULL, id_number TEXT NOT NULL, phone TEXT NOT NULL)');
  if (withIndex) {
    db.exec(`CREATE VIRTUAL TABLE ${NUMBER_SUBSTRINGS_TABLE} USING fts5(code, id_number, phone, content = '', contentless_delete = 1, tokenize = 'trigram');
      CREATE TRIGGER grams AFTER INSERT ON dossiers BEGIN INSERT INTO ${NUMBER_SUBSTRINGS_TABLE}(rowid, code, id_number, phone) VALUES (${gramValues('new')}); END;`);
  }
  const insert = db.prepare('INSERT INTO dossiers (row_id, code, id_number, phone) VALUES (?, ?, ?, ?)');
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) insert.run(i + 1, ...dossier(i));
  });
  const start = nowMs();
  for (let from = 0; from < n; from += 5000) batch(from, Math.min(n, from + 5000));
  const ms = nowMs() - start;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { ms };
}

const dir = mkdtempSync(path.join(tmpdir(), 'somc-parts-'));
try {
  const file = path.join(dir, 'parts.sqlite');
  const sample = Math.min(rows, 100_000);
  const bare = build(path.join(dir, 'bare.sqlite'), false, sample);
  const withIndexSample = build(path.join(dir, 'sample.sqlite'), true, sample);
  const full = build(file, true, rows);
  const db = new Database(file, { readonly: true });
  const indexBytes = db.prepare<[], number>(`SELECT sum(pgsize) FROM dbstat WHERE name LIKE '${NUMBER_SUBSTRINGS_TABLE}%'`).pluck().get() ?? 0;
  const byRow = db.prepare<[number], { code: string; id_number: string; phone: string }>('SELECT code, id_number, phone FROM dossiers WHERE row_id = ?');
  const queries: { kind: string; text: string }[] = [];
  while (queries.length < 200) {
    const row = byRow.get(random.int(1, rows));
    if (!row) continue;
    const phone = row.phone.replace(/ /g, '');
    const kind = random.pick(['phone middle', 'id middle', 'code middle', 'phone ending', 'id ending', 'absent']);
    const from = (text: string, start: number, length: number) => text.slice(start, start + length);
    const len = random.int(3, 6);
    const text =
      kind === 'phone middle' ? from(phone, random.int(1, 10 - len - 1), len)
      : kind === 'id middle' ? from(row.id_number, random.int(1, Math.max(1, row.id_number.length - len - 1)), len)
      : kind === 'code middle' ? from(row.code.slice(-11), random.int(0, 11 - len - 1), len)
      : kind === 'phone ending' ? phone.slice(-len)
      : kind === 'id ending' ? row.id_number.slice(-len)
      : `${random.int(1, 9)}${digits(random, 7)}`; // a number nobody has: the index is read to its end
    if (text.length >= 3) queries.push({ kind, text });
  }
  const search = db.prepare<{ match: string }, number>(`SELECT rowid FROM ${NUMBER_SUBSTRINGS_TABLE} WHERE ${NUMBER_SUBSTRINGS_TABLE} MATCH @match ORDER BY rowid DESC LIMIT 20`).pluck();
  search.all({ match: '"0912"' });
  const times = queries.map((q) => {
    const match = numberPartMatchExpression(q.text) ?? '""';
    const start = nowMs();
    const found = search.all({ match }).length;
    return { ...q, ms: nowMs() - start, found };
  });
  const ms = times.map((t) => t.ms);
  const slowest = [...times].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const perRowUs = ((withIndexSample.ms - bare.ms) / sample) * 1000;
  console.log(JSON.stringify({
    rows,
    build_s: +(full.ms / 1000).toFixed(1),
    index_mb: +(indexBytes / 1e6).toFixed(1),
    file_mb: +(statSync(file).size / 1e6).toFixed(1),
    write_us_per_dossier: +perRowUs.toFixed(1),
    search_p50_ms: +percentile(ms, 50).toFixed(3),
    search_p99_ms: +percentile(ms, 99).toFixed(3),
    slowest,
  }, null, 1));
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
