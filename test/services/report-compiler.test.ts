// The ledger's report compiler (covering index + groups + the special dossiers one by one) gives exactly
// what the reference compiler gives over every row: random ledgers written through the real repository
// into real SQLite files, several periods under both period rules, both supplement policies, office
// calendar edits. Signed figures stay frozen, and the drill-down lists agree with the figures.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_INDEX } from '../../electron/ledger/migrations/009-report-index';
import { REPORT_ENTRIES_SQL, reportQueriesOf } from '../../electron/ledger/report-query';
import { type LedgerSession, openLedgerSession } from '../../electron/services/ledger-session';
import { cellMembers } from '../../electron/services/report-drilldown';
import { compilePeriodReport } from '../../electron/services/report-service';
import { periodReportView, signOffPeriod } from '../../electron/services/signoff-service';
import { setChairmanPin } from '../../electron/security/chairman-pin';
import type { ProcedureRule } from '../../shared/catalogue/procedure';
import { computeDueDate } from '../../shared/deadline/due-date';
import { DEFAULT_OFFICE_HOURS } from '../../shared/deadline/policy';
import { CHANNELS, ENDINGS, type Extension, RATINGS, type SupplementPause } from '../../shared/dossier/dossier';
import { type ReportPeriod, parsePeriodSpec, rangeSpec, resolvePeriod } from '../../shared/periods/period';
import { type CompiledReport, compileReport } from '../../shared/report/compile';
import { EXTENDED_KEYS, FORM_KEYS } from '../../shared/report/figures';
import { type DayNumber, dayFromIso, isoFromDay } from '../../shared/time/day';
import { cli } from '../cli/helpers';

const ACTOR = { actor: 'Cán bộ một cửa', at: new Date('2024-09-01T02:00:00.000Z') };
const FIRST = dayFromIso('2023-10-01');
const LAST = dayFromIso('2024-09-30');

// A few procedures; one code has two names and two time units, so which dossier names its average
// matters. Two fields are not in the catalogue, one of them a decomposed (NFD) spelling of a field that is.
const PROCEDURES: { code: string; name: string; field: string; rule: ProcedureRule }[] = [
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', rule: { timeValue: 0, timeUnit: 'same_day', cutoffMinute: 15 * 60, extraWorkingDays: 0 } },
  { code: '2.000815', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', rule: { timeValue: 0, timeUnit: 'same_day', cutoffMinute: 15 * 60, extraWorkingDays: 0 } },
  { code: '1.004873', name: 'Đăng ký kết hôn', field: 'Hộ tịch', rule: { timeValue: 5, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 0 } },
  { code: 'XA-01', name: 'Thủ tục riêng của xã', field: 'Lĩnh vực riêng', rule: { timeValue: 10, timeUnit: 'calendar_days', cutoffMinute: null, extraWorkingDays: 0 } },
  { code: '1.000001', name: 'Cấp giấy xác nhận', field: 'Đất đai', rule: { timeValue: 3, timeUnit: 'working_days', cutoffMinute: null, extraWorkingDays: 10 } },
  { code: '1.000001', name: 'Cấp giấy xác nhận (sửa đổi)', field: 'Đất đai', rule: { timeValue: 4, timeUnit: 'calendar_days', cutoffMinute: null, extraWorkingDays: 0 } },
  { code: '1.000002', name: 'Giờ làm việc', field: 'Đất đai', rule: { timeValue: 6, timeUnit: 'working_hours', cutoffMinute: null, extraWorkingDays: 0 } },
  { code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch'.normalize('NFD'), rule: { timeValue: 0, timeUnit: 'same_day', cutoffMinute: 15 * 60, extraWorkingDays: 0 } },
];

const PERIODS: ReportPeriod[] = [
  ...['2024-Q1', '2024-Q2', '2024-M03', '2024-H1', '2024'].flatMap((spec) =>
    (['nd09', 'calendar'] as const).map((rule) => resolvePeriod(parsePeriodSpec(spec)!, rule)),
  ),
  resolvePeriod(rangeSpec('2024-02-10', '2024-02-29')!, 'calendar'),
];

interface DossierSpec {
  procedure: number;
  channel: (typeof CHANNELS)[number];
  received: { day: DayNumber; minute: number };
  /** null: the engine's due date; else days after reception (an imported han_tra may be anything). */
  dueOffset: number | null;
  pauses: readonly { after: number; wait: number | null }[];
  end: { after: number; ending: (typeof ENDINGS)[number] | null; onlyReturn: boolean } | null;
  returnAfter: number | null;
  extension: { after: number; apology: boolean } | null;
  digitisedDossier: boolean;
  digitisedResult: boolean;
  storedResult: boolean;
  paidOnline: boolean;
  fee: number;
  rating: (typeof RATINGS)[number] | null;
  /** Logged without its end, which an update adds afterwards. */
  endedLater: boolean;
}

const oneIn = (n: number) => fc.integer({ min: 1, max: n }).map((k) => k === 1);

const dossierArb: fc.Arbitrary<DossierSpec> = fc.record({
  procedure: fc.integer({ min: 0, max: PROCEDURES.length - 1 }),
  channel: fc.constantFrom(...CHANNELS),
  received: fc.record({
    day: fc.integer({ min: FIRST, max: LAST }),
    minute: fc.oneof(fc.constantFrom(8 * 60, 10 * 60), fc.integer({ min: 0, max: 1439 })),
  }),
  dueOffset: fc.option(fc.integer({ min: -3, max: 40 }), { nil: null, freq: 3 }),
  pauses: fc.oneof(
    { weight: 5, arbitrary: fc.constant([]) },
    { weight: 2, arbitrary: fc.array(fc.record({ after: fc.integer({ min: 0, max: 30 }), wait: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null, freq: 4 }) }), { minLength: 1, maxLength: 3 }) },
  ),
  end: fc.option(
    fc.record({ after: fc.integer({ min: -1, max: 70 }), ending: fc.option(fc.constantFrom(...ENDINGS), { nil: null, freq: 4 }), onlyReturn: oneIn(9) }),
    { nil: null, freq: 5 },
  ),
  returnAfter: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
  extension: fc.option(fc.record({ after: fc.integer({ min: 0, max: 20 }), apology: fc.boolean() }), { nil: null, freq: 4 }),
  digitisedDossier: fc.boolean(),
  digitisedResult: fc.boolean(),
  storedResult: fc.boolean(),
  paidOnline: fc.boolean(),
  fee: fc.constantFrom(0, 0, 10_000, 50_000),
  rating: fc.option(fc.constantFrom(...RATINGS), { nil: null }),
  endedLater: oneIn(5),
});

