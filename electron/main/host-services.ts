// What only the desktop shell can do for the API: native save dialogs, printing a form's HTML rendering
// through the system print dialog (from memory, no temporary file), the system browser for allow-listed links.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow, app, dialog, shell } from 'electron';
import type { FileBytes, HostServices } from '../api';
import { rejected } from '../api/errors';
import type { PrintableDocument } from '../documents/html/doc-html';
import { chooseBackupFile, chooseEncryptedBackupFile, chooseFolder, chooseImportFile, choosePackageFile } from './handoff-dialogs';
import { handedOutPaths } from './handed-out-paths';
import { holdPrintPage } from './print-pages';
import { printerChoice } from './printer-choice';
import { secureWebPreferences } from './security';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'Tài liệu PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Bảng tính Excel', extensions: ['xlsx'] },
  '.docx': { name: 'Văn bản Word', extensions: ['docx'] },
  '.csv': { name: 'Tệp CSV', extensions: ['csv'] },
  '.db': { name: 'Bản sao lưu sổ', extensions: ['db'] },
};

/** Writes beside the target, then renames: a cancelled or failed write never leaves half a file. */
function writeAtomically(target: string, bytes: Uint8Array): void {
  const temporary = `${target}.dang-ghi`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, target);
}

async function askWhere(window: BrowserWindow | null, fileName: string): Promise<string | null> {
  const filter = FILTERS[path.extname(fileName).toLowerCase()];
  const options = { title: 'Lưu tệp', defaultPath: path.join(app.getPath('documents'), fileName), buttonLabel: 'Lưu', filters: filter ? [filter] : [] };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Where versions before the HTML print kept the PDF they printed. */
const PRINT_FOLDER = 'so-mot-cua-in';

/** Removes the temporary PDFs earlier versions printed from (a viewer still open when the app was killed). */
export function clearPrintFolder(): void {
  rmSync(path.join(app.getPath('temp'), PRINT_FOLDER), { recursive: true, force: true });
}

/**
 * Prints a form's HTML rendering through the system print dialog (or straight to the printer chosen in
 * Thiết lập), on the paper the form chose: a hidden,
 * sandboxed window with no preload loads the page from memory (print-pages.ts), and is destroyed after.
 * (Chromium prints a PDF as a blank page, hence HTML.)
 */
async function printOnPaper(doc: PrintableDocument, printer: string | null): Promise<{ printed: boolean; message: string }> {
  const page = holdPrintPage(doc);
  const window = new BrowserWindow({ show: false, width: 794, height: 1123, title: `In: ${doc.title}`, webPreferences: secureWebPreferences(null) });
  try {
    await window.loadURL(page.url);
    await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
    const outcome = await new Promise<{ success: boolean; failureReason: string }>((resolve) => {
      const target = printer === null ? { silent: false } : { silent: true, deviceName: printer };
      window.webContents.print({ ...target, printBackground: true, pageSize: doc.pageSize, landscape: doc.landscape }, (success, failureReason) =>
        resolve({ success, failureReason }),
      );
    });
    if (outcome.success) return { printed: true, message: `Đã gửi "${doc.title}" tới máy in${printer === null ? '' : ` ${printer}`}.` };
    if (outcome.failureReason === 'cancelled') return { printed: false, message: 'Đã hủy in.' };
    throw rejected(`Không in được (${outcome.failureReason}). Hãy kiểm tra máy in rồi in lại.`);
  } finally {
    page.release();
    if (!window.isDestroyed()) window.destroy();
  }
}

export function electronHostServices(mainWindow: () => BrowserWindow | null, dataDir: string): HostServices {
  const chosen = handedOutPaths();
  const printer = printerChoice(dataDir, () => mainWindow()?.webContents ?? null);
  return {
    kind: 'electron',
    async saveFile(file: FileBytes) {
      const target = await askWhere(mainWindow(), file.fileName);
      if (target === null) return { saved: false, path: null };
      writeAtomically(target, file.bytes);
      return { saved: true, path: target };
    },
    printDocument: async (doc) => printOnPaper(doc, await printer.current()),
    printers: () => printer.view(),
    choosePrinter: (name) => printer.choose(name),
    async openExternal(url: string) {
      await shell.openExternal(url);
      return true;
    },
    chooseSaveTarget: (suggestedName: string) => askWhere(mainWindow(), suggestedName),
    chooseFolder: (title: string) => chooseFolder(mainWindow(), title),
    choosePackageFile: async () => chosen.handOut(await choosePackageFile(mainWindow())),
    chooseImportFile: async () => chosen.handOut(await chooseImportFile(mainWindow())),
    allowsPath: (file: string) => chosen.allows(file),
    chooseBackupFile: async () => chosen.handOut(await chooseBackupFile(mainWindow())),
    chooseEncryptedBackupFile: async () => chosen.handOut(await chooseEncryptedBackupFile(mainWindow())),
  };
}
