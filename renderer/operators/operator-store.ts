// The desk operators: the list, and who is working at this desk now (every write records that name).
import { create } from 'zustand';
import type { OperatorsView } from '../../shared/api/operator-schemas';
import { call } from '../api/client';
import { viewRunner } from '../api/view-runner';

interface OperatorState {
  view: OperatorsView | null;
  error: string | null;
  busy: boolean;
  load(): Promise<void>;
  select(name: string): Promise<boolean>;
  add(name: string): Promise<boolean>;
  retire(name: string): Promise<boolean>;
}

export const useOperators = create<OperatorState>((set) => {
  const run = viewRunner<OperatorsView>(set);
  return {
    view: null,
    error: null,
    busy: false,
    load: async () => {
      await run(() => call('operators.list', {}));
    },
    select: (name) => run(() => call('operators.select', { name })),
    add: (name) => run(() => call('operators.add', { name })),
    retire: (name) => run(() => call('operators.retire', { name })),
  };
});

/** The names of operators still working at the desk, in the order they were added. */
export function activeNames(view: OperatorsView | null): string[] {
  return (view?.operators ?? []).filter((o) => o.retiredAt === null).map((o) => o.name);
}
