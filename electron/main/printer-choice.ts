// The printer forms go to without the print dialog, chosen in Thiết lập (Electron's print callback never
// says which printer the person picked, so it cannot be remembered from the dialog). Kept per PC in the
// data folder ("may-in.json"), not in the ledger: a ledger moved to another PC meets other printers.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WebContents } from 'electron';
import type { PrintersView } from '../../shared/api/print-schemas';
import { rejected } from '../api/errors';

const FILE_NAME = 'may-in.json';

export interface PrinterChoice {
  view(): Promise<PrintersView>;
  choose(name: string | null): Promise<PrintersView>;
  /** The chosen printer if this PC still has it, else null (then the dialog). */
  current(): Promise<string | null>;
}

export function printerChoice(dataDir: string, contents: () => WebContents | null): PrinterChoice {
  const file = path.join(dataDir, FILE_NAME);
  const saved = (): string | null => {
    try {
      const value = (JSON.parse(readFileSync(file, 'utf8')) as { printer?: unknown }).printer;
      return typeof value === 'string' ? value : null;
    } catch {
      return null; // none chosen yet (or an unreadable file): the print dialog, as without a choice
    }
  };
  const printers = async () => {
    const list = (await contents()?.getPrintersAsync()) ?? [];
    return list.map((p) => ({ name: p.name, displayName: p.displayName || p.name, isDefault: Boolean((p as { isDefault?: boolean }).isDefault) }));
  };
  const view = async (): Promise<PrintersView> => {
    const list = await printers();
    const chosen = saved();
    return { printers: list, chosen: chosen !== null && list.some((p) => p.name === chosen) ? chosen : null };
  };
  return {
    view,
    async choose(name) {
      if (name !== null && !(await printers()).some((p) => p.name === name)) throw rejected(`Máy này không có máy in "${name}".`);
      const temporary = `${file}.dang-ghi`;
      writeFileSync(temporary, `${JSON.stringify({ printer: name })}\n`, 'utf8');
      renameSync(temporary, file);
      return view();
    },
    async current() {
      return (await view()).chosen;
    },
  };
}
