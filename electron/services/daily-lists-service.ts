// The lists a one-stop desk works from each day, each dossier in one box only (the first that applies):
//  1. results ready to hand back ("có kết quả, chờ trả"): result recorded, not yet returned;
//  2. waiting for the citizen: a supplement request without its return;
//  3. due today;
//  4. due the next working day ("ngày mai" for the desk: Friday's is Monday);
//     (boxes 3 and 4 go by the date promised to the citizen: the apology letter's new date once there is
//     one — rules.md §4 — while reports keep classifying by the original due date);
//  5. apologies due: no extension yet, and the Mẫu 04 letter is still timely — it must go out at the
//     latest one working day before the due date (rules.md §4, shared/deadline/extension.ts) — with the
//     due date within APOLOGY_HORIZON working days. Those due the next working day are already in box 4
//     (their row says the letter is due today); overdue ones are past the letter's date and are on the
//     Cảnh báo board instead.
import type { DailyBoxName } from '../../shared/api/desk-day-schemas';
import { addWorkingDays, nextWorkingDay } from '../../shared/calendar';
import { latestApologyDay } from '../../shared/deadline/extension';
import type { DayNumber } from '../../shared/time/day';
import type { DossierListItem } from '../ledger';
import { createDeskDayQueries } from '../ledger/desk-day-query';
import type { LedgerSession } from './ledger-session';

export const DAILY_LIST_LIMIT = 500;
export const APOLOGY_HORIZON = 3;

type DailyBox = DailyBoxName;

export interface DailyLists {
  today: DayNumber;
  nextDay: DayNumber;
  apologyUntil: DayNumber;
  boxes: Record<DailyBox, DossierListItem[]>;
  /** The whole count of each box (a box shows at most DAILY_LIST_LIMIT lines). */
  counts: Record<DailyBox, number>;
  /** Lines of box 4 whose apology letter, if the result will be late, is due today. */
  letterToday: Set<string>;
}

export function dailyLists(session: LedgerSession, today: DayNumber): DailyLists {
  const calendar = session.calendar();
  const nextDay = nextWorkingDay(calendar, today);
  const apologyUntil = addWorkingDays(calendar, today, APOLOGY_HORIZON);
  const queries = createDeskDayQueries(session.db);
  const seen = new Set<string>();
  const take = (items: DossierListItem[]) => items.filter((d) => !seen.has(d.id) && (seen.add(d.id), true));

  const ready = take(queries.readyToReturn(DAILY_LIST_LIMIT));
  const waitingPage = session.dossiers.listPage({ filter: { status: 'awaiting_supplement' }, limit: DAILY_LIST_LIMIT });
  const waiting = take(waitingPage.items);
  const due = queries.pendingDueBetween(today, apologyUntil, 5 * DAILY_LIST_LIMIT).filter((d) => !d.awaitingSupplement);
  const extended = queries.pendingExtendedBetween(today, nextDay, DAILY_LIST_LIMIT).filter((d) => !d.awaitingSupplement);
  const promised = (d: DossierListItem) => d.extensionDueDay ?? d.dueDay;
  const receptionOrder = (a: DossierListItem, b: DossierListItem) => a.receivedAt.day - b.receivedAt.day || a.receivedAt.minute - b.receivedAt.minute;
  const byPromise = [...extended, ...due.filter((d) => d.extensionDueDay === null)].sort(receptionOrder);
  const dueToday = take(byPromise.filter((d) => promised(d) === today));
  const dueNext = take(byPromise.filter((d) => promised(d) === nextDay));
  const timely = (d: DossierListItem) => d.extensionDueDay === null && d.dueDay !== null && latestApologyDay(d.dueDay, calendar) >= today;
  const apology = take(due.filter(timely));
  const letterToday = new Set(dueNext.filter((d) => timely(d) && d.dueDay !== null && latestApologyDay(d.dueDay, calendar) === today).map((d) => d.id));
  return {
    today,
    nextDay,
    apologyUntil,
    boxes: { ready_to_return: ready, waiting_citizen: waiting, due_today: dueToday, due_next_day: dueNext, apology_due: apology },
    counts: {
      ready_to_return: Math.max(ready.length, queries.countReadyToReturn()),
      waiting_citizen: waitingPage.next === null ? waiting.length : session.dossiers.count({ status: 'awaiting_supplement' }),
      due_today: dueToday.length,
      due_next_day: dueNext.length,
      apology_due: apology.length,
    },
    letterToday,
  };
}
