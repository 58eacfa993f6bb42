// What the desk does after every command so that acknowledged dossiers never live only in the -wal
// (issue 15 §1): before the answer leaves, the durable mark of the last acknowledged change is updated
// (reliability/commit-stamp); once the desk has been quiet for a moment after a burst of intakes, the WAL
// is checkpointed into the ledger file itself, so a -wal deleted or left behind later loses nothing.
import type { LedgerDatabase } from '../ledger';
import { type CommitStamper, createCommitStamper } from '../reliability/commit-stamp';

/** Quiet time after the last write before the WAL is copied into the ledger file. */
export const CHECKPOINT_IDLE_MS = 1500;

export interface CommitKeeper {
  /** After a command, before its answer is sent. */
  afterCommand(): void;
  /** Checkpoints now (closing, or before a backup); stops the timer. */
  flush(): void;
}

export function createCommitKeeper(current: () => { db: LedgerDatabase; file: string } | null, clock: () => number, onError: (e: unknown) => void): CommitKeeper {
  let stamper: { db: LedgerDatabase; stamper: CommitStamper } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let dirty = false;

  const checkpoint = () => {
    timer = null;
    const open = current();
    if (!open || !dirty || !open.db.open) return;
    try {
      // TRUNCATE: every frame is in the ledger file and the -wal is emptied; a reader in the way makes it wait for the next quiet moment.
      const [result] = open.db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
      dirty = (result?.busy ?? 0) !== 0;
      if (dirty) timer = setTimeout(checkpoint, CHECKPOINT_IDLE_MS).unref();
    } catch (error) {
      onError(error);
    }
  };

  return {
    afterCommand() {
      const open = current();
      if (!open || !open.db.open) return;
      if (stamper?.db !== open.db) stamper = { db: open.db, stamper: createCommitStamper(open.db, open.file) };
      if (open.db.inTransaction) return;
      let changed = true;
      try {
        changed = stamper.stamper.afterCommit(clock());
      } catch (error) {
        onError(error);
      }
      if (!changed) return;
      dirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(checkpoint, CHECKPOINT_IDLE_MS).unref();
    },
    flush() {
      if (timer) clearTimeout(timer);
      dirty = true;
      checkpoint();
    },
  };
}
