// Sổ theo dõi hồ sơ (Mẫu 07) for a range of reception dates, as a PDF to print (forms-service).
import { dayFromIso } from '../../../shared/time/day';
import type { DocDefinition } from '../../documents/pdf/pdfmake-types';
import { ledgerBookDocument, ledgerBookPdf } from '../../services/forms-service';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { todayOf } from './clock';
import { MIME, safeFileName, toFileDto } from '../files';

/** "01" → "Quyển số 01" (what the book's subtitle shows); a text already naming the volume stays. */
export function volumeText(volume: string): string {
  return volume === '' || /^quyển/iu.test(volume) ? volume : `Quyển số ${volume}`;
}

/** The book's document for a checked ledgerBook input (forms.print prints it). */
export function ledgerBookDefinitionOf(ctx: ApiContext, { from, to, volume }: { from: string; to: string; volume: string }): DocDefinition {
  return ledgerBookDocument(ctx.ledger.session(), dayFromIso(from), dayFromIso(to), volumeText(volume), todayOf(ctx));
}

export function ledgerBookHandlers(ctx: ApiContext): Pick<Handlers, 'forms.ledgerBook'> {
  return {
    'forms.ledgerBook': async ({ from, to, volume }) => {
      const bytes = await ledgerBookPdf(ctx.ledger.session(), dayFromIso(from), dayFromIso(to), volumeText(volume), todayOf(ctx));
      return toFileDto(safeFileName(`So-theo-doi-Mau07-${from}-den-${to}.pdf`), MIME.pdf, bytes);
    },
  };
}
