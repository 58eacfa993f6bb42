// Writes an import plan in one transaction: all or nothing. A plan with any problem writes nothing.
import type { ImportProblem } from '../import';
import { effectiveDueDay } from './due-dates';
import type { ImportPlan } from './import-plan';
import { patchFromImport } from './import-plan';
import type { LedgerSession } from './ledger-session';

export class ImportRejectedError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`Tệp có ${problems.length} lỗi; chưa ghi hồ sơ nào vào sổ.`);
    this.name = 'ImportRejectedError';
  }
}

export interface ImportOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Conflicts left as they are (the user did not ask to update). */
  skippedConflicts: number;
  batchId: number | null;
}

export function applyImport(session: LedgerSession, plan: ImportPlan, options: { update: boolean }): ImportOutcome {
  if (plan.problems.length > 0) throw new ImportRejectedError(plan.problems);
  const outcome: ImportOutcome = { inserted: 0, updated: 0, unchanged: plan.counts.unchanged, skippedConflicts: 0, batchId: null };
  const writes = plan.items.filter((i) => i.action === 'new' || (i.action === 'conflict' && options.update));
  outcome.skippedConflicts = plan.items.filter((i) => i.action === 'conflict' && !options.update).length;
  if (writes.length === 0) return outcome; // importing the same file again changes nothing, not even a batch row
  const ctx = { actor: session.actor };
  session.db.transaction(() => {
    const batch = session.importBatches.record(
      {
        sha256: plan.sha256,
        kind: plan.format === 'csv' ? 'ledger_csv' : 'ledger_xlsx',
        fileName: plan.fileName,
        counts: { ...plan.counts, written: writes.length },
      },
      ctx,
    );
    outcome.batchId = batch.id;
    for (const item of writes) {
      const facts = item.imported.facts;
      const dueDay = effectiveDueDay(session, facts);
      if (item.action === 'new') {
        session.dossiers.insert({ ...facts, ...item.imported.personal, dueDay }, { ...ctx, action: 'import', batchId: batch.id });
        outcome.inserted += 1;
      } else if (item.existingId) {
        session.dossiers.update(item.existingId, { ...patchFromImport(item.imported), dueDay }, { ...ctx, action: 'import_update', batchId: batch.id });
        outcome.updated += 1;
      }
    }
  })();
  return outcome;
}
