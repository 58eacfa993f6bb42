// The conflicts between desks: the list (open ones, or all), each person's pending choice, and settling.
import { create } from 'zustand';
import type { ConflictView } from '../../../shared/api/handoff-schemas';
import { call, messageOf } from '../../api/client';

export type Choice = 'local' | 'incoming';

interface ConflictsState {
  conflicts: ConflictView[] | null;
  includeResolved: boolean;
  choices: Record<number, Choice>;
  busy: number | null;
  error: string | null;
  load(): Promise<void>;
  showResolved(on: boolean): void;
  choose(id: number, choice: Choice): void;
  resolve(id: number): Promise<string | null>;
}

export const useConflicts = create<ConflictsState>((set, get) => ({
  conflicts: null,
  includeResolved: false,
  choices: {},
  busy: null,
  error: null,
  async load() {
    try {
      set({ conflicts: (await call('handoff.conflicts', { includeResolved: get().includeResolved })).conflicts, error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  showResolved(on) {
    set({ includeResolved: on });
    void get().load();
  },
  choose(id, choice) {
    set({ choices: { ...get().choices, [id]: choice } });
  },
  async resolve(id) {
    const keep = get().choices[id];
    if (!keep) return null;
    set({ busy: id, error: null });
    try {
      const outcome = await call('handoff.resolveConflict', { id, keep });
      await get().load();
      return outcome.message;
    } catch (error) {
      set({ error: messageOf(error) });
      return null;
    } finally {
      set({ busy: null });
    }
  },
}));
