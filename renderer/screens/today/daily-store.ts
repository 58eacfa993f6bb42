// The daily lists (Việc hôm nay) and their counts, which the side navigation shows on every screen.
import { create } from 'zustand';
import { DAILY_BOXES, type DailyListsView } from '../../../shared/api/desk-day-schemas';
import { call, messageOf } from '../../api/client';

interface DailyState {
  lists: DailyListsView | null;
  error: string | null;
  load(): Promise<void>;
}

export const useDaily = create<DailyState>((set) => ({
  lists: null,
  error: null,
  async load() {
    try {
      set({ lists: await call('daily.lists', {}), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
}));

/** Dossiers in all the boxes (each dossier is in one box only). */
export function dailyTotal(lists: DailyListsView | null): number | null {
  return lists ? DAILY_BOXES.reduce((n, box) => n + lists.counts[box], 0) : null;
}
