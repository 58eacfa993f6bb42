// The calendar editor: the year's special days with the layer each comes from, and the office's edits.
import { DAY_SOURCE_LABELS_VI } from '../../../shared/api/setup-schemas';
import type { CalendarEditRecord } from '../../ledger';
import { dayFromYmd, isoFromDay, weekdayNameVi } from '../../../shared/time/day';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { auditOf } from './clock';

type CalendarHandlers = Pick<Handlers, 'calendar.year' | 'calendar.addEdit' | 'calendar.removeEdit'>;

const editView = (e: CalendarEditRecord) => ({
  id: e.id,
  date: e.date,
  kind: e.kind,
  reason: e.reason,
  createdAt: e.createdAt,
  createdBy: e.createdBy,
  removedAt: e.removedAt,
  removedBy: e.removedBy,
});

export function calendarHandlers(ctx: ApiContext): CalendarHandlers {
  const session = () => ctx.ledger.session();
  return {
    'calendar.year': ({ year }) => {
      const s = session();
      const calendar = s.calendar();
      const specialDays = [];
      let weekendsOff = 0;
      let workingDays = 0;
      for (let d = dayFromYmd(year, 1, 1); d < dayFromYmd(year + 1, 1, 1); d += 1) {
        const status = calendar.describe(d);
        if (status.working) workingDays += 1;
        const plainWeekend = !status.working && status.source === 'weekend';
        if (plainWeekend) weekendsOff += 1;
        if (plainWeekend || (status.working && status.source === 'weekday')) continue;
        specialDays.push({
          date: isoFromDay(d),
          weekday: weekdayNameVi(d),
          working: status.working,
          source: status.source,
          sourceLabel: DAY_SOURCE_LABELS_VI[status.source],
          reason: status.reason,
        });
      }
      return { year, specialDays, weekendsOff, workingDays, edits: s.calendarEdits.listAll().map(editView) };
    },
    'calendar.addEdit': (entry) => {
      const s = session();
      const record = s.calendarEdits.add(entry, auditOf(ctx));
      s.invalidate();
      return editView(record);
    },
    'calendar.removeEdit': ({ id }) => {
      const s = session();
      const removed = s.calendarEdits.remove(id, auditOf(ctx));
      s.invalidate();
      return { removed };
    },
  };
}
