// The ledger pages the UI asks for (Sổ theo dõi, 100 rows, newest first): the first page with no
// filter, by field, by channel, by status (pending, waiting for the citizen, ended), overdue today, a
// reception period, combinations — and deep pages, where the user has dragged the scroll bar far back:
// the virtualised list (renderer/screens/ledger/ledger-store.ts) asks for them by offset, and so do we.
import type { Channel } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import type { DossierListFilter } from '../../electron/ledger/dossier-query';
import type { DossierRepository } from '../../electron/ledger/dossier-repository';
import type { LedgerDatabase } from '../../electron/ledger/open-ledger';
import { PAGE_ROWS } from '../measure/ledger-page';
import type { Random } from '../generate/random';

export interface PageRequest {
  label: string;
  filter: DossierListFilter;
  /** Rows skipped before the page (the list's scroll position). */
  offset: number;
}

const CHANNELS: readonly Channel[] = ['truc_tiep', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh', 'buu_chinh'];

/** A deep page of the filtered list: an offset in its last three quarters, on a page boundary. */
function deep(repository: DossierRepository, random: Random, label: string, filter: DossierListFilter): PageRequest {
  const pages = Math.floor(repository.count(filter) / PAGE_ROWS);
  return { label, filter, offset: random.int(Math.floor(pages / 4), Math.max(0, pages - 1)) * PAGE_ROWS };
}

export function pageRequests(db: LedgerDatabase, repository: DossierRepository, random: Random, asOf: DayNumber, count = 200): PageRequest[] {
  const fields = db.prepare<[], string>('SELECT name FROM fields ORDER BY sort_order').pluck().all();
  const field = () => random.pick(fields.length > 0 ? fields : ['Hộ tịch']);
  const quarterStart = asOf - 91;
  const makers: (() => PageRequest)[] = [
    () => ({ label: 'first page', filter: {}, offset: 0 }),
    () => ({ label: 'field', filter: { field: field() }, offset: 0 }),
    () => ({ label: 'channel', filter: { channel: random.pick(CHANNELS) }, offset: 0 }),
    () => ({ label: 'pending', filter: { status: 'pending' }, offset: 0 }),
    () => ({ label: 'waiting for the citizen', filter: { status: 'awaiting_supplement' }, offset: 0 }),
    () => ({ label: 'ended, field', filter: { status: 'ended', field: field() }, offset: 0 }),
    () => ({ label: 'overdue today', filter: { overdueAt: asOf }, offset: 0 }),
    () => ({ label: 'overdue today, field', filter: { overdueAt: asOf, field: field() }, offset: 0 }),
    () => ({ label: 'pending, field', filter: { status: 'pending', field: field() }, offset: 0 }),
    () => ({ label: 'this quarter', filter: { receivedFrom: quarterStart, receivedTo: asOf }, offset: 0 }),
    () => ({ label: 'this quarter, field', filter: { receivedFrom: quarterStart, receivedTo: asOf, field: field() }, offset: 0 }),
    () => deep(repository, random, 'deep page', {}),
    () => deep(repository, random, 'deep page, field', { field: field() }),
    () => deep(repository, random, 'deep page, ended', { status: 'ended' }),
    () => deep(repository, random, 'deep page, channel', { channel: random.pick(CHANNELS) }),
  ];
  const requests: PageRequest[] = [];
  for (let i = 0; i < count; i += 1) {
    const make = makers[i % makers.length];
    if (make) requests.push(make());
  }
  return requests;
}
