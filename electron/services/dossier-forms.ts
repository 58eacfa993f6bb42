// The forms of one dossier (Mẫu 01 receipt, Mẫu 02 supplement request, Mẫu 04 apology and extension) as
// the document they are made from — the same for its PDF (saved, or previewed in the web host) and its
// print page — with the PDF's file name. The Mẫu 02 items are those written with the latest request.
import { DossierNotFoundError } from '../ledger';
import type { DocDefinition } from '../documents/pdf/pdfmake-types';
import { FormError, apologyLetterDocument, receiptDocument, supplementRequestDocument } from './forms-service';
import type { LedgerSession } from './ledger-session';

export const DOSSIER_FORM_FILES = { mau01: 'Mau01-giay-tiep-nhan', mau02: 'Mau02-yeu-cau-bo-sung', mau04: 'Mau04-xin-loi-gia-han' } as const;
export type DossierForm = keyof typeof DOSSIER_FORM_FILES;

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

/** The PDF's file name (without characters a file name cannot hold: api/files safeFileName). */
export function dossierFormFileName(code: string, form: DossierForm): string {
  return `${DOSSIER_FORM_FILES[form]}-${code}.pdf`;
}

export function dossierFormDocument(session: LedgerSession, id: string, form: DossierForm): { definition: DocDefinition; code: string } {
  const record = session.dossiers.getById(id);
  if (!record) throw new DossierNotFoundError(id);
  let definition: DocDefinition;
  if (form === 'mau01') definition = receiptDocument(session, id);
  else if (form === 'mau02') {
    const pause = record.supplements[record.supplements.length - 1];
    if (!pause) throw new FormError(`Hồ sơ ${record.code} chưa có yêu cầu bổ sung nên chưa có Mẫu 02.`);
    definition = supplementRequestDocument(session, id, { requestedOn: pause.requestedOn, items: lastSupplementItems(session, id) });
  } else {
    if (!record.extension) throw new FormError(`Hồ sơ ${record.code} chưa được gia hạn nên chưa có Mẫu 04.`);
    definition = apologyLetterDocument(session, id, record.extension.apologyOn ?? record.extension.newDueDay);
  }
  return { definition, code: record.code };
}
