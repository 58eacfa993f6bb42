// Who handles a dossier and when it was handed over, from its history: the desk records each hand-over
// (action "hand_over", dossier-actions.ts) with the day and the officer or agency it went to. The last
// one is the dossier's handling officer ("Đơn vị/người chịu trách nhiệm"); recording a new hand-over
// changes it, and the history keeps every earlier one.
import type { DayNumber } from '../../shared/time/day';
import type { LedgerSession } from './ledger-session';

export interface Handling {
  /** The day of the first hand-over ("Ngày chuyển hồ sơ" of Mẫu 07), or null. */
  firstHandedOverOn: DayNumber | null;
  /** The officer or agency of the last hand-over, or ''. */
  handledBy: string;
}

export function handlingOf(session: LedgerSession, dossierId: string): Handling {
  let firstHandedOverOn: DayNumber | null = null;
  let handledBy = '';
  for (const event of session.history.listForDossier(dossierId)) {
    if (event.action !== 'hand_over') continue;
    const on = event.changes.handed_over_on?.[1];
    const to = event.changes.handed_to?.[1];
    if (typeof on === 'number' && firstHandedOverOn === null) firstHandedOverOn = on;
    if (typeof to === 'string' && to.trim() !== '') handledBy = to.trim();
  }
  return { firstHandedOverOn, handledBy };
}

/** "Đơn vị/người chịu trách nhiệm" for each late dossier of a report, by code (none when not recorded). */
export function responsibleByCode(session: LedgerSession, codes: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code of codes) {
    const row = session.dossiers.getByCode(code);
    if (!row) continue;
    const { handledBy } = handlingOf(session, row.id);
    if (handledBy) out[code] = handledBy;
  }
  return out;
}
