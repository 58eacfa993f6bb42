// Keeps the app's ledger open for the life of the host, and reopens it after a restore.
import { type LedgerSession, openLedgerSession } from '../services/ledger-session';
import type { LedgerHolder } from './context';

export function holdLedger(file: string, actor: string): LedgerHolder {
  let current: LedgerSession | null = openLedgerSession(file, { actor, mustExist: false });
  return {
    file,
    session() {
      if (!current) throw new Error('Sổ dữ liệu đã đóng.');
      return current;
    },
    reopenAfter(change) {
      current?.close();
      current = null;
      try {
        return change();
      } finally {
        current = openLedgerSession(file, { actor, mustExist: false });
      }
    },
    close() {
      current?.close();
      current = null;
    },
  };
}
