// Logging, reading, listing and acting on dossiers; the alert board. (The CSV of the ledger view: handlers/documents.)
import type { ListFilter } from '../../../shared/api/dossier-schemas';
import { dayFromIso, isoFromDay } from '../../../shared/time/day';
import { parseLocalDateTime } from '../../../shared/time/local-time';
import type { DossierListFilter, DossierListItem, DossierRecord } from '../../ledger';
import { DossierNotFoundError } from '../../ledger';
import { alertBuckets } from '../../services/alerts-service';
import { type DossierActionRequest, actOnDossier } from '../../services/dossier-actions';
import { logDossier } from '../../services/dossier-intake';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected } from '../errors';
import { dossierView, dueProvisional, listItemView } from '../presenters/dossier';
import { nowOf, todayOf } from './clock';

type DossierHandlers = Pick<
  Handlers,
  'dossier.create' | 'dossier.get' | 'dossier.list' | 'dossier.count' | 'dossier.act' | 'alerts.board'
>;

export function repositoryFilter(filter: ListFilter, today: number): DossierListFilter {
  const out: DossierListFilter = {};
  if (filter.field) out.field = filter.field;
  if (filter.channel) out.channel = filter.channel;
  if (filter.status === 'overdue') out.overdueAt = today;
  else if (filter.status) out.status = filter.status;
  if (filter.receivedFrom) out.receivedFrom = dayFromIso(filter.receivedFrom);
  if (filter.receivedTo) out.receivedTo = dayFromIso(filter.receivedTo);
  if (filter.text) out.text = filter.text;
  return out;
}

type ParsedAction = Parameters<Handlers['dossier.act']>[0]['action'];

function actionRequest(a: ParsedAction): DossierActionRequest {
  switch (a.kind) {
    case 'hand_over':
      return { ...a, on: dayFromIso(a.on) };
    case 'supplement_request':
      return { ...a, on: dayFromIso(a.on) };
    case 'supplement_return':
      return { ...a, on: dayFromIso(a.on) };
    case 'result_ready':
      return { ...a, on: dayFromIso(a.on) };
    case 'returned':
      return { ...a, on: dayFromIso(a.on) };
    case 'end':
      return { ...a, on: dayFromIso(a.on) };
    case 'extension':
      return { ...a, apologyOn: dayFromIso(a.apologyOn), newDue: dayFromIso(a.newDue) };
    case 'correct':
      return a;
  }
}

export function dossierHandlers(ctx: ApiContext): DossierHandlers {
  const session = () => ctx.ledger.session();
  const view = (record: DossierRecord) => dossierView(session(), record, todayOf(ctx));
  return {
    'dossier.create': (input) => {
      const receivedAt = parseLocalDateTime(input.receivedAt);
      if (!receivedAt) throw rejected('Thời điểm tiếp nhận không hợp lệ.');
      const documents = input.documents.map((d) => ({ name: d.name, form: d.form, quantity: d.quantity }));
      return view(logDossier(session(), { ...input, receivedAt, documents }, nowOf(ctx), new Date(ctx.clock())));
    },
    'dossier.get': ({ id }) => {
      const record = session().dossiers.getById(id);
      if (!record) throw new DossierNotFoundError(id);
      return view(record);
    },
    'dossier.list': ({ filter, after, offset, limit }) => {
      const s = session();
      const today = todayOf(ctx);
      const page = s.dossiers.listPage({ filter: repositoryFilter(filter, today), after, offset, limit });
      return { items: page.items.map((item: DossierListItem) => listItemView(s, item, today)), next: page.next };
    },
    'dossier.count': ({ filter }) => ({ count: session().dossiers.count(repositoryFilter(filter, todayOf(ctx))) }),
    'dossier.act': ({ id, expectedVersion, action }) =>
      view(actOnDossier(session(), id, expectedVersion, actionRequest(action), nowOf(ctx), new Date(ctx.clock()))),
    'alerts.board': () => {
      const s = session();
      const today = todayOf(ctx);
      const b = alertBuckets(s, today);
      const line = (item: DossierListItem, waitingSince: number | null = null) => ({
        ...listItemView(s, item, today),
        waitingSince: waitingSince === null ? null : isoFromDay(waitingSince),
        dueProvisional: dueProvisional(s, item) !== null,
      });
      return {
        today: isoFromDay(today),
        soonUntil: isoFromDay(b.soonUntil),
        groups: {
          overdue: b.overdue.map((i) => line(i)),
          due_today: b.dueToday.map((i) => line(i)),
          due_soon: b.dueSoon.map((i) => line(i)),
          apology_due: b.apologyDue.map((i) => line(i)),
          waiting_supplement: b.waiting.map((w) => line(w.item, w.waitingSince)),
        },
        truncated: b.truncated,
      };
    },
  };
}