const ledgerOf = (minLength: number) =>
  fc.record({
    dossiers: fc.array(dossierArb, { minLength, maxLength: 70, size: 'max' }),
    edits: fc.uniqueArray(fc.record({ day: fc.integer({ min: FIRST, max: LAST }), kind: fc.constantFrom('off' as const, 'work' as const) }), {
      maxLength: 3,
      selector: (e) => e.day,
    }),
    restart: fc.boolean(),
    multipleSupplementsAreLate: fc.boolean(),
  });
const ledgerArb = ledgerOf(1);

let folder = '';
let template = '';

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'so-mot-cua-report-compiler-'));
  template = join(folder, 'template.db');
  const init = await cli('init', '--db', template, '--unit-name', 'UBND xã Hương Hữu', '--unit-code', '000.00.21.H57');
  if (init.code !== 0) throw new Error(init.stderr);
});

afterAll(() => {
  if (folder !== '') rmSync(folder, { recursive: true, force: true });
});

let copies = 0;
function freshLedger(): LedgerSession {
  copies += 1;
  const file = join(folder, `ledger-${copies}.db`);
  copyFileSync(template, file);
  return openLedgerSession(file, { actor: ACTOR.actor });
}

function endOf(spec: DossierSpec) {
  if (spec.end === null) return { endedOn: null, ending: null, returnedOn: null };
  const day = spec.received.day + spec.end.after;
  const returnedOn = spec.returnAfter === null ? null : day + spec.returnAfter;
  if (spec.end.onlyReturn) return { endedOn: null, ending: spec.end.ending, returnedOn: returnedOn ?? day };
  return { endedOn: day, ending: spec.end.ending, returnedOn };
}

type LedgerSpec = { dossiers: DossierSpec[]; edits: { day: DayNumber; kind: 'off' | 'work' }[]; restart: boolean; multipleSupplementsAreLate: boolean };

