// Which cells of the report a dossier counts in. The compiler sums these and the drill-down filters by
// them, so a figure and the list behind it can never disagree.
import { type ClassifyContext, type Classification, classifyAt, endDayOf } from '../classification/classify';
import { type Channel, type DossierFacts, type Rating, isOnline } from '../dossier/dossier';
import type { ReportPeriod } from '../periods/period';
import type { FigureKey } from './figures';

export interface DossierInPeriod {
  /** Null when the dossier is outside the period (received after it, or ended before it). */
  keys: FigureKey[] | null;
  classification: Classification;
}

/** The facts besides its classification that decide a counted dossier's cells. */
export interface CellFacts {
  /** Received within the period (otherwise carried over). */
  isNew: boolean;
  channel: Channel;
  digitisedDossier: boolean;
  hasFee: boolean;
  paidOnline: boolean;
  hasExtension: boolean;
  digitisedResult: boolean;
  storedResult: boolean;
  rating: Rating | null;
}

/** The part of a counted dossier's classification its cells depend on. */
export type CellStatus =
  | Pick<Extract<Classification, { status: 'resolved' }>, 'status' | 'column' | 'ending'>
  | Pick<Extract<Classification, { status: 'pending' }>, 'status' | 'column' | 'waitingForCitizen'>;

export function isInPeriod(facts: DossierFacts, period: ReportPeriod): boolean {
  if (facts.receivedAt.day > period.to) return false;
  const ended = endDayOf(facts);
  return ended === null || ended >= period.from;
}

export function cellFactsOf(facts: DossierFacts, period: ReportPeriod): CellFacts {
  return {
    isNew: facts.receivedAt.day >= period.from,
    channel: facts.channel,
    digitisedDossier: facts.digitisedDossier,
    hasFee: facts.fee > 0,
    paidOnline: facts.paidOnline,
    hasExtension: facts.extension !== null,
    digitisedResult: facts.digitisedResult,
    storedResult: facts.storedResult,
    rating: facts.rating,
  };
}

/** The cells of a dossier counted in a period. */
export function cellKeys(facts: CellFacts, status: CellStatus): FigureKey[] {
  const keys: FigureKey[] = ['received'];
  if (facts.isNew) {
    keys.push(isOnline(facts.channel) ? 'new_online' : 'new_direct_postal');
    keys.push(
      facts.channel === 'truc_tuyen_toan_trinh'
        ? 'new_online_full'
        : facts.channel === 'truc_tuyen_mot_phan'
          ? 'new_online_partial'
          : facts.channel === 'buu_chinh'
            ? 'new_postal'
            : 'new_direct',
    );
    if (facts.digitisedDossier) keys.push('digitised_dossier');
    if (facts.hasFee) {
      keys.push('with_fee');
      if (facts.paidOnline) keys.push('paid_online');
    }
  } else {
    keys.push('carried_over');
  }
  if (status.status === 'resolved') {
    keys.push('resolved', status.column);
    if (status.ending === 'rut') keys.push('withdrawn');
    if (status.ending === 'dung') keys.push('stopped');
    if (status.ending === 'tu_choi') keys.push('rejected');
    if (status.column === 'late') keys.push(facts.hasExtension ? 'late_with_apology' : 'late_without_apology');
    if (facts.digitisedResult) keys.push('digitised_result');
    if (facts.storedResult) keys.push('stored_result');
    if (facts.rating === 'rat_hai_long') keys.push('rated_very_satisfied');
    if (facts.rating === 'hai_long') keys.push('rated_satisfied');
    if (facts.rating === 'khong_hai_long') keys.push('rated_unsatisfied');
  } else {
    keys.push('pending', status.column === 'in_time' ? 'pending_in_time' : 'pending_overdue');
    if (status.waitingForCitizen) keys.push('waiting_supplement');
  }
  return keys;
}

export function cellsOf(facts: DossierFacts, period: ReportPeriod, ctx: ClassifyContext): DossierInPeriod {
  const classification = classifyAt(facts, period.to, ctx);
  if (!isInPeriod(facts, period) || classification.status === 'not_received') return { keys: null, classification };
  return { keys: cellKeys(cellFactsOf(facts, period), classification), classification };
}
