// This ledger's identity in the handoff — the unit's key fingerprint and whether the ledger is a receiving
// office's — shared by the Bàn giao USB screen and the Thiết lập tab that switches the role.
import { create } from 'zustand';
import type { IdentityView } from '../../../shared/api/handoff-schemas';
import { call, messageOf } from '../../api/client';

interface IdentityState {
  identity: IdentityView | null;
  error: string | null;
  busy: boolean;
  /** Reads the identity; `create` makes the unit's key when it has none yet. */
  load(create?: boolean): Promise<void>;
  setReceivingOffice(on: boolean): Promise<boolean>;
}

export const useIdentity = create<IdentityState>((set) => ({
  identity: null,
  error: null,
  busy: false,
  async load(create = false) {
    set({ busy: true });
    try {
      set({ identity: await call('handoff.identity', { create }), error: null });
    } catch (error) {
      set({ error: messageOf(error) });
    } finally {
      set({ busy: false });
    }
  },
  async setReceivingOffice(on) {
    set({ busy: true, error: null });
    try {
      set({ identity: await call('handoff.setRole', { receivingOffice: on }) });
      return true;
    } catch (error) {
      set({ error: messageOf(error) });
      return false;
    } finally {
      set({ busy: false });
    }
  },
}));
