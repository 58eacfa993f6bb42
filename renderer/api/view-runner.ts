// The one way a store runs a command that answers with its whole view: busy while it runs, the view on
// success, the Vietnamese message on failure.
import { messageOf } from './client';

export interface ViewState<V> {
  view: V | null;
  busy: boolean;
  error: string | null;
}

export function viewRunner<V>(set: (partial: Partial<ViewState<V>>) => void): (work: () => Promise<V>) => Promise<boolean> {
  return async (work) => {
    set({ busy: true, error: null });
    try {
      set({ view: await work() });
      return true;
    } catch (error) {
      set({ error: messageOf(error) });
      return false;
    } finally {
      set({ busy: false });
    }
  };
}
