// The files of recent import dry runs, kept in memory so that "Nhập vào sổ" writes exactly the file that
// was previewed. The plan is computed again at that moment, against the ledger as it is then.
import { randomUUID } from 'node:crypto';

import type { PlanOptions } from '../services/import-plan';

export interface PendingImport {
  fileName: string;
  bytes: Uint8Array;
  /** The worksheet of an .xlsx or .xls the dry run read. */
  sheet?: string;
  createdAt: number;
  /** The mapping and decisions of a foreign list's dry run, applied the same way. */
  options?: PlanOptions;
}

export interface ImportPlanStore {
  put(file: Omit<PendingImport, 'createdAt'>, now: number): string;
  take(planId: string, now: number): PendingImport | null;
}

const KEEP_MS = 60 * 60 * 1000;
const MAX_PENDING = 4;

export function createImportPlanStore(): ImportPlanStore {
  const pending = new Map<string, PendingImport>();
  const prune = (now: number) => {
    for (const [id, p] of pending) if (now - p.createdAt > KEEP_MS) pending.delete(id);
    while (pending.size > MAX_PENDING) {
      const oldest = pending.keys().next().value;
      if (oldest === undefined) break;
      pending.delete(oldest);
    }
  };
  return {
    put(file, now) {
      const id = randomUUID();
      pending.set(id, { ...file, createdAt: now });
      prune(now);
      return id;
    },
    take(planId, now) {
      prune(now);
      const p = pending.get(planId) ?? null;
      pending.delete(planId);
      return p;
    },
  };
}
