// Conflicts for a person to settle: the list with both versions side by side, and the choice. Choosing
// keeps nothing out: the other desk's events join the dossier's history, then one more event records the
// choice (with the change it made, if any). The ledger then contains both lines of history, so the next
// package from either desk is seen as older or newer — never the same conflict again.
import { diffRows, fromRow, type DossierRow } from '../ledger/dossier-row';
import type { DossierRecord } from '../ledger/dossier-record';
import { stampOf } from '../ledger/audit';
import type { LedgerSession } from '../services/ledger-session';
import { type ConflictResolution, createConflictStore, type StoredConflict } from './conflict-store';
import { type DossierDifference, differencesOf } from './dossier-differences';
import { createDossierStore } from './dossier-store';
import { HandoffError } from './errors';
import { eventId } from './lineage';
import { closeSupersededConflicts } from './merge-apply';

export interface ConflictView {
  id: number;
  dossierId: string;
  code: string;
  /** Where the other version came from. */
  source: string;
  detectedAt: string;
  detectedBy: string;
  resolution: ConflictResolution | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** The ledger's version as it is now. */
  local: DossierRecord;
  /** The other desk's version, as it came in the package. */
  incoming: DossierRecord;
  differences: DossierDifference[];
}

export type ConflictChoice = 'local' | 'incoming';

function view(c: StoredConflict, current: DossierRow): ConflictView {
  return {
    id: c.id,
    dossierId: c.dossierId,
    code: c.code,
    source: c.source,
    detectedAt: c.detectedAt,
    detectedBy: c.detectedBy,
    resolution: c.resolution,
    resolvedAt: c.resolvedAt,
    resolvedBy: c.resolvedBy,
    local: fromRow(current),
    incoming: fromRow(c.incomingRow),
    differences: differencesOf(current, c.incomingRow),
  };
}

export function listConflicts(session: LedgerSession, options: { includeResolved?: boolean } = {}): ConflictView[] {
  const store = createDossierStore(session.db);
  return createConflictStore(session.db)
    .list(options)
    .map((c) => view(c, store.row(c.dossierId) ?? c.localRow));
}

/** Settles a conflict with the chosen version; returns the dossier as it now stands. */
export function resolveConflict(session: LedgerSession, conflictId: number, choice: ConflictChoice, at?: Date): DossierRecord {
  const db = session.db;
  const store = createDossierStore(db);
  const conflicts = createConflictStore(db);
  const run = db.transaction((): DossierRow => {
    const c = conflicts.get(conflictId);
    if (!c) throw new HandoffError(`Không có xung đột số ${conflictId}.`);
    if (c.resolution !== null) throw new HandoffError(`Xung đột số ${conflictId} (hồ sơ ${c.code}) đã được giải quyết lúc ${c.resolvedAt ?? ''}.`);
    const local = store.row(c.dossierId);
    if (!local) throw new Error(`dossier ${c.code} of conflict ${c.id} is missing`);
    const chosen = choice === 'incoming' ? c.incomingRow : local;
    const holder = store.rowByCode(chosen.code);
    if (holder && holder.id !== local.id) throw new HandoffError(`Không chọn được bản này: mã hồ sơ ${chosen.code} đã thuộc một hồ sơ khác trong sổ.`);
    const stamp = stampOf({ actor: session.actor, at });
    const have = new Set(store.events(local.id).map((e) => eventId(local.id, e)));
    let version = local.version;
    for (const e of c.incomingEvents) {
      if (have.has(eventId(local.id, e))) continue;
      version += 1;
      store.appendEvent(local.id, e, version, c.batchId);
    }
    version += 1;
    const after: DossierRow = {
      ...chosen,
      id: local.id,
      version,
      created_at: local.created_at,
      created_by: local.created_by,
      updated_at: stamp,
      updated_by: session.actor,
    };
    store.appendEvent(local.id, { at: stamp, actor: session.actor, action: 'resolve_conflict', changes: JSON.stringify(diffRows(local, after)) }, version, null);
    store.replaceRow(after, local.version);
    conflicts.close(c.id, choice, stamp, session.actor);
    closeSupersededConflicts(db, local.id, stamp, session.actor);
    return after;
  });
  return fromRow(run.immediate());
}
