// Packages whose dry run a person is looking at, kept in memory so that "Nhập vào sổ" imports exactly the
// bytes that were previewed, with the same passphrase and choices, and refuses when the outcome would
// differ from the counts shown. Taken once; forgotten after half an hour.
import { randomUUID } from 'node:crypto';
import type { MergeCounts } from '../../handoff';

export interface PendingPackage {
  fileName: string;
  bytes: Uint8Array;
  passphrase: string | null;
  trustNewUnit: boolean;
  counts: MergeCounts;
  createdAt: number;
}

const KEEP_MS = 30 * 60 * 1000;
const MAX_PENDING = 3;

/** Any previewed package with what the import must find again (the handoff's counts, a rules update's plan digest). */
export interface PendingStore<T extends { createdAt: number }> {
  put(p: Omit<T, 'createdAt'>, now: number): string;
  take(id: string, now: number): T | null;
  /** Without taking it: a restore refused for the chairman's PIN is sent again with the same preview. */
  peek(id: string, now: number): T | null;
  forget(id: string): void;
}

export type PendingPackages = PendingStore<PendingPackage>;

export function createPendingStore<T extends { createdAt: number }>(): PendingStore<T> {
  const pending = new Map<string, T>();
  const prune = (now: number) => {
    for (const [id, p] of pending) if (now - p.createdAt > KEEP_MS) pending.delete(id);
    for (const id of [...pending.keys()].slice(0, Math.max(0, pending.size - MAX_PENDING))) pending.delete(id);
  };
  return {
    put(p, now) {
      const id = randomUUID();
      pending.set(id, { ...p, createdAt: now } as T);
      prune(now);
      return id;
    },
    take(id, now) {
      prune(now);
      const p = pending.get(id) ?? null;
      pending.delete(id);
      return p;
    },
    peek(id, now) {
      prune(now);
      return pending.get(id) ?? null;
    },
    forget(id) {
      pending.delete(id);
    },
  };
}

export function createPendingPackages(): PendingPackages {
  return createPendingStore<PendingPackage>();
}
