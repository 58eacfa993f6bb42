// The counter's day: the daily lists (and each as CSV), the citizen known by an identity number, this
// office's count per procedure (the intake picker's ranking), and editing several fields in one save.
import { classifyAt } from '../../../shared/classification/classify';
import { DAILY_BOXES, type DailyBoxName, type DailyLine } from '../../../shared/api/desk-day-schemas';
import { isoFromDay } from '../../../shared/time/day';
import { formatLocalDateTime } from '../../../shared/time/local-time';
import type { DossierRecord } from '../../ledger';
import { createDeskDayQueries } from '../../ledger/desk-day-query';
import { createProcedureDocumentsRepository } from '../../ledger/procedure-documents-repository';
import { rejected } from '../errors';
import { dailyLists } from '../../services/daily-lists-service';
import { editDossier } from '../../services/dossier-edit';
import { dossierView } from '../presenters/dossier';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { MIME, toFileDto } from '../files';
import { ledgerCsv } from '../ledger-csv';
import { listItemView } from '../presenters/dossier';
import { stateOf } from '../presenters/state';
import { auditOf, nowOf, todayOf } from './clock';

type DeskDayHandlers = Pick<Handlers, 'daily.lists' | 'daily.exportCsv' | 'citizen.lookup' | 'catalogue.usage' | 'dossier.edit' | 'catalogue.documents' | 'catalogue.setDocuments'>;

const OPEN_DOSSIERS_SHOWN = 20;

export function deskDayHandlers(ctx: ApiContext): DeskDayHandlers {
  const session = () => ctx.ledger.session();
  return {
    'daily.lists': () => {
      const s = session();
      const today = todayOf(ctx);
      const lists = dailyLists(s, today);
      const boxes = Object.fromEntries(
        DAILY_BOXES.map((box) => [box, lists.boxes[box].map((item) => ({ ...listItemView(s, item, today), letterToday: lists.letterToday.has(item.id) }))]),
      ) as Record<DailyBoxName, DailyLine[]>;
      return { today: isoFromDay(today), nextDay: isoFromDay(lists.nextDay), apologyUntil: isoFromDay(lists.apologyUntil), boxes, counts: lists.counts };
    },
    'daily.exportCsv': ({ box }) => {
      const s = session();
      const today = todayOf(ctx);
      const rules = { calendar: s.calendar(), policy: s.policy() };
      const records = dailyLists(s, today)
        .boxes[box].map((item) => s.dossiers.getById(item.id))
        .filter((r): r is DossierRecord => r !== null);
      const csv = ledgerCsv(records, (r) => stateOf(classifyAt(r, today, rules)).label);
      const slug = box.replace(/_/g, '-');
      return toFileDto(`danh-sach-${slug}-${isoFromDay(today)}.csv`, MIME.csv, new TextEncoder().encode(csv));
    },
    'citizen.lookup': ({ idNumber }) => {
      const s = session();
      const today = todayOf(ctx);
      const { dossiers } = createDeskDayQueries(s.db).byIdNumber(idNumber, 200);
      const latest = dossiers[0];
      const open = dossiers.filter((d) => d.endedOn === null && d.returnedOn === null).slice(0, OPEN_DOSSIERS_SHOWN);
      // as the daily list "có kết quả, chờ trả" (desk-day-query readyToReturn): resolved, not handed back
      const ready = dossiers.filter((d) => d.ending === 'giai_quyet' && d.endedOn !== null && d.returnedOn === null).slice(0, OPEN_DOSSIERS_SHOWN);
      return {
        known: latest
          ? { applicantName: latest.applicantName, phone: latest.phone, address: latest.address, lastReceivedAt: formatLocalDateTime(latest.receivedAt), dossierCount: dossiers.length }
          : null,
        openDossiers: open.map((d) => listItemView(s, d, today)),
        readyDossiers: ready.map((d) => listItemView(s, d, today)),
      };
    },
    'dossier.edit': ({ id, expectedVersion, changes, reason, confirmedNumbers, confirmedReception }) => {
      const s = session();
      const edit = { changes, reason, ...(confirmedNumbers ? { confirmedNumbers } : {}), ...(confirmedReception ? { confirmedReception } : {}) };
      const record = editDossier(s, id, expectedVersion, edit, nowOf(ctx), new Date(ctx.clock()));
      return dossierView(s, record, todayOf(ctx));
    },
    'catalogue.documents': ({ code }) => ({ code, ...createProcedureDocumentsRepository(session().db).get(code) }),
    'catalogue.setDocuments': ({ code, documents }) => {
      const s = session();
      if (!s.catalogue.findByCode(code)) throw rejected(`Không có thủ tục mã "${code}" trong danh mục.`);
      const repo = createProcedureDocumentsRepository(s.db);
      repo.set(code, documents, auditOf(ctx));
      return { code, ...repo.get(code) };
    },
    'catalogue.usage': () => ({ counts: Object.fromEntries(createDeskDayQueries(session().db).procedureCounts()) }),
  };
}
