// The calendar editor: the year's special days with the layer and text each comes from, whether the
// year has an official schedule, the office's edits and notices. Every edit moves the stored due dates
// it changes (due-date-recompute.ts), in the worker, and says how many.
import { DAY_SOURCE_LABELS_VI } from '../../../shared/api/setup-schemas';
import type { CalendarEditRecord, CalendarNoticeRecord } from '../../ledger';
import { dayFromYmd, isoFromDay, weekdayNameVi } from '../../../shared/time/day';
import { type CalendarChange, type CalendarChangeResult } from '../../services/calendar-service';
import { runInWorker } from '../../workers/run-task';
import { type RecomputeResult, summariseMovesVi } from '../../services/due-date-recompute';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { auditOf } from './clock';

type CalendarHandlers = Pick<Handlers, 'calendar.year' | 'calendar.addEdit' | 'calendar.removeEdit' | 'calendar.addNotice' | 'calendar.removeNotice'>;

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

const noticeView = (n: CalendarNoticeRecord) => ({
  id: n.id,
  year: n.year,
  source: n.source,
  createdAt: n.createdAt,
  createdBy: n.createdBy,
  removedAt: n.removedAt,
  removedBy: n.removedBy,
});

const recomputeView = (r: RecomputeResult) => ({
  moved: r.moved.length,
  corrections: r.moved.filter((m) => m.correction).length,
  summary: summariseMovesVi(r.moved),
});

/**
 * The edit and the due dates it moves (thousands of dossiers on a large ledger), written by the worker in
 * one transaction as the one writer meanwhile (api/ledger-writer); the calendar this thread keeps is read again after.
 */
async function changeInWorker(ctx: ApiContext, change: CalendarChange, jobId: string | undefined): Promise<CalendarChangeResult> {
  const s = ctx.ledger.session();
  const task = { kind: 'calendar-change', ledgerFile: ctx.ledger.file, actor: s.actor, change, at: ctx.clock() } as const;
  try {
    return await ctx.jobs.run(jobId, { label: 'Đang ghi thay đổi lịch làm việc', cancelled: 'Đã hủy.', cancellable: false }, ({ gate, onProgress }) =>
      runInWorker({ ...task, gate }, { onProgress }),
    );
  } finally {
    s.invalidate();
  }
}

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
          basis: status.basis,
        });
      }
      const schedule = calendar.scheduleOf?.(year) ?? null;
      return {
        year,
        specialDays,
        weekendsOff,
        workingDays,
        edits: s.calendarEdits.listAll().map(editView),
        schedule: schedule ? { source: schedule.source } : null,
        notices: s.calendarNotices.listAll().map(noticeView),
      };
    },
    'calendar.addEdit': async ({ jobId, ...entry }) => {
      const result = await changeInWorker(ctx, { kind: 'add', entry }, jobId);
      if (!result.edit) throw new Error('calendar edit not recorded');
      return { edit: editView(result.edit), recompute: recomputeView(result.recompute) };
    },
    'calendar.removeEdit': async ({ id, jobId }) => {
      const result = await changeInWorker(ctx, { kind: 'remove', id }, jobId);
      return { removed: result.removed, recompute: recomputeView(result.recompute) };
    },
    'calendar.addNotice': (notice) => {
      const s = session();
      const record = s.calendarNotices.add(notice, auditOf(ctx));
      s.invalidate();
      return { notice: noticeView(record) };
    },
    'calendar.removeNotice': ({ id }) => {
      const s = session();
      const removed = s.calendarNotices.remove(id, auditOf(ctx));
      s.invalidate();
      return { removed };
    },
  };
}
