// Where a USB package or an encrypted backup is written: a drive detected (the first one taken while no
// folder is set) or a folder chosen in the host's dialog. Shared by the stores of Bàn giao's export and
// of Thiết lập › Sao lưu's encrypted backup.
import type { DrivesView } from '../../../shared/api/handoff-schemas';
import { call, messageOf } from '../../api/client';

export interface DestinationFields {
  drives: DrivesView | null;
  detecting: boolean;
  /** The folder the file goes into: a drive's root, a chosen or a typed folder. */
  folder: string;
  error: string | null;
}

export function destinationActions(set: (patch: Partial<DestinationFields>) => void, get: () => DestinationFields) {
  return {
    async detect(): Promise<void> {
      set({ detecting: true });
      try {
        const drives = await call('handoff.drives', {});
        const first = drives.drives[0];
        set({ drives, ...(get().folder === '' && first ? { folder: first.path } : {}) });
      } catch (error) {
        set({ drives: { drives: [], problem: messageOf(error) } });
      } finally {
        set({ detecting: false });
      }
    },
    async chooseFolder(): Promise<void> {
      try {
        const chosen = await call('handoff.chooseFolder', {});
        if (chosen.path) set({ folder: chosen.path, error: null });
      } catch (error) {
        set({ error: messageOf(error) });
      }
    },
  };
}
