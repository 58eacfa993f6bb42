// Sổ theo dõi hồ sơ (Mẫu 07) for a range of reception dates: what the worker is asked to make of it
// (its PDF: api/documents; its print page: handlers/forms).
import { dayFromIso } from '../../../shared/time/day';
import type { WorkerTask } from '../../workers/worker-tasks';
import type { ApiContext } from '../context';
import { todayOf } from './clock';

/** "01" → "Quyển số 01" (what the book's subtitle shows); a text already naming the volume stays. */
export function volumeText(volume: string): string {
  return volume === '' || /^quyển/iu.test(volume) ? volume : `Quyển số ${volume}`;
}

/** The book's task for a checked ledgerBook input (refused while the ledger is not open). */
export function ledgerBookTaskOf(ctx: ApiContext, { from, to, volume }: { from: string; to: string; volume: string }): Extract<WorkerTask, { kind: 'ledger-book' }> {
  ctx.ledger.session();
  return { kind: 'ledger-book', ledgerFile: ctx.ledger.file, from: dayFromIso(from), to: dayFromIso(to), volume: volumeText(volume), today: todayOf(ctx) };
}
