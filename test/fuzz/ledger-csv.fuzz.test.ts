// Fuzzing the ledger CSV import (read → validate → plan → apply) with inputs derived from the shared
// fixture: bit flips and byte edits of the file, cell-level edits with hostile values, and random bytes.
// Whatever comes in: no crash (only a LedgerFileError or ImportRejectedError, or problems, all in
// readable Vietnamese), and the ledger is unchanged unless the whole file was written.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../electron/import';
import { ImportRejectedError, applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { FIXTURE_CSV, initLedger, tempFolder } from '../cli/helpers';
import { FUZZ_SEED, type FuzzInput, expectReadable, expectTypedError, fingerprint, fuzzInput, mutate, mutationsArb } from './fuzz-helpers';

const FIXTURE = new Uint8Array(readFileSync(FIXTURE_CSV));
const LINES = readFileSync(FIXTURE_CSV, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split(','));

/** Values that have broken importers elsewhere. */
const HOSTILE = [
  '', ' ', '"', '""', 'a"b', ',', ';', '\n', '\r\n', '\t', '\u0000', '\uFEFF', '\u202E', '=1+1', '@SUM(A1)', '-1', '0', '1e309',
  'NaN', 'Infinity', '2024-02-30', '2024-13-01', '0000-00-00', '9999-12-31 23:59', '2024-03-07 24:00', '2024-03-07T09:00',
  '07/03/2024', '2023-12-15 11:00 ', '1.004873 ', '1.004873', 'Trực tuyến toàn trình', 'TRỰC TIẾP', 'x'.repeat(5000), '😀'.repeat(50),
  'Nguyễn Văn A', 'Nguyễn Văn A', '{"a":1}', '<script>', "'; DROP TABLE dossiers; --",
];

const cellArb = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 }));

type Edit =
  | { kind: 'cell'; row: number; col: number; value: string }
  | { kind: 'drop-column'; col: number }
  | { kind: 'swap-header'; a: number; b: number }
  | { kind: 'add-column'; name: string }
  | { kind: 'duplicate-row'; row: number }
  | { kind: 'drop-row'; row: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('cell' as const), row: fc.nat(), col: fc.nat(), value: cellArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-column' as const), col: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-header' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add-column' as const), name: cellArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate-row' as const), row: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-row' as const), row: fc.nat() }) },
);

const quote = (cell: string, separator: string) => (/["\n\r]/.test(cell) || cell.includes(separator) ? `"${cell.replaceAll('"', '""')}"` : cell);

function applyEdits(edits: readonly Edit[], separator: string, bom: boolean, crlf: boolean, quoted: boolean): FuzzInput {
  const rows = LINES.map((r) => [...r]);
  const width = rows[0]!.length;
  for (const e of edits) {
    if (e.kind === 'cell') rows[e.row % rows.length]![e.col % width] = e.value;
    if (e.kind === 'drop-column') for (const r of rows) r.splice(e.col % width, 1);
    if (e.kind === 'swap-header') {
      const header = rows[0]!;
      const [a, b] = [e.a % header.length, e.b % header.length];
      [header[a], header[b]] = [header[b]!, header[a]!];
    }
    if (e.kind === 'add-column') rows.forEach((r, i) => r.push(i === 0 ? e.name : 'thêm'));
    if (e.kind === 'duplicate-row') rows.push([...rows[1 + (e.row % (rows.length - 1))]!]);
    if (e.kind === 'drop-row' && rows.length > 1) rows.splice(e.row % rows.length, 1);
  }
  const text = rows.map((r) => r.map((c) => (quoted ? quote(c, separator) : c)).join(separator)).join(crlf ? '\r\n' : '\n');
  return fuzzInput(new TextEncoder().encode((bom ? '\uFEFF' : '') + text));
}

const structuredArb = fc
  .tuple(fc.array(editArb, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';'), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([edits, separator, bom, crlf, quoted]) => applyEdits(edits, separator, bom, crlf, quoted));

/** One import attempt, checked: typed readable errors only, and all-or-nothing writes. */
async function attempt(session: LedgerSession, input: FuzzInput, fileName: string, update: boolean): Promise<'written' | 'refused' | 'nothing'> {
  const before = fingerprint(session.db);
  let plan;
  try {
    plan = await planImport(session, input.bytes, fileName);
  } catch (error) {
    expectTypedError(error, [LedgerFileError], input.text);
    expect(fingerprint(session.db)).toEqual(before);
    return 'refused';
  }
  expect(fingerprint(session.db)).toEqual(before);
  for (const p of plan.problems) {
    expectReadable(p.reason, input.text);
    expect(p.line).toBeGreaterThanOrEqual(1);
  }
  for (const w of plan.warnings) expectReadable(w, input.text);
  let outcome;
  try {
    outcome = applyImport(session, plan, { update });
  } catch (error) {
    expectTypedError(error, [ImportRejectedError], input.text);
    expect(plan.problems.length).toBeGreaterThan(0);
    expect(fingerprint(session.db)).toEqual(before);
    return 'refused';
  }
  const after = fingerprint(session.db);
  expect(outcome.inserted).toBe(plan.counts.new);
  expect(after.dossiers - before.dossiers).toBe(outcome.inserted);
  expect(after.history - before.history).toBe(outcome.inserted + outcome.updated);
  expect(after.batches - before.batches).toBe(outcome.batchId === null ? 0 : 1);
  return outcome.batchId === null ? 'nothing' : 'written';
}

async function withLedger(run: (session: LedgerSession) => Promise<void>): Promise<void> {
  const session = openLedgerSession(await initLedger(tempFolder()), { actor: 'kiểm thử fuzz' });
  try {
    await run(session);
  } finally {
    session.close();
  }
}

describe('fuzzing the CSV ledger import', () => {
  it('the unmodified fixture imports whole (the baseline the mutations start from)', async () => {
    await withLedger(async (session) => {
      expect(await attempt(session, fuzzInput(FIXTURE), 'so.csv', false)).toBe('written');
      expect(await attempt(session, fuzzInput(FIXTURE), 'so.csv', false)).toBe('nothing');
    });
  });

  it('bit flips and byte edits of the fixture', async () => {
    await withLedger(async (session) => {
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(mutationsArb, fc.boolean(), async (mutations, update) => {
          seen.add(await attempt(session, fuzzInput(mutate(FIXTURE, mutations)), 'so.csv', update));
        }),
        { seed: FUZZ_SEED, numRuns: 150 },
      );
      expect(seen).toContain('refused');
      expect(seen).toContain('written');
    });
  });

  it('cell-level edits with hostile values, separators, quoting, BOM and line ends', async () => {
    await withLedger(async (session) => {
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(structuredArb, fc.boolean(), async (input, update) => {
          seen.add(await attempt(session, input, 'so.csv', update));
        }),
        { seed: FUZZ_SEED, numRuns: 150 },
      );
      expect(seen).toContain('refused');
    });
  });

  it('random bytes under any name', async () => {
    await withLedger(async (session) => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }).map(fuzzInput), fc.constantFrom('so.csv', 'so.xlsx', 'so.xls', 'so', 'so.pdf'), async (input, name) => {
          expect(await attempt(session, input, name, false)).not.toBe('written');
        }),
        { seed: FUZZ_SEED, numRuns: 100 },
      );
    });
  });
});
