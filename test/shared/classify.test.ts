import { describe, expect, it } from 'vitest';
import { classifyAt } from '../../shared/classification/classify';
import { DEFAULT_DEADLINE_POLICY } from '../../shared/deadline/policy';
import { at, calendar, ctx, d, dossier } from './helpers';

describe('classification at an instant (rules.md §5)', () => {
  const base = { receivedAt: at('2024-03-04 08:00'), baseDueDay: d('2024-03-11') };

  it('early, on time and late compare days', () => {
    expect(classifyAt(dossier({ ...base, endedOn: d('2024-03-08') }), d('2024-03-14'), ctx)).toMatchObject({ status: 'resolved', column: 'early' });
    expect(classifyAt(dossier({ ...base, endedOn: d('2024-03-11') }), d('2024-03-14'), ctx)).toMatchObject({ status: 'resolved', column: 'on_time' });
    expect(classifyAt(dossier({ ...base, endedOn: d('2024-03-13') }), d('2024-03-14'), ctx)).toMatchObject({
      status: 'resolved',
      column: 'late',
      workingDaysLate: 2,
      lateBecause: 'past_due',
    });
  });

  it('a supplement pause moves the comparison date', () => {
    const paused = dossier({ ...base, supplements: [{ requestedOn: d('2024-03-06'), returnedOn: d('2024-03-11') }], endedOn: d('2024-03-14') });
    expect(classifyAt(paused, d('2024-03-20'), ctx)).toMatchObject({ column: 'on_time', dueDay: d('2024-03-14') });
  });

  it('more than one supplement request is late whatever the dates, unless configured otherwise', () => {
    const twice = dossier({
      ...base,
      supplements: [
        { requestedOn: d('2024-03-05'), returnedOn: d('2024-03-05') },
        { requestedOn: d('2024-03-06'), returnedOn: d('2024-03-06') },
      ],
      endedOn: d('2024-03-07'),
    });
    expect(classifyAt(twice, d('2024-03-20'), ctx)).toMatchObject({ column: 'late', lateBecause: 'repeated_supplement' });
    const lenient = { calendar, policy: { ...DEFAULT_DEADLINE_POLICY, multipleSupplementsAreLate: false } };
    expect(classifyAt(twice, d('2024-03-20'), lenient)).toMatchObject({ column: 'early' });
  });

  it('withdrawn, stopped and rejected dossiers sit in the on-time column', () => {
    for (const ending of ['rut', 'dung', 'tu_choi'] as const) {
      expect(classifyAt(dossier({ ...base, endedOn: d('2024-03-20'), ending }), d('2024-03-25'), ctx)).toMatchObject({
        status: 'resolved',
        column: 'on_time',
        ending,
      });
    }
  });

  it('pending in time and overdue at T', () => {
    expect(classifyAt(dossier(base), d('2024-03-11'), ctx)).toMatchObject({ status: 'pending', column: 'in_time' });
    expect(classifyAt(dossier(base), d('2024-03-12'), ctx)).toMatchObject({ status: 'pending', column: 'overdue', workingDaysLate: 1 });
  });

  it('a dossier waiting for the citizen is pending in time', () => {
    const waiting = dossier({ ...base, supplements: [{ requestedOn: d('2024-03-06'), returnedOn: null }] });
    expect(classifyAt(waiting, d('2024-04-30'), ctx)).toMatchObject({ status: 'pending', column: 'in_time', waitingForCitizen: true });
  });

  it('a result collected late does not make the dossier late; the return date stands in when alone', () => {
    expect(classifyAt(dossier({ ...base, endedOn: d('2024-03-08'), returnedOn: d('2024-03-29') }), d('2024-04-01'), ctx)).toMatchObject({ column: 'early' });
    expect(classifyAt(dossier({ ...base, returnedOn: d('2024-03-12') }), d('2024-04-01'), ctx)).toMatchObject({ column: 'late' });
  });

  it('not received yet at T', () => {
    expect(classifyAt(dossier(base), d('2024-03-01'), ctx)).toEqual({ status: 'not_received' });
  });
});
