// The Hồ sơ screen's state: the dossier as the API shows it, and the action being filled in.
import { create } from 'zustand';
import type { ActionKind, DossierAction, DossierView } from '../../../shared/api/dossier-schemas';
import { ApiCallError, call, inputFieldOf, messageOf } from '../../api/client';

interface DossierState {
  view: DossierView | null;
  error: string | null;
  action: ActionKind | null;
  busy: boolean;
  actionError: string | null;
  actionDetails: string[];
  /** The action's input field the last refusal is about ("on", "newDue", "to" …), or null. */
  actionField: string | null;
  load(id: string): Promise<void>;
  open(action: ActionKind | null): void;
  act(action: DossierAction): Promise<boolean>;
}

export const useDossier = create<DossierState>((set, get) => ({
  view: null,
  error: null,
  action: null,
  busy: false,
  actionError: null,
  actionDetails: [],
  actionField: null,
  async load(id) {
    if (get().view?.id !== id) set({ view: null });
    set({ error: null });
    try {
      set({ view: await call('dossier.get', { id }) });
    } catch (error) {
      set({ error: messageOf(error) });
    }
  },
  open(action) {
    set({ action, actionError: null, actionDetails: [], actionField: null });
  },
  async act(action) {
    const view = get().view;
    if (!view) return false;
    set({ busy: true, actionError: null, actionDetails: [], actionField: null });
    try {
      set({ view: await call('dossier.act', { id: view.id, expectedVersion: view.version, action }), action: null });
      return true;
    } catch (error) {
      set({ actionError: messageOf(error), actionDetails: error instanceof ApiCallError ? error.details : [], actionField: inputFieldOf(error) });
      return false;
    } finally {
      set({ busy: false });
    }
  },
}));
