// Writes an import plan in one transaction: all or nothing. A plan with any problem writes nothing.
// New dossiers go in through the ledger's bulk writer (grouped statements, a compact first event naming
// the file and line); changed ones, when the user asked to update them, through the repository's update,
// which records the column changes in their history.
import type { ImportProblem } from '../import';
import { type ImportedNewDossier, createDossierImportWriter, createInterconnectionRepository, createProvincialCodeRepository } from '../ledger';
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
  /** Rows of the province's list matched with dossiers logged here, which got their provincial code. */
  linked: number;
  /** Rows waiting for the user's decision (not written). */
  undecided: number;
  batchId: number | null;
}

export interface ImportOptions {
  /** Overwrite the ledger's version of conflicting dossiers with the file's. */
  update: boolean;
  /** Called inside the transaction as dossiers are written, with the number written so far (new, then updated). */
  onProgress?: (written: number) => void;
  /** The instant the history and the import batch are stamped with (default: the computer's clock). */
  at?: Date;
}

export function applyImport(session: LedgerSession, plan: ImportPlan, options: ImportOptions): ImportOutcome {
  if (plan.problems.length > 0) throw new ImportRejectedError(plan.problems);
  const outcome: ImportOutcome = {
    inserted: 0,
    updated: 0,
    unchanged: plan.counts.unchanged,
    skippedConflicts: 0,
    batchId: null,
    linked: 0,
    undecided: plan.counts.undecided,
  };
  const fresh = plan.items.filter((i) => i.action === 'new');
  const changed = options.update
    ? plan.items.flatMap((item) =>
        (item.action === 'conflict' || (item.action === 'linked' && item.differences.length > 0)) && item.existingId !== null ? [{ item, id: item.existingId }] : [],
      )
    : [];
  outcome.skippedConflicts = plan.items.filter((i) => i.action === 'conflict' && !options.update).length;
  // Provincial codes to write for dossiers already in the ledger (new ones get theirs as they go in).
  const links = plan.items.flatMap((item) =>
    item.action !== 'new' && item.link === true && item.existingId !== null && item.provincialCode ? [{ id: item.existingId, code: item.provincialCode }] : [],
  );
  const written = fresh.length + changed.length + links.length;
  if (written === 0) return outcome; // importing the same file again changes nothing, not even a batch row
  const ctx = { actor: session.actor, at: options.at };
  const writer = createDossierImportWriter(session.db);
  session.db
    .transaction(() => {
      const batch = session.importBatches.record(
        {
          sha256: plan.sha256,
          kind: `ledger_${plan.format}`,
          fileName: plan.fileName,
          counts: { ...plan.counts, written },
        },
        ctx,
      );
      outcome.batchId = batch.id;
      const targets = plan.foreign?.interconnections;
      const targetOf = (line: number): string => targets?.get(line) ?? '';
      const news: ImportedNewDossier[] = fresh.map((item) => {
        const facts = item.imported.facts;
        const target = targetOf(item.line);
        return {
          dossier: { ...facts, ...item.imported.personal, dueDay: effectiveDueDay(session, facts) },
          line: item.line,
          ...(target !== '' ? { details: { interconnection: [null, target] } } : {}),
        };
      });
      const ids = writer.insertNew(news, { ...ctx, batchId: batch.id, fileName: plan.fileName, onProgress: options.onProgress });
      outcome.inserted = ids.length;
      const provincial = createProvincialCodeRepository(session.db);
      fresh.forEach((item, i) => {
        const id = ids[i];
        if (item.link === true && item.provincialCode && id !== undefined) provincial.link(id, item.provincialCode, batch.id, ctx);
      });
      for (const link of links) provincial.link(link.id, link.code, batch.id, ctx);
      // "Liên thông" of a foreign list: for new dossiers (kept in their first event) and those just matched
      // with it (a change of a dossier already in the ledger: an event of its own).
      if (targets) {
        const interconnections = createInterconnectionRepository(session.db);
        fresh.forEach((item, i) => {
          const id = ids[i];
          const target = targetOf(item.line);
          if (id !== undefined && target !== '') interconnections.set(id, target, ctx);
        });
        const matched = plan.items.flatMap((item) => (item.action === 'linked' && item.existingId !== null && targetOf(item.line) !== '' ? [{ id: item.existingId, target: targetOf(item.line) }] : []));
        const before = interconnections.targetsOf(matched.map((m) => m.id));
        for (const { id, target } of matched) {
          const was = before.get(id) ?? '';
          if (was === target) continue;
          session.dossiers.update(id, {}, { ...ctx, action: 'import_update', batchId: batch.id, details: { interconnection: [was || null, target] } });
          interconnections.set(id, target, ctx);
        }
      }
      outcome.linked = plan.items.filter((i) => i.action === 'linked').length;
      for (const { item, id } of changed) {
        const dueDay = effectiveDueDay(session, item.imported.facts);
        const patch = patchFromImport(item.imported, item.code === session.dossiers.getById(id)?.code);
        session.dossiers.update(id, { ...patch, dueDay }, { ...ctx, action: 'import_update', batchId: batch.id });
        outcome.updated += 1;
        options.onProgress?.(outcome.inserted + outcome.updated);
      }
    })
    .immediate();
  return outcome;
}
