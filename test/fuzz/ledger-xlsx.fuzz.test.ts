// Fuzzing the ledger .xlsx import with a workbook generated from the shared fixture: bit flips and byte
// edits of the .xlsx (a ZIP of XML), and workbooks whose cells hold values of every kind Excel allows.
// No crash (only a LedgerFileError or ImportRejectedError, or problems, in Vietnamese), no partial write.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { LedgerFileError } from '../../electron/import';
import { ImportRejectedError, applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { FIXTURE_CSV, initLedger, tempFolder } from '../cli/helpers';
import { FUZZ_SEED, type FuzzInput, expectReadable, expectTypedError, fingerprint, fuzzInput, mutate, mutationsArb } from './fuzz-helpers';

const ROWS = readFileSync(FIXTURE_CSV, 'utf8').split('\n').filter((l) => l !== '').map((l) => l.split(','));
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;

/** A fixture cell as Excel would hold it: dates as date cells (wall-clock in UTC fields), the rest as text. */
function excelValue(text: string): ExcelJS.CellValue {
  const m = DATE_TIME.exec(text);
  if (!m) return text;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1);
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
}

type Cell = ExcelJS.CellValue;

async function workbookBytes(rows: Cell[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ theo dõi');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom('', 'Trực tiếp', '1.004873', '2024-02-30', '=A1', '#N/A', '\u0000', 'x'.repeat(3000)),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1899, 11, 30)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }),
  fc.constant(null),
  // (plain objects: exceljs calls methods of Object.prototype on what it writes)
  fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 3 }).map((parts) => ({ richText: parts.map((text) => ({ text })) })),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('https://dichvucong.gov.vn', 'file:///C:/', 'javascript:alert(1)'))
    .map(([text, hyperlink]) => ({ text, hyperlink })),
  fc
    .tuple(fc.constantFrom('A1+1', 'NOW()', 'HYPERLINK("x")'), fc.oneof(fc.string({ maxLength: 10 }), fc.integer()))
    .map(([formula, result]) => ({ formula, result })),
  fc.constantFrom('#N/A' as const, '#DIV/0!' as const, '#VALUE!' as const).map((error) => ({ error })),
);

const editsArb = fc.array(fc.record({ row: fc.nat(), col: fc.nat({ max: 9 }), value: cellArb }), { minLength: 1, maxLength: 6 });

async function attempt(session: LedgerSession, input: FuzzInput, update: boolean): Promise<'written' | 'refused' | 'nothing'> {
  const before = fingerprint(session.db);
  let plan;
  try {
    plan = await planImport(session, input.bytes, 'so.xlsx');
  } catch (error) {
    expectTypedError(error, [LedgerFileError], input.text);
    expect(fingerprint(session.db)).toEqual(before);
    return 'refused';
  }
  expect(fingerprint(session.db)).toEqual(before);
  for (const p of plan.problems) expectReadable(p.reason, input.text);
  for (const w of plan.warnings) expectReadable(w, input.text);
  let outcome;
  try {
    outcome = applyImport(session, plan, { update });
  } catch (error) {
    expectTypedError(error, [ImportRejectedError], input.text);
    expect(fingerprint(session.db)).toEqual(before);
    return 'refused';
  }
  const after = fingerprint(session.db);
  expect(after.dossiers - before.dossiers).toBe(outcome.inserted);
  expect(after.history - before.history).toBe(outcome.inserted + outcome.updated);
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

describe('fuzzing the .xlsx ledger import', () => {
  let baseRows: Cell[][] = [];
  let base: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    baseRows = ROWS.map((row, i) => (i === 0 ? row : row.map(excelValue)));
    base = await workbookBytes(baseRows);
  });

  it('the generated workbook imports whole (the baseline)', async () => {
    await withLedger(async (session) => {
      expect(await attempt(session, fuzzInput(base), false)).toBe('written');
    });
  });

  it('bit flips and byte edits of the .xlsx file', async () => {
    await withLedger(async (session) => {
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(mutationsArb, fc.boolean(), async (mutations, update) => {
          seen.add(await attempt(session, fuzzInput(mutate(base, mutations)), update));
        }),
        { seed: FUZZ_SEED, numRuns: 120 },
      );
      expect(seen).toContain('refused');
    });
  });

  it('cells of every kind Excel can hold', async () => {
    await withLedger(async (session) => {
      await fc.assert(
        fc.asyncProperty(editsArb, fc.boolean(), async (edits, update) => {
          const rows = baseRows.map((r) => [...r]);
          for (const e of edits) {
            const row = rows[e.row % rows.length]!;
            row[e.col] = e.value;
          }
          await attempt(session, fuzzInput(await workbookBytes(rows)), update);
        }),
        { seed: FUZZ_SEED, numRuns: 60 },
      );
    });
  });
});
