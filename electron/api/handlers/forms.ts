// The one-stop forms of a dossier as PDFs (Mẫu 01 receipt, Mẫu 02 supplement request, Mẫu 04 apology and
// extension), through the forms service; the Mẫu 02 items are those written with the latest request.
import { DossierNotFoundError } from '../../ledger';
import { apologyLetterPdf, receiptPdf, supplementRequestPdf } from '../../services/forms-service';
import type { LedgerSession } from '../../services/ledger-session';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { rejected } from '../errors';
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

export function formHandlers(ctx: ApiContext): Pick<Handlers, 'forms.render'> {
  return {
    'forms.render': async ({ id, form }) => {
      const s = ctx.ledger.session();
      const record = s.dossiers.getById(id);
      if (!record) throw new DossierNotFoundError(id);
      let bytes: Uint8Array;
      if (form === 'mau01') bytes = await receiptPdf(s, id);
      else if (form === 'mau02') {
        const pause = record.supplements[record.supplements.length - 1];
        if (!pause) throw rejected(`Hồ sơ ${record.code} chưa có yêu cầu bổ sung nên chưa có Mẫu 02.`);
        bytes = await supplementRequestPdf(s, id, { requestedOn: pause.requestedOn, items: lastSupplementItems(s, id) });
      } else {
        if (!record.extension) throw rejected(`Hồ sơ ${record.code} chưa được gia hạn nên chưa có Mẫu 04.`);
        bytes = await apologyLetterPdf(s, id, record.extension.apologyOn ?? record.extension.newDueDay);
      }
      return toFileDto(safeFileName(`${FORM_FILE[form]}-${record.code}.pdf`), MIME.pdf, bytes);
    },
  };
}
