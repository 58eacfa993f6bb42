// The "Ghi chú" of Mẫu 07: the dossier's real state as of a day, in the book's words, then the note the
// desk typed. Rút / dừng / từ chối end it without a result; chờ bổ sung, gia hạn and quá hạn say why it
// is still open or how it ended late.
import type { Classification } from '../classification/classify';
import { viDate } from '../time/day';
import type { DossierFacts } from './dossier';

export function ledgerStateNote(facts: Pick<DossierFacts, 'ending' | 'extension'>, c: Classification): string {
  if (c.status === 'not_received') return '';
  if (c.status === 'resolved') {
    if (c.ending === 'rut') return 'Rút hồ sơ';
    if (c.ending === 'dung') return 'Dừng giải quyết';
    if (c.ending === 'tu_choi') return 'Từ chối giải quyết';
    if (c.column === 'late') return facts.extension ? `Quá hạn (đã gia hạn đến ${viDate(facts.extension.newDueDay)})` : 'Quá hạn';
    return facts.extension ? `Gia hạn đến ${viDate(facts.extension.newDueDay)}` : '';
  }
  if (c.waitingForCitizen) return 'Chờ bổ sung, hoàn thiện';
  if (c.column === 'overdue') return 'Quá hạn';
  return facts.extension ? `Gia hạn đến ${viDate(facts.extension.newDueDay)}` : '';
}

/** The state, then the desk's own note. */
export function ledgerNote(state: string, deskNote: string): string {
  return [state, deskNote.trim()].filter((t) => t !== '').join('; ');
}
