// The one-stop forms of a dossier as PDFs (Mẫu 01 receipt, Mẫu 02 supplement request, Mẫu 04 apology and
// extension), or printed on paper from the same document (forms.print, the desktop app only), through the forms service; the Mẫu 02 items are those written with the latest request.
import { DossierNotFoundError } from '../../ledger';
import { documentHtml } from '../../documents/html/doc-html';
import type { DocDefinition } from '../../documents/pdf/pdfmake-types';
import { renderPdf } from '../../documents/pdf/render';
import { apologyLetterDocument, receiptDocument, supplementRequestDocument } from '../../services/forms-service';
import type { LedgerSession } from '../../services/ledger-session';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected, unsupported } from '../errors';
import { ledgerBookDefinitionOf } from './ledger-book';
import { MIME, safeFileName, toFileDto } from '../files';

type SupplementItem = { document: string; reason: string };

function isItem(v: unknown): v is SupplementItem {
  return typeof v === 'object' && v !== null && typeof (v as SupplementItem).document === 'string' && typeof (v as SupplementItem).reason === 'string';
}

/** The missing documents written with the latest supplement request (kept in its history event). */
export function lastSupplementItems(session: LedgerSession, id: string): SupplementItem[] {
  const events = session.history.listForDossier(id).filter((e) => e.action === 'supplement_request');
  const items = events[events.length - 1]?.changes.supplement_items?.[1];
  return Array.isArray(items) ? items.filter(isItem) : [];
}

const FORM_FILE = { mau01: 'Mau01-giay-tiep-nhan', mau02: 'Mau02-yeu-cau-bo-sung', mau04: 'Mau04-xin-loi-gia-han' } as const;
type DossierForm = keyof typeof FORM_FILE;

/** The document a dossier's form is made from (its PDF and its print page alike), with its file name. */
function dossierFormDocument(ctx: ApiContext, id: string, form: DossierForm): { definition: DocDefinition; fileName: string } {
  const s = ctx.ledger.session();
  const record = s.dossiers.getById(id);
  if (!record) throw new DossierNotFoundError(id);
  let definition: DocDefinition;
  if (form === 'mau01') definition = receiptDocument(s, id);
  else if (form === 'mau02') {
    const pause = record.supplements[record.supplements.length - 1];
    if (!pause) throw rejected(`Hồ sơ ${record.code} chưa có yêu cầu bổ sung nên chưa có Mẫu 02.`);
    definition = supplementRequestDocument(s, id, { requestedOn: pause.requestedOn, items: lastSupplementItems(s, id) });
  } else {
    if (!record.extension) throw rejected(`Hồ sơ ${record.code} chưa được gia hạn nên chưa có Mẫu 04.`);
    definition = apologyLetterDocument(s, id, record.extension.apologyOn ?? record.extension.newDueDay);
  }
  return { definition, fileName: safeFileName(`${FORM_FILE[form]}-${record.code}.pdf`) };
}

export function formHandlers(ctx: ApiContext): Pick<Handlers, 'forms.render' | 'forms.print' | 'host.printers' | 'host.choosePrinter'> {
  return {
    'forms.render': async ({ id, form }) => {
      const { definition, fileName } = dossierFormDocument(ctx, id, form);
      return toFileDto(fileName, MIME.pdf, await renderPdf(definition));
    },
    'forms.print': async (input) => {
      if (!ctx.host.printDocument) throw unsupported('In trực tiếp ra máy in');
      const definition = 'ledgerBook' in input ? ledgerBookDefinitionOf(ctx, input.ledgerBook) : dossierFormDocument(ctx, input.id, input.form).definition;
      return ctx.host.printDocument(documentHtml(definition));
    },
    'host.printers': async () => {
      if (!ctx.host.printers) throw unsupported('Chọn máy in');
      return ctx.host.printers();
    },
    'host.choosePrinter': async ({ name }) => {
      if (!ctx.host.choosePrinter) throw unsupported('Chọn máy in');
      return ctx.host.choosePrinter(name);
    },
  };
}
