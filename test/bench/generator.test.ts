// The bench's synthetic ledger at a tiny scale: is it realistic enough to be worth measuring? Every
// quarter's report satisfies the identities, due dates come from the deadline engine, and the ledger
// has late, paused, extended, withdrawn and pending dossiers, every channel, Vietnamese names with
// diacritics. No timing is asserted here.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeDueDate } from '../../shared/deadline/due-date';
import { resolvePeriod } from '../../shared/periods/period';
import { foldText } from '../../shared/text/fold';
import { ymdFromDay } from '../../shared/time/day';
import { parseLocalDateTime } from '../../shared/time/local-time';
import type { TimeUnit } from '../../shared/catalogue/procedure';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { planImport } from '../../electron/services/import-plan';
import { compilePeriodReport } from '../../electron/services/report-service';
import { BENCH_ACTOR, type GeneratedLedger, generateLedger } from '../../bench/generate/generate-ledger';
import { importFile } from '../../bench/measure/import';
import { createRandom } from '../../bench/generate/random';
import { searchPrefixes } from '../../bench/workload/search-prefixes';

const DOSSIERS = 1000;
let dir = '';
let ledger: GeneratedLedger;
let session: LedgerSession;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'so-mot-cua-bench-test-'));
  ledger = generateLedger({ file: path.join(dir, 'so.db'), dossiers: DOSSIERS });
  session = openLedgerSession(ledger.file, { actor: BENCH_ACTOR });
});

afterAll(() => {
  session?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const count = (where: string): number =>
  session.db.prepare<[], number>(`SELECT count(*) FROM dossiers WHERE ${where}`).pluck().get() ?? 0;

describe('bench ledger generator', () => {
  it('writes exactly the requested number of dossiers, each with its first history event', () => {
    expect(count('1')).toBe(DOSSIERS);
    expect(session.db.prepare('SELECT count(DISTINCT dossier_id) FROM dossier_history').pluck().get()).toBe(DOSSIERS);
    expect(session.dossiers.listPage({ limit: 5 }).items).toHaveLength(5);
  });

  it('compiles every whole quarter of the span with the report identities intact', () => {
    let quarters = 0;
    for (let year = ymdFromDay(ledger.from).year; year <= ymdFromDay(ledger.asOf).year; year += 1) {
      for (const quarter of [1, 2, 3, 4] as const) {
        const period = resolvePeriod({ kind: 'quarter', year, quarter }, 'nd09');
        if (period.from < ledger.from || period.to > ledger.asOf) continue;
        const { total } = compilePeriodReport(session, period); // throws when an identity breaks
        expect(total.received).toBe(total.carried_over + total.new_online + total.new_direct_postal);
        expect(total.received).toBe(total.resolved + total.pending);
        expect(total.resolved).toBe(total.early + total.on_time + total.late);
        expect(total.pending).toBe(total.pending_in_time + total.pending_overdue);
        expect(total.received).toBeGreaterThan(0);
        quarters += 1;
      }
    }
    expect(quarters).toBeGreaterThanOrEqual(3);
  });

  it('has late, paused, extended, withdrawn and pending dossiers, and every channel', () => {
    expect(count('ended_day > due_day')).toBeGreaterThan(0);
    expect(count("supplements <> '[]'")).toBeGreaterThan(0);
    expect(count('apology_day IS NOT NULL')).toBeGreaterThan(0);
    expect(count("ending = 'rut'")).toBeGreaterThan(0);
    expect(count(`end_key = 2147483647 AND due_day >= ${ledger.asOf}`)).toBeGreaterThan(0); // pending in time
    expect(count(`end_key = 2147483647 AND due_day < ${ledger.asOf}`)).toBeGreaterThan(0); // pending overdue
    const channels = session.db.prepare<[], string>('SELECT DISTINCT channel FROM dossiers').pluck().all();
    expect(channels.sort()).toEqual(['buu_chinh', 'truc_tiep', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh']);
    expect(count("time_unit = 'same_day'")).toBeGreaterThan(count("time_unit = 'working_days'"));
  });

  it('takes every due date from the deadline engine', () => {
    const rows = session.db
      .prepare<[], { received_at: string; time_value: number; time_unit: TimeUnit; cutoff_minute: number | null; base_due_day: number }>(
        'SELECT received_at, time_value, time_unit, cutoff_minute, base_due_day FROM dossiers',
      )
      .all();
    const calendar = session.calendar();
    const hours = session.policy().officeHours;
    for (const r of rows) {
      const receivedAt = parseLocalDateTime(r.received_at);
      if (!receivedAt) throw new Error(`bad received_at ${r.received_at}`);
      const rule = { timeValue: r.time_value, timeUnit: r.time_unit, cutoffMinute: r.cutoff_minute, extraWorkingDays: 0 };
      expect(computeDueDate(rule, receivedAt, calendar, hours).day).toBe(r.base_due_day);
    }
  });

  it('gives applicants Vietnamese names with diacritics, phone and identity numbers', () => {
    const people = session.db
      .prepare<[], { applicant_name: string; phone: string; id_number: string }>('SELECT applicant_name, phone, id_number FROM dossiers')
      .all();
    const accented = people.filter((p) => foldText(p.applicant_name) !== p.applicant_name.toLowerCase());
    expect(accented.length).toBeGreaterThan(DOSSIERS * 0.8);
    expect(people.filter((p) => /^0\d{3}[ .]?\d{3}[ .]?\d{3}$/.test(p.phone)).length).toBeGreaterThan(DOSSIERS * 0.8);
    expect(people.every((p) => /^\d{9}$|^\d{12}$/.test(p.id_number))).toBe(true);
  });

  it('finds dossiers with the search prefixes it generates', () => {
    const prefixes = searchPrefixes(session.db, createRandom(1), 50);
    expect(prefixes).toHaveLength(50);
    const found = prefixes.filter((p) => session.dossiers.searchDossiers(p).length > 0);
    expect(found.length).toBe(prefixes.length);
  });

  it('writes an import file that the real importer accepts without a problem', async () => {
    const plan = await planImport(session, importFile(session, ledger.asOf, 300), 'so-cu.csv');
    expect(plan.problems).toEqual([]);
    expect(plan.counts.new).toBe(300);
  });
});
