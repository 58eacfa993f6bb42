// The Sổ theo dõi screen's state: the filters, the count, the pages loaded so far (any page can be loaded
// directly by its position, so jumping to the end of 100 000 dossiers costs one request), the selection.
import { create } from 'zustand';
import type { ListFilter, ListItem } from '../../../shared/api/dossier-schemas';
import { call, messageOf } from '../../api/client';

export const PAGE = 100;

interface LedgerState {
  filter: ListFilter;
  count: number;
  /** Loaded pages by page number (line = page × PAGE + index). */
  pages: Map<number, ListItem[]>;
  loading: Set<number>;
  error: string | null;
  selected: number;
  generation: number;
  setFilter(patch: Partial<ListFilter>): void;
  reload(): Promise<void>;
  /** Loads the pages covering lines first…last that are not loaded yet. */
  ensure(first: number, last: number): Promise<void>;
  item(index: number): ListItem | undefined;
  select(index: number): void;
}

function clean(filter: ListFilter): ListFilter {
  const out: ListFilter = {};
  for (const [k, v] of Object.entries(filter) as [keyof ListFilter, string | undefined][]) {
    if (v !== undefined && v !== '') (out as Record<string, string>)[k] = v;
  }
  return out;
}

export const useLedger = create<LedgerState>((set, get) => ({
  filter: {},
  count: 0,
  pages: new Map(),
  loading: new Set(),
  error: null,
  selected: -1,
  generation: 0,
  setFilter(patch) {
    set({ filter: clean({ ...get().filter, ...patch }) });
    void get().reload();
  },
  async reload() {
    const generation = get().generation + 1;
    set({ generation, pages: new Map(), loading: new Set(), selected: -1, error: null });
    try {
      const { count } = await call('dossier.count', { filter: get().filter });
      if (get().generation !== generation) return;
      set({ count, selected: count > 0 ? 0 : -1 });
      await get().ensure(0, Math.min(count, PAGE) - 1);
    } catch (error) {
      if (get().generation === generation) set({ error: messageOf(error), count: 0 });
    }
  },
  async ensure(first, last) {
    const generation = get().generation;
    const wanted: number[] = [];
    for (let p = Math.floor(Math.max(0, first) / PAGE); p <= Math.floor(Math.max(0, last) / PAGE); p += 1) {
      if (p * PAGE < get().count && !get().pages.has(p) && !get().loading.has(p)) wanted.push(p);
    }
    if (wanted.length === 0) return;
    set({ loading: new Set([...get().loading, ...wanted]) });
    await Promise.all(
      wanted.map(async (p) => {
        try {
          const page = await call('dossier.list', { filter: get().filter, after: null, offset: p * PAGE, limit: PAGE });
          if (get().generation !== generation) return;
          set({ pages: new Map(get().pages).set(p, page.items) });
        } catch (error) {
          if (get().generation === generation) set({ error: messageOf(error) });
        } finally {
          if (get().generation === generation) {
            const loading = new Set(get().loading);
            loading.delete(p);
            set({ loading });
          }
        }
      }),
    );
  },
  item(index) {
    return get().pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  },
  select(index) {
    set({ selected: index });
    void get().ensure(index, index);
  },
}));
