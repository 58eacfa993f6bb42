// Property tests: for random ledgers the identities of rules.md §7 always hold, and a due date is never
// a day off.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcedureRule } from '../../shared/catalogue/procedure';
import { CHANNELS, type DossierFacts, ENDINGS } from '../../shared/dossier/dossier';
import { computeDueDate } from '../../shared/deadline/due-date';
import { effectiveDueDate } from '../../shared/deadline/pauses';
import { DEFAULT_DEADLINE_POLICY, DEFAULT_OFFICE_HOURS } from '../../shared/deadline/policy';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { compileReport } from '../../shared/report/compile';
import { identityViolations } from '../../shared/report/identities';
import { calendar, ctx, d, dossier } from './helpers';

const FIRST = d('2022-06-01');
const LAST = d('2027-06-30');

const ruleArb: fc.Arbitrary<ProcedureRule> = fc.record({
  timeUnit: fc.constantFrom('working_days', 'same_day', 'calendar_days', 'working_hours'),
  timeValue: fc.integer({ min: 1, max: 30 }),
  cutoffMinute: fc.constantFrom(null, 15 * 60, 11 * 60),
  extraWorkingDays: fc.constantFrom(0, 0, 10),
});

const receivedArb = fc.record({ day: fc.integer({ min: FIRST, max: LAST }), minute: fc.integer({ min: 0, max: 1439 }) });

describe('properties', () => {
  it('a due date is never a day off, before or after pauses', () => {
    fc.assert(
      fc.property(ruleArb, receivedArb, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (rule, receivedAt, req, wait) => {
        const due = computeDueDate(rule, receivedAt, calendar, DEFAULT_OFFICE_HOURS);
        expect(calendar.isWorkingDay(due.day)).toBe(true);
        expect(due.day).toBeGreaterThanOrEqual(receivedAt.day);
        const requestedOn = receivedAt.day + req;
        const eff = effectiveDueDate(due.day, rule, [{ requestedOn, returnedOn: requestedOn + wait }], calendar, DEFAULT_DEADLINE_POLICY);
        expect(eff.day).not.toBeNull();
        expect(calendar.isWorkingDay(eff.day ?? 0)).toBe(true);
        expect(eff.day ?? 0).toBeGreaterThanOrEqual(due.day);
      }),
      { numRuns: 400, seed: 20240314 },
    );
  });

  const dossierArb: fc.Arbitrary<DossierFacts> = fc
    .record({
      receivedAt: receivedArb,
      rule: ruleArb,
      channel: fc.constantFrom(...CHANNELS),
      field: fc.constantFrom('Hộ tịch', 'Chứng thực', 'Đất đai', 'Bảo trợ xã hội'),
      endAfter: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      ending: fc.constantFrom(...ENDINGS),
      pauses: fc.array(fc.record({ after: fc.integer({ min: 0, max: 10 }), wait: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }) }), { maxLength: 2 }),
    })
    .map(({ receivedAt, rule, channel, field, endAfter, ending, pauses }) => {
      const baseDueDay = computeDueDate(rule, receivedAt, calendar, DEFAULT_OFFICE_HOURS).day;
      return dossier({
        receivedAt,
        rule,
        channel,
        field,
        baseDueDay,
        endedOn: endAfter === null ? null : receivedAt.day + endAfter,
        ending: endAfter === null ? null : ending,
        supplements: pauses.map((p) => ({ requestedOn: receivedAt.day + p.after, returnedOn: p.wait === null ? null : receivedAt.day + p.after + p.wait })),
      });
    });

  it('for random ledgers every row and the total satisfy the identities, and rows add up to the total', () => {
    const periods = ['2023-Q1', '2024-Q1', '2024-H1', '2025-9M', '2024-M02', '2026'].flatMap((p) =>
      (['nd09', 'calendar'] as const).map((rule) => resolvePeriod(parsePeriodSpec(p)!, rule)),
    );
    fc.assert(
      fc.property(fc.array(dossierArb, { maxLength: 60 }), fc.constantFrom(...periods), (ledger, period) => {
        const report = compileReport(ledger, period, ctx, { fieldOrder: ['Hộ tịch', 'Chứng thực', 'Đất đai'] });
        expect(identityViolations(report.total)).toEqual([]);
        for (const row of report.by_field) expect(identityViolations(row)).toEqual([]);
        const sum = report.by_field.reduce((s, r) => s + r.received, 0);
        expect(sum).toBe(report.total.received);
        expect(report.extended.total.late_with_apology + report.extended.total.late_without_apology).toBe(report.total.late);
        const inPeriod = ledger.filter((f) => f.receivedAt.day <= period.to && (f.endedOn === null || f.endedOn >= period.from)).length;
        expect(report.total.received).toBe(inPeriod);
      }),
      { numRuns: 300, seed: 20231215 },
    );
  });
});