function fill(session: LedgerSession, ledger: LedgerSpec, batch = 'A'): void {
  session.settingsRepository.update(
    { supplementPolicy: { pauseRule: ledger.restart ? 'restart' : 'subtract_waiting', multipleSupplementsAreLate: ledger.multipleSupplementsAreLate } },
    ACTOR,
  );
  for (const e of ledger.edits) session.calendarEdits.add({ date: isoFromDay(e.day), kind: e.kind, reason: 'Thay đổi của xã' }, ACTOR);
  session.invalidate();
  const calendar = session.calendar();
  session.db.transaction(() => {
    ledger.dossiers.forEach((spec, i) => {
      const procedure = PROCEDURES[spec.procedure]!;
      const received = spec.received.day;
      const supplements: SupplementPause[] = spec.pauses.map((p) => ({
        requestedOn: received + p.after,
        returnedOn: p.wait === null ? null : received + p.after + p.wait,
      }));
      const extension: Extension | null =
        spec.extension === null ? null : { newDueDay: received + spec.extension.after + 5, apologyOn: spec.extension.apology ? received + spec.extension.after : null };
      const baseDueDay = spec.dueOffset === null ? computeDueDate(procedure.rule, spec.received, calendar, DEFAULT_OFFICE_HOURS).day : received + spec.dueOffset;
      const end = endOf(spec);
      const logged = session.dossiers.insert(
        {
          code: `000.00.21.H57-${batch}-${String(i).padStart(4, '0')}`,
          procedureCode: procedure.code,
          procedureName: procedure.name,
          field: procedure.field,
          channel: spec.channel,
          receivedAt: spec.received,
          rule: procedure.rule,
          baseDueDay,
          supplements,
          extension,
          lateCause: extension === null ? '' : 'Chờ xác minh',
          digitisedDossier: spec.digitisedDossier,
          digitisedResult: spec.digitisedResult,
          storedResult: spec.storedResult,
          paidOnline: spec.paidOnline,
          fee: spec.fee,
          rating: spec.rating,
          ...(spec.endedLater ? {} : end),
        },
        ACTOR,
      );
      if (spec.endedLater && spec.end !== null) session.dossiers.update(logged.id, end, ACTOR);
    });
  })();
}

function reference(session: LedgerSession, period: ReportPeriod): CompiledReport {
  return compileReport(session.dossiers.rowsForReport(period.from, period.to), period, { calendar: session.calendar(), policy: session.policy() }, {
    fieldOrder: session.catalogue.fields().map((f) => f.name),
  });
}

describe('report compiler (covering index, groups, special dossiers)', () => {
  it('equals the reference compiler over every row, for random ledgers, periods and both period rules', () => {
    const seen = { carried_over: 0, early: 0, on_time: 0, late: 0, pending_in_time: 0, pending_overdue: 0, waiting_supplement: 0, averages: 0 };
    fc.assert(
      fc.property(ledgerArb, (ledger) => {
        const session = freshLedger();
        try {
          fill(session, ledger);
          for (const period of PERIODS) {
            const fast = compilePeriodReport(session, period);
            expect(fast).toEqual(reference(session, period));
            for (const key of ['carried_over', 'early', 'on_time', 'late', 'pending_in_time', 'pending_overdue'] as const) seen[key] += fast.total[key];
            seen.waiting_supplement += fast.extended.total.waiting_supplement;
            seen.averages += fast.average_resolution.length;
          }
        } finally {
          session.close();
        }
      }),
      { numRuns: 30, seed: 20240315 },
    );
    // The ledgers reach every kind of cell, so the equality above is not about empty reports.
    for (const [kind, n] of Object.entries(seen)) expect(n, kind).toBeGreaterThan(0);
  });

  it('lists behind each figure exactly the dossiers it counts (drill-down)', () => {
    const [ledger] = fc.sample(ledgerOf(40), { numRuns: 1, seed: 7 });
    const session = freshLedger();
    try {
      fill(session, ledger!);
      const period = PERIODS[0]!;
      const report = compilePeriodReport(session, period);
      for (const key of FORM_KEYS) expect(cellMembers(session, period, key, null)).toHaveLength(report.total[key]);
      for (const key of EXTENDED_KEYS) expect(cellMembers(session, period, key, null)).toHaveLength(report.extended.total[key]);
      for (const row of report.by_field) expect(cellMembers(session, period, 'received', row.field)).toHaveLength(row.received);
    } finally {
      session.close();
    }
  });

  it('keeps a signed period frozen while the ledger moves on', () => {
    const [first, more] = fc.sample(ledgerOf(30), { numRuns: 2, seed: 11 });
    const session = freshLedger();
    try {
      fill(session, first!);
      setChairmanPin(session.db, '583941', ACTOR);
      const period = PERIODS[0]!;
      const atSignoff = reference(session, period);
      signOffPeriod(session, period, { signerName: 'Nguyễn Văn B', pin: '583941', at: ACTOR.at });
      fill(session, { ...more!, edits: [] }, 'B');
      const view = periodReportView(session, period);
      expect(view.report).toEqual(atSignoff);
      expect(view.current).toEqual(reference(session, period));
    } finally {
      session.close();
    }
  });

  it('reads the figures from the covering report index alone', () => {
    const session = freshLedger();
    try {
      const plan = session.db
        .prepare<Record<string, string | number>, { detail: string }>(`EXPLAIN QUERY PLAN ${REPORT_ENTRIES_SQL}`)
        .all({ field: 'Hộ tịch', code: '1.001193', from: 0, to: 1 })
        .map((r) => r.detail)
        .join(' ');
      expect(plan).toContain(`USING COVERING INDEX ${REPORT_INDEX}`);
      expect(reportQueriesOf(session.db).pairs()).toEqual([]);
    } finally {
      session.close();
    }
  });
});
