// Printing a form on paper (the desktop app prints an HTML rendering of the same document its PDF is made
// from; the web host previews the PDF instead and has no such command).
import { z } from 'zod';
import { uuid } from './common';
import { ledgerBookInput } from './handoff-schemas';

export const dossierFormName = z.enum(['mau01', 'mau02', 'mau04'], 'Mẫu phiếu không hợp lệ.');

export const printFormInput = z.union([z.strictObject({ id: uuid, form: dossierFormName }), z.strictObject({ ledgerBook: ledgerBookInput })], 'Yêu cầu in không hợp lệ.');
export type PrintFormInput = z.input<typeof printFormInput>;

export const printOutcome = z.object({ printed: z.boolean(), message: z.string() });

export const PRINT_COMMANDS = {
  'forms.print': { input: printFormInput, output: printOutcome },
} as const;
