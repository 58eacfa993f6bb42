// Which cells of the report a dossier counts in. The compiler sums these and the drill-down filters by
// them, so a figure and the list behind it can never disagree.
import { type ClassifyContext, type Classification, classifyAt, endDayOf } from '../classification/classify';
import { type DossierFacts, isOnline } from '../dossier/dossier';
import type { ReportPeriod } from '../periods/period';
import type { FigureKey } from './figures';

export interface DossierInPeriod {
  /** Null when the dossier is outside the period (received after it, or ended before it). */
  keys: FigureKey[] | null;
  classification: Classification;
}

export function isInPeriod(facts: DossierFacts, period: ReportPeriod): boolean {
  if (facts.receivedAt.day > period.to) return false;
  const ended = endDayOf(facts);
  return ended === null || ended >= period.from;
}

export function cellsOf(facts: DossierFacts, period: ReportPeriod, ctx: ClassifyContext): DossierInPeriod {
  const classification = classifyAt(facts, period.to, ctx);
  if (!isInPeriod(facts, period)) return { keys: null, classification };
  const keys: FigureKey[] = ['received'];
  const isNew = facts.receivedAt.day >= period.from;
  if (isNew) {
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
    if (facts.fee > 0) {
      keys.push('with_fee');
      if (facts.paidOnline) keys.push('paid_online');
    }
  } else {
    keys.push('carried_over');
  }
  if (classification.status === 'resolved') {
    keys.push('resolved', classification.column);
    if (classification.ending === 'rut') keys.push('withdrawn');
    if (classification.ending === 'dung') keys.push('stopped');
    if (classification.ending === 'tu_choi') keys.push('rejected');
    if (classification.column === 'late') keys.push(facts.extension ? 'late_with_apology' : 'late_without_apology');
    if (facts.digitisedResult) keys.push('digitised_result');
    if (facts.storedResult) keys.push('stored_result');
    if (facts.rating === 'rat_hai_long') keys.push('rated_very_satisfied');
    if (facts.rating === 'hai_long') keys.push('rated_satisfied');
    if (facts.rating === 'khong_hai_long') keys.push('rated_unsatisfied');
  } else if (classification.status === 'pending') {
    keys.push('pending', classification.column === 'in_time' ? 'pending_in_time' : 'pending_overdue');
    if (classification.waitingForCitizen) keys.push('waiting_supplement');
  }
  return { keys, classification };
}
