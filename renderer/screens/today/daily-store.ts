// The daily lists (Việc hôm nay) and their counts, which the side navigation shows on every screen: read
// again after every write that may change them (an intake, an edit, an action, an import …), wherever
// it was made, so the count beside "Việc hôm nay" is never stale.
import { create } from 'zustand';
import { DAILY_LIST_WRITES } from '../../../shared/api/command-groups';
import { DAILY_BOXES, type DailyListsView } from '../../../shared/api/desk-day-schemas';
import { call, messageOf, onCallDone } from '../../api/client';

interface DailyState {
  lists: DailyListsView | null;
  error: string | null;
  load(): Promise<void>;
}

let loads = 0;

export const useDaily = create<DailyState>((set) => ({
  lists: null,
  error: null,
  async load() {
    const ticket = ++loads; // an older answer arriving late never replaces a newer one
    try {
      const lists = await call('daily.lists', {});
      if (ticket === loads) set({ lists, error: null });
    } catch (error) {
      if (ticket === loads) set({ error: messageOf(error) });
    }
  },
}));

onCallDone((command) => {
  if (DAILY_LIST_WRITES.has(command)) void useDaily.getState().load();
});

/** Dossiers in all the boxes (each dossier is in one box only). */
export function dailyTotal(lists: DailyListsView | null): number | null {
  return lists ? DAILY_BOXES.reduce((n, box) => n + lists.counts[box], 0) : null;
}
