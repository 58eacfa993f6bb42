// Printing a form on paper (forms.print, the desktop app only): a dossier's form (Mẫu 01, 02, 04), made here
// (a page), or Mẫu 07, up to a year of dossiers, made in the worker; then the print dialog, which the person
// may leave open as long as they like without holding the other commands (dispatch.ts). The printers.
// (The forms' PDFs: handlers/documents.)
import { documentHtml } from '../../documents/html/doc-html';
import { dossierFormDocument } from '../../services/dossier-forms';
import { runInWorker } from '../../workers/run-task';
import type { ApiContext } from '../context';
import type { Handlers } from '../dispatch';
import { unsupported } from '../errors';
import { ledgerBookTaskOf } from './ledger-book';

export function formHandlers(ctx: ApiContext): Pick<Handlers, 'forms.print' | 'host.printers' | 'host.choosePrinter'> {
  return {
    'forms.print': async (input) => {
      if (!ctx.host.printDocument) throw unsupported('In trực tiếp ra máy in');
      const page =
        'ledgerBook' in input
          ? await runInWorker({ ...ledgerBookTaskOf(ctx, input.ledgerBook), kind: 'ledger-book-print' })
          : documentHtml(dossierFormDocument(ctx.ledger.session(), input.id, input.form).definition);
      return ctx.host.printDocument(page);
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
