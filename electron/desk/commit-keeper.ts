// What the desk does after every command so that acknowledged dossiers never live only in the -wal
// (issue 15 §1): before the answer leaves, the durable mark of the last acknowledged change is updated
// (reliability/commit-stamp); once the desk has been quiet for a moment after a burst of intakes, the WAL
// is checkpointed into the ledger file itself, so a -wal deleted or left behind later loses nothing. That
// checkpoint never waits for another program's lock (it would hold up the desk's next answer).
import type { LedgerDatabase } from '../ledger';
import { type CommitStamper, createCommitStamper } from '../reliability/commit-stamp';

/** Quiet time after the last write before the WAL is copied into the ledger file. */
export const CHECKPOINT_IDLE_MS = 1500;

/** TRUNCATE: every frame is copied into the ledger file and the -wal emptied. Whether it was done in full. */
function truncateWal(db: LedgerDatabase): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number }>;
  return (result?.busy ?? 0) === 0;
}

/**
 * The same without waiting for a lock: while another program holds the ledger's write lock, SQLite would
 * wait the connection's whole busy timeout on the thread that answers the desk, at every retry, for as
 * long as that program writes. Without a timeout it copies what it can at once and says it was busy.
 */
function truncateWalWithoutWaiting(db: LedgerDatabase): boolean {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    return truncateWal(db);
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

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

  /** `wait`: whether SQLite may wait for another program's lock (closing), or must not (the idle timer). */
  const checkpoint = (wait: boolean) => {
    timer = null;
    const open = current();
    if (!open || !dirty || !open.db.open) return;
    try {
      dirty = !(wait ? truncateWal(open.db) : truncateWalWithoutWaiting(open.db));
      // A reader or another program's write in the way (the command line importing): the next quiet moment.
      if (dirty) timer = setTimeout(() => checkpoint(false), CHECKPOINT_IDLE_MS).unref();
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
      timer = setTimeout(() => checkpoint(false), CHECKPOINT_IDLE_MS).unref();
    },
    flush() {
      if (timer) clearTimeout(timer);
      dirty = true;
      checkpoint(true);
    },
  };
}
