// Printing a form on paper (the desktop app prints an HTML rendering of the same document its PDF is made
// from; the web host previews the PDF instead and has no such command).
import { z } from 'zod';
import { noInput, uuid } from './common';
import { ledgerBookInput } from './handoff-schemas';

export const dossierFormName = z.enum(['mau01', 'mau02', 'mau04'], 'Mẫu phiếu không hợp lệ.');

export const printFormInput = z.union([z.strictObject({ id: uuid, form: dossierFormName }), z.strictObject({ ledgerBook: ledgerBookInput })], 'Yêu cầu in không hợp lệ.');
export type PrintFormInput = z.input<typeof printFormInput>;

export const printOutcome = z.object({ printed: z.boolean(), message: z.string() });

/** The printers of this PC and the one forms go to without the dialog (null: the dialog each time). */
export const printersView = z.object({
  printers: z.array(z.object({ name: z.string(), displayName: z.string(), isDefault: z.boolean() })),
  chosen: z.string().nullable(),
});
export type PrintersView = z.output<typeof printersView>;

export const choosePrinterInput = z.strictObject({ name: z.string('Tên máy in phải là chữ.').min(1).max(300, 'Tên máy in dài quá 300 ký tự.').nullable() });

export const PRINT_COMMANDS = {
  'forms.print': { input: printFormInput, output: printOutcome },
  'host.printers': { input: noInput, output: printersView },
  'host.choosePrinter': { input: choosePrinterInput, output: printersView },
} as const;
