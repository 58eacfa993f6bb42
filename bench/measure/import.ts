// CSV import throughput: a 100k-row ledger file (the old ledger of a neighbouring commune merged into
// this one, so no code collides) through the real two steps, planImport (read, check every row,
// compute due dates, compare with the ledger) then applyImport (one transaction of repository inserts
// with history). Generating the file is not timed.
import type { DayNumber } from '../../shared/time/day';
import { applyImport } from '../../electron/services/import-apply';
import { planImport } from '../../electron/services/import-plan';
import type { LedgerSession } from '../../electron/services/ledger-session';
import { streamDossiers } from '../generate/generate-ledger';
import { createLedgerCsv } from '../generate/ledger-csv';
import { nowMs } from '../stats';

export const IMPORT_ROWS = 100_000;
const MERGED_UNIT_CODE = '000.00.21.H58';

export interface ImportTimes {
  rows: number;
  planMs: number;
  applyMs: number;
  rowsPerSecond: number;
}

export function importFile(session: LedgerSession, asOf: DayNumber, rows: number, unitCode = MERGED_UNIT_CODE): Uint8Array {
  const csv = createLedgerCsv();
  const base = { calendar: session.calendar(), policy: session.policy(), procedures: session.catalogue.listActive(asOf) };
  streamDossiers({ dossiers: rows, seed: 99, from: asOf - 730, asOf, unitCode }, base, (r) => csv.add(r));
  return csv.bytes();
}

export async function measureImport(session: LedgerSession, asOf: DayNumber, rows = IMPORT_ROWS): Promise<ImportTimes> {
  const bytes = importFile(session, asOf, rows);
  const start = nowMs();
  const plan = await planImport(session, bytes, 'so-theo-doi-xa-cu.csv');
  const planned = nowMs();
  if (plan.problems.length > 0) {
    const first = plan.problems[0];
    throw new Error(`Generated import file has ${plan.problems.length} problem(s), first: line ${first?.line} ${first?.column}: ${first?.reason}`);
  }
  const outcome = applyImport(session, plan, { update: false });
  const applied = nowMs();
  if (outcome.inserted !== rows) throw new Error(`Import inserted ${outcome.inserted} of ${rows} rows`);
  return { rows, planMs: planned - start, applyMs: applied - planned, rowsPerSecond: rows / ((applied - start) / 1000) };
}
