// A dossier's state as people read it, from the rules module's classification at the end of a day.
import type { Classification } from '../../../shared/classification/classify';
import type { DossierState, StateKind } from '../../../shared/api/dossier-schemas';

export const STATE_LABELS_VI: Record<StateKind, string> = {
  pending_in_time: 'Đang giải quyết',
  pending_overdue: 'Quá hạn',
  waiting: 'Chờ bổ sung',
  early: 'Đã giải quyết trước hạn',
  on_time: 'Đã giải quyết đúng hạn',
  late: 'Đã giải quyết quá hạn',
  withdrawn: 'Rút hồ sơ',
  stopped: 'Dừng giải quyết',
  rejected: 'Từ chối giải quyết',
};

function kindOf(c: Classification): StateKind {
  if (c.status === 'not_received') return 'pending_in_time';
  if (c.status === 'pending') return c.waitingForCitizen ? 'waiting' : c.column === 'overdue' ? 'pending_overdue' : 'pending_in_time';
  if (c.ending === 'rut') return 'withdrawn';
  if (c.ending === 'dung') return 'stopped';
  if (c.ending === 'tu_choi') return 'rejected';
  return c.column;
}

export function stateOf(c: Classification): DossierState {
  const kind = kindOf(c);
  const workingDaysLate = c.status === 'not_received' ? 0 : c.workingDaysLate;
  return { kind, label: STATE_LABELS_VI[kind], workingDaysLate };
}
