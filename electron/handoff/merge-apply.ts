// Writing a dossier merge plan (called inside the import's one transaction): new dossiers with their whole
// history, newer versions with the events the ledger lacks, conflicts listed with both versions. Unchanged
// and rejected dossiers are not touched.
import type Database from 'better-sqlite3';
import { createConflictStore } from './conflict-store';
import { createDossierStore } from './dossier-store';
import { eventId, lineageOf, relate } from './lineage';
import type { DossierPlanItem } from './merge-plan';

export interface MergeWriteContext {
  batchId: number;
  at: string;
  actor: string;
  /** Where the package came from, kept with each conflict ("UBND xã …, bàn 2, gói tạo lúc …"). */
  source: string;
}

/** Closes the open conflicts of a dossier whose other version the ledger now contains. */
export function closeSupersededConflicts(db: Database.Database, dossierId: string, at: string, actor: string): void {
  const store = createDossierStore(db);
  const conflicts = createConflictStore(db);
  const mine = lineageOf(dossierId, store.events(dossierId));
  for (const c of conflicts.openFor(dossierId)) {
    const relation = relate(mine, lineageOf(dossierId, c.incomingEvents));
    if (relation === 'incoming_older' || relation === 'same') conflicts.close(c.id, 'superseded', at, actor);
  }
}

export function applyDossierMerge(db: Database.Database, items: readonly DossierPlanItem[], ctx: MergeWriteContext): void {
  const store = createDossierStore(db);
  const conflicts = createConflictStore(db);
  for (const item of items) {
    const { row, events } = item.incoming;
    if (item.action === 'new') {
      store.insertRow(row);
      for (const e of events) store.appendEvent(row.id, e, e.version, ctx.batchId);
    } else if (item.action === 'updated') {
      const local = store.row(row.id);
      if (!local) throw new Error(`dossier ${row.code} vanished during the import`);
      let version = local.version;
      const have = new Set(store.events(row.id).map((e) => eventId(row.id, e)));
      for (const e of item.missingEvents) {
        if (have.has(eventId(row.id, e))) continue;
        version += 1;
        store.appendEvent(row.id, e, version, ctx.batchId);
      }
      store.replaceRow({ ...row, version }, local.version);
      closeSupersededConflicts(db, row.id, ctx.at, ctx.actor);
    } else if (item.action === 'conflict' && item.conflict && item.conflict.alreadyListed === null) {
      const local = store.row(row.id);
      if (!local) throw new Error(`dossier ${row.code} vanished during the import`);
      for (const id of item.conflict.supersedes) conflicts.close(id, 'superseded', ctx.at, ctx.actor);
      conflicts.insert({
        dossierId: row.id,
        code: row.code,
        localRow: local,
        incomingRow: row,
        incomingEvents: events,
        incomingLineage: item.conflict.lineage,
        source: ctx.source,
        batchId: ctx.batchId,
        at: ctx.at,
        actor: ctx.actor,
      });
    }
  }
}
