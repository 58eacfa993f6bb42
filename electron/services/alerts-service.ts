// The Cảnh báo board: what needs the desk's attention today. Overdue, due today, due in the next two
// working days, apology letters due today (rules.md §4: at the latest one working day before the due date),
// and supplement requests waiting for the citizen.
import { addWorkingDays, nextWorkingDay } from '../../shared/calendar';
import { latestApologyDay } from '../../shared/deadline/extension';
import type { DayNumber } from '../../shared/time/day';
import type { DossierListItem } from '../ledger';
import type { LedgerSession } from './ledger-session';

export const ALERT_LIMIT = 500;

export interface WaitingItem {
  item: DossierListItem;
  waitingSince: DayNumber | null;
}

export interface AlertBuckets {
  today: DayNumber;
  soonUntil: DayNumber;
  overdue: DossierListItem[];
  dueToday: DossierListItem[];
  dueSoon: DossierListItem[];
  apologyDue: DossierListItem[];
  waiting: WaitingItem[];
  truncated: boolean;
}

export function alertBuckets(session: LedgerSession, today: DayNumber): AlertBuckets {
  const calendar = session.calendar();
  const soonUntil = addWorkingDays(calendar, today, 2);
  const lastDayForLetter = nextWorkingDay(calendar, today);
  const due = session.dossiers.listDueBy(soonUntil, ALERT_LIMIT);
  const withDue = due.filter((d): d is DossierListItem & { dueDay: DayNumber } => d.dueDay !== null);
  const waitingPage = session.dossiers.listPage({ filter: { status: 'awaiting_supplement' }, limit: ALERT_LIMIT });
  const waiting = waitingPage.items.map((item) => {
    const record = session.dossiers.getById(item.id);
    const open = record?.supplements.find((p) => p.returnedOn === null);
    return { item, waitingSince: open?.requestedOn ?? null };
  });
  return {
    today,
    soonUntil,
    overdue: withDue.filter((d) => d.dueDay < today),
    dueToday: withDue.filter((d) => d.dueDay === today),
    dueSoon: withDue.filter((d) => d.dueDay > today),
    // Only while the letter can still be sent (a late letter is refused: dossier-actions.ts).
    apologyDue: withDue.filter((d) => d.extensionDueDay === null && d.dueDay <= lastDayForLetter && latestApologyDay(d.dueDay, calendar) >= today),
    waiting,
    truncated: due.length >= ALERT_LIMIT || waitingPage.next !== null,
  };
}
