// What a dossier's history says about two copies of it. Every history event has an identity of its own —
// the SHA-256 of the dossier id, when, who, what and the recorded change — the same in every ledger it is
// copied to, whatever version number it gets there. A copy's lineage is the set of its events:
//
//   incoming ⊆ local  → the package is the same or older: nothing to do (never rolled back);
//   local ⊂ incoming  → the package is newer: take it;
//   otherwise         → both desks changed the dossier since they last met: a conflict for a person.
import { createHash } from 'node:crypto';

export interface EventContent {
  at: string;
  actor: string;
  action: string;
  /** The stored JSON text of `{ column: [before, after] }`, kept byte for byte when copied. */
  changes: string;
}

export type Relation = 'same' | 'incoming_newer' | 'incoming_older' | 'diverged';

export function eventId(dossierId: string, e: EventContent): string {
  return createHash('sha256').update([dossierId, e.at, e.actor, e.action, e.changes].join('\u0000'), 'utf8').digest('hex');
}

export function lineageOf(dossierId: string, events: readonly EventContent[]): Set<string> {
  return new Set(events.map((e) => eventId(dossierId, e)));
}

/** One hash standing for a whole lineage (order-independent). */
export function lineageHash(ids: Iterable<string>): string {
  return createHash('sha256').update([...ids].sort().join('\n'), 'utf8').digest('hex');
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size <= b.size && [...a].every((x) => b.has(x));

export function relate(local: ReadonlySet<string>, incoming: ReadonlySet<string>): Relation {
  const incomingInLocal = isSubset(incoming, local);
  const localInIncoming = isSubset(local, incoming);
  if (incomingInLocal && localInIncoming) return 'same';
  if (incomingInLocal) return 'incoming_older';
  if (localInIncoming) return 'incoming_newer';
  return 'diverged';
}
