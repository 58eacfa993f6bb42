// A durable mark of the last change the app acknowledged (issue 15 §1). A killed host leaves its last
// commits in the -wal; if the -wal is then deleted, or only the .db is copied away, those changes vanish
// and the ledger alone cannot tell. So after each acknowledged write the app records, outside the ledger
// (beside its real path, `so.db.dau-moc.json`, written atomically and flushed), the highest history event
// the ledger then holds. Every change writes one history event, so a ledger whose history ends before the
// mark has lost changes: the start-up check says so (startup-diagnosis.ts).
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, writeSync } from 'node:fs';
import { z } from 'zod';
import type { LedgerDatabase } from '../ledger';

export interface CommitStamp {
  /** The highest dossier_history.seq acknowledged. */
  historySeq: number;
  /** Epoch milliseconds of that acknowledgement. */
  at: number;
}

const stampSchema = z.object({ historySeq: z.number().int().min(0), at: z.number().int() });

export function commitStampFile(ledgerFile: string): string {
  let real = ledgerFile;
  try {
    real = realpathSync(ledgerFile);
  } catch {
    // Not on disk (yet): its own name.
  }
  return `${real}.dau-moc.json`;
}

export function readCommitStamp(ledgerFile: string): CommitStamp | null {
  const file = commitStampFile(ledgerFile);
  if (!existsSync(file)) return null;
  try {
    const parsed = stampSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function latestHistorySeq(db: LedgerDatabase): number {
  return (db.prepare('SELECT max(seq) FROM dossier_history').pluck().get() as number | null) ?? 0;
}

function writeStamp(ledgerFile: string, stamp: CommitStamp): void {
  const file = commitStampFile(ledgerFile);
  const temporary = `${file}.tmp-${process.pid}`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(stamp)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}

export interface CommitStamper {
  /** Call after a write commits and before it is acknowledged; cheap when nothing changed. Whether the ledger changed. */
  afterCommit(now: number): boolean;
}

/**
 * Keeps the mark up to date for one connection, from the state it opened with: the first change of a
 * session rewrites the mark whatever it held (once a loss was reported at start-up, the ledger as it is
 * becomes the reference again); reading never does.
 */
export function createCommitStamper(db: LedgerDatabase, ledgerFile: string): CommitStamper {
  let seen = latestHistorySeq(db);
  return {
    afterCommit(now) {
      const seq = latestHistorySeq(db);
      if (seq === seen) return false;
      writeStamp(ledgerFile, { historySeq: seq, at: now });
      seen = seq;
      return true;
    },
  };
}

/** After a restore or a new ledger: the ledger as it now is becomes the reference. */
export function resetCommitStamp(db: LedgerDatabase, ledgerFile: string, now: number): void {
  writeStamp(ledgerFile, { historySeq: latestHistorySeq(db), at: now });
}
