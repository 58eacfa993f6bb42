import { describe, expect, it } from 'vitest';
import { parsePeriodSpec, resolvePeriod } from '../../shared/periods/period';
import { cellsOf } from '../../shared/report/cells';
import { compileReport } from '../../shared/report/compile';
import { at, ctx, d, dossier, rule } from './helpers';

const q1 = resolvePeriod(parsePeriodSpec('2024-Q1')!, 'nd09'); // 15/12/2023 – 14/03/2024

describe('report compiler', () => {
  const ledger = [
    // carried over from Q4 2023, resolved early in Q1
    dossier({ code: 'A', receivedAt: at('2023-12-01 08:00'), baseDueDay: d('2023-12-20'), endedOn: d('2023-12-18') }),
    // resolved before the period: not in it
    dossier({ code: 'B', receivedAt: at('2023-12-01 08:00'), baseDueDay: d('2023-12-06'), endedOn: d('2023-12-14') }),
    // new online, late, with an apology
    dossier({
      code: 'C',
      channel: 'truc_tuyen_toan_trinh',
      receivedAt: at('2024-01-02 08:00'),
      baseDueDay: d('2024-01-05'),
      endedOn: d('2024-01-09'),
      extension: { newDueDay: d('2024-01-10'), apologyOn: d('2024-01-04') },
      lateCause: 'Chờ xác minh',
    }),
    // new postal, pending overdue at 14/03
    dossier({ code: 'D', channel: 'buu_chinh', field: 'Đất đai', receivedAt: at('2024-03-01 08:00'), baseDueDay: d('2024-03-12'), rule: rule(7) }),
    // new, waiting for the citizen
    dossier({ code: 'E', field: 'Đất đai', receivedAt: at('2024-03-01 08:00'), baseDueDay: d('2024-03-05'), supplements: [{ requestedOn: d('2024-03-04'), returnedOn: null }] }),
    // received after the period
    dossier({ code: 'F', receivedAt: at('2024-03-15 08:00'), baseDueDay: d('2024-03-18') }),
    // withdrawn in the period
    dossier({ code: 'G', receivedAt: at('2024-02-01 08:00'), baseDueDay: d('2024-02-06'), endedOn: d('2024-02-02'), ending: 'rut' }),
  ];
  const report = compileReport(ledger, q1, ctx, { fieldOrder: ['Hộ tịch', 'Chứng thực', 'Đất đai'] });

  it('counts each column and orders the fields as the catalogue', () => {
    expect(report.period).toEqual({ from: '2023-12-15', to: '2024-03-14', label: 'Quý I năm 2024', rule: 'nd09' });
    expect(report.total).toEqual({
      received: 5,
      new_online: 1,
      new_direct_postal: 3,
      carried_over: 1,
      resolved: 3,
      early: 1,
      on_time: 1,
      late: 1,
      pending: 2,
      pending_in_time: 1,
      pending_overdue: 1,
    });
    expect(report.by_field.map((r) => r.field)).toEqual(['Hộ tịch', 'Đất đai']);
    expect(report.extended.total).toMatchObject({ withdrawn: 1, waiting_supplement: 1, late_with_apology: 1, late_without_apology: 0, new_postal: 1, new_online_full: 1 });
  });

  it('lists late and overdue dossiers with working days late', () => {
    expect(report.late_dossiers).toEqual([
      {
        code: 'C',
        procedure: 'Cấp Giấy xác nhận tình trạng hôn nhân',
        field: 'Hộ tịch',
        received: '2024-01-02',
        due: '2024-01-05',
        ended: '2024-01-09',
        working_days_late: 2,
        cause: 'Chờ xác minh',
        apology: '2024-01-04',
        extension_due: '2024-01-10',
      },
      expect.objectContaining({ code: 'D', ended: null, due: '2024-03-12', working_days_late: 2 }),
    ]);
  });

  it('rates: null when nothing to divide', () => {
    expect(report.rates.on_time_rate).toBe(66.67);
    expect(report.rates.online_rate).toBe(25);
    expect(report.rates.online_payment_rate).toBeNull();
  });

  it('the drill-down uses the same cells as the figures', () => {
    const late = ledger.filter((f) => cellsOf(f, q1, ctx).keys?.includes('late')).map((f) => f.code);
    expect(late).toEqual(['C']);
    const carried = ledger.filter((f) => cellsOf(f, q1, ctx).keys?.includes('carried_over')).map((f) => f.code);
    expect(carried).toEqual(['A']);
  });

  it('an empty period gives zeros, no rows and null rates', () => {
    const empty = compileReport([], q1, ctx, { fieldOrder: [] });
    expect(empty.total.received).toBe(0);
    expect(empty.by_field).toEqual([]);
    expect(Object.values(empty.rates).every((r) => r === null)).toBe(true);
  });
});
