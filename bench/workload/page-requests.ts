// The ledger pages the UI asks for (Sổ theo dõi, 100 rows, newest first): the first page with no
// filter, by field, by channel, by status (pending, waiting for the citizen, ended), overdue today, a
// reception period, combinations — and deep pages, where the user has scrolled far back: the cursor
// of a dossier deep in the filtered list, as keyset pagination would carry it.
import type { Channel } from '../../shared/dossier/dossier';
import type { DayNumber } from '../../shared/time/day';
import type { DossierCursor, DossierListFilter } from '../../electron/ledger/dossier-query';
import type { LedgerDatabase } from '../../electron/ledger/open-ledger';
import type { Random } from '../generate/random';

export interface PageRequest {
  label: string;
  filter: DossierListFilter;
  after: DossierCursor | null;
}

const CHANNELS: readonly Channel[] = ['truc_tiep', 'truc_tuyen_mot_phan', 'truc_tuyen_toan_trinh', 'buu_chinh'];

function deepCursor(db: LedgerDatabase, random: Random, field: string | null): DossierCursor | null {
  const where = field === null ? '' : 'WHERE field = @field';
  const params: Record<string, string> = field === null ? {} : { field };
  const total = db.prepare<Record<string, string>, number>(`SELECT count(*) FROM dossiers ${where}`).pluck().get(params) ?? 0;
  if (total < 2) return null;
  const offset = random.int(Math.floor(total / 4), total - 1);
  const row = db
    .prepare<Record<string, string | number>, { received_at: string; row_id: number }>(
      `SELECT received_at, row_id FROM dossiers ${where} ORDER BY received_at DESC, row_id DESC LIMIT 1 OFFSET @offset`,
    )
    .get({ ...params, offset });
  return row ? { receivedAt: row.received_at, rowId: row.row_id } : null;
}

export function pageRequests(db: LedgerDatabase, random: Random, asOf: DayNumber, count = 200): PageRequest[] {
  const fields = db.prepare<[], string>('SELECT name FROM fields ORDER BY sort_order').pluck().all();
  const field = () => random.pick(fields.length > 0 ? fields : ['Hộ tịch']);
  const quarterStart = asOf - 91;
  const makers: (() => PageRequest)[] = [
    () => ({ label: 'first page', filter: {}, after: null }),
    () => ({ label: 'field', filter: { field: field() }, after: null }),
    () => ({ label: 'channel', filter: { channel: random.pick(CHANNELS) }, after: null }),
    () => ({ label: 'pending', filter: { status: 'pending' }, after: null }),
    () => ({ label: 'waiting for the citizen', filter: { status: 'awaiting_supplement' }, after: null }),
    () => ({ label: 'ended, field', filter: { status: 'ended', field: field() }, after: null }),
    () => ({ label: 'overdue today', filter: { overdueAt: asOf }, after: null }),
    () => ({ label: 'overdue today, field', filter: { overdueAt: asOf, field: field() }, after: null }),
    () => ({ label: 'pending, field', filter: { status: 'pending', field: field() }, after: null }),
    () => ({ label: 'this quarter', filter: { receivedFrom: quarterStart, receivedTo: asOf }, after: null }),
    () => ({ label: 'this quarter, field', filter: { receivedFrom: quarterStart, receivedTo: asOf, field: field() }, after: null }),
    () => ({ label: 'deep page', filter: {}, after: deepCursor(db, random, null) }),
    () => {
      const f = field();
      return { label: 'deep page, field', filter: { field: f }, after: deepCursor(db, random, f) };
    },
    () => ({ label: 'deep page, ended', filter: { status: 'ended' }, after: deepCursor(db, random, null) }),
  ];
  const requests: PageRequest[] = [];
  for (let i = 0; i < count; i += 1) {
    const make = makers[i % makers.length];
    if (make) requests.push(make());
  }
  return requests;
}
